// The candidate's code, per session, problem and language, and their last choices, in localStorage: they survive a
// reload or a closed tab. The token itself is never stored; a session is known by a short hash of it.

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

  constructor(token: string) {
    this.session = fnv1a(token);
  }

  private key(...parts: string[]): string {
    return [prefix, this.session, ...parts.map(encodeURIComponent)].join("/");
  }

  code(problemId: string, language: string): string | null {
    return read(this.key("code", problemId, language));
  }

  saveCode(problemId: string, language: string, code: string): void {
    write(this.key("code", problemId, language), code);
  }

  forgetCode(problemId: string, language: string): void {
    try {
      localStorage.removeItem(this.key("code", problemId, language));
    } catch {
      // disabled storage
    }
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
