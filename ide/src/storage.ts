// The candidate's code, per session, problem and language (with when it last changed, by the server's clock, to
// compare with the server's drafts), and their last choices, in localStorage: they survive a reload or a closed tab.
// The token itself is never stored here; a session is known by a short hash of it. The editor's font size is the
// browser's, for every session.

const prefix = "judge-ide/v1";

/** FNV-1a, 32 bits, hex: tells sessions apart in the keys without storing the token. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled: the page still works, without memory
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // full or disabled: nothing to do but keep going
  }
}

/** The stored state of one session. */
export class SessionStore {
  private readonly session: string;
  private now: () => number = () => Date.now();

  constructor(token: string) {
    this.session = fnv1a(token);
  }

  /** Dates changes by this clock (ms since the epoch): the server's, once the page knows it. */
  useClock(now: () => number): void {
    this.now = now;
  }

  private key(...parts: string[]): string {
    return [prefix, this.session, ...parts.map(encodeURIComponent)].join("/");
  }

  code(problemId: string, language: string): string | null {
    return read(this.key("code", problemId, language));
  }

  /** Every problem and language with code stored for this session. */
  storedCode(): { problemId: string; language: string }[] {
    const start = `${prefix}/${this.session}/code/`;
    const found: { problemId: string; language: string }[] = [];
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        const parts = key?.startsWith(start) ? key.slice(start.length).split("/") : [];
        if (parts.length === 2) {
          found.push({ problemId: decodeURIComponent(parts[0]), language: decodeURIComponent(parts[1]) });
        }
      }
    } catch {
      // disabled storage
    }
    return found;
  }

  /** When the stored code last changed (ms since the epoch), or 0 when unknown. */
  codeSavedAt(problemId: string, language: string): number {
    return Number(read(this.key("code-at", problemId, language))) || 0;
  }

  /** Stores the code; its date moves only when the text changed (savedAt: the change's date, default now). */
  saveCode(problemId: string, language: string, code: string, savedAt?: number): void {
    if (this.code(problemId, language) === code && savedAt === undefined) {
      return;
    }
    write(this.key("code", problemId, language), code);
    write(this.key("code-at", problemId, language), String(Math.round(savedAt ?? this.now())));
  }

  customInput(problemId: string): string | null {
    return read(this.key("input", problemId));
  }

  saveCustomInput(problemId: string, input: string): void {
    write(this.key("input", problemId), input);
  }

  /** The language last chosen for a problem. */
  language(problemId: string): string | null {
    return read(this.key("language", problemId));
  }

  saveLanguage(problemId: string, language: string): void {
    write(this.key("language", problemId), language);
  }

  problem(): string | null {
    return read(this.key("problem"));
  }

  saveProblem(problemId: string): void {
    write(this.key("problem"), problemId);
  }
}

const fontSizeKey = `${prefix}/font-size`;

/** The editor's font size chosen in this browser (px), or null. */
export function storedFontSize(): number | null {
  const value = Number(read(fontSizeKey));
  return Number.isFinite(value) && value > 0 ? value : null;
}

export function saveFontSize(px: number): void {
  write(fontSizeKey, String(px));
}
