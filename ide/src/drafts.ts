// The candidate's code on the server (Candidate.SaveDraft and ListDrafts), so another browser starts where they left
// off: each edited text is saved 2 s after its last change (10 s at most while typing goes on), one save at a time and
// never sooner than the server allows (it answers a save too soon with RESOURCE_EXHAUSTED and retry-after-ms, and the
// save is sent again then). On load, the newer of the server's draft and this browser's text wins.
import { timestampDate } from "@bufbuild/protobuf/wkt";
import type { Draft } from "../gen/judge/v1/sessions_pb";
import { classify, type CandidateClient } from "./api";
import { bytes, utf8 } from "./dom";
import * as fmt from "./format";
import type { SessionStore } from "./storage";

/** After the last change (ms). */
const debounceMs = 2000;
/** After the first unsaved change, however long the typing goes on (ms). */
const maxWaitMs = 10_000;
/** Between two saves, so that a burst of texts (several languages) does not hit the server's limit (ms). */
const spacingMs = 1000;
/** After a failure to reach the server (ms). */
const retryMs = 5000;
/** The server's limit on a draft (Api:MaxSourceBytes). */
export const maxDraftBytes = 64 * 1024;

export type DraftState = "pending" | "saving" | "saved" | "failed";

interface Text {
  problemId: string;
  language: string;
  source: string;
}

export class DraftSaver {
  private readonly pending = new Map<string, Text>();
  private firstPendingAt = 0;
  private notBefore = 0;
  private timer: number | undefined;
  private sending = false;
  private stopped = false;

  /** onState: what the toolbar shows ("Saved 14:32"). */
  constructor(
    private readonly client: CandidateClient,
    private readonly onState: (state: DraftState, text: string) => void,
  ) {}

  /** A text changed: it is saved on the server soon. */
  changed(problemId: string, language: string, source: string): void {
    if (this.stopped) {
      return;
    }
    if (this.pending.size === 0) {
      this.firstPendingAt = performance.now();
    }
    this.pending.set(`${problemId}\u0000${language}`, { problemId, language, source });
    this.onState("pending", "Unsaved changes");
    const untilLimit = this.firstPendingAt + maxWaitMs - performance.now();
    this.schedule(Math.min(debounceMs, untilLimit));
  }

  /** The session is over: nothing more is saved. */
  stop(): void {
    this.stopped = true;
    window.clearTimeout(this.timer);
    this.pending.clear();
  }

  private schedule(delayMs: number): void {
    window.clearTimeout(this.timer);
    const wait = Math.max(delayMs, this.notBefore - performance.now(), 0);
    this.timer = window.setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    if (this.sending || this.stopped) {
      return;
    }
    const [key, text] = this.pending.entries().next().value ?? [];
    if (!key || !text) {
      return;
    }
    this.pending.delete(key);
    const source = bytes(text.source);
    if (source.length > maxDraftBytes) {
      this.onState("failed", `Not saved on the server: the code is over ${maxDraftBytes / 1024} KiB (it stays in this browser)`);
      this.next();
      return;
    }
    this.sending = true;
    this.onState("saving", "Saving…");
    try {
      const response = await this.client.saveDraft({ problemId: text.problemId, language: text.language, source });
      this.notBefore = performance.now() + spacingMs;
      const at = response.savedAt ? timestampDate(response.savedAt) : new Date();
      if (this.pending.size === 0) {
        this.onState("saved", `Saved ${fmt.moment(at)}`);
      }
    } catch (error) {
      const failure = classify(error);
      const retry = () => {
        if (!this.pending.has(key)) {
          this.pending.set(key, text); // unless a newer text of it is waiting
        }
      };
      switch (failure.kind) {
        case "throttled":
          retry();
          this.notBefore = performance.now() + failure.retryAfterMs;
          break;
        case "connection":
        case "cancelled":
          retry();
          this.notBefore = performance.now() + retryMs;
          this.onState("failed", "Not saved on the server yet: no connection (it stays in this browser)");
          break;
        case "ended":
          this.stop();
          this.onState("failed", "Not saved on the server: the assessment is closed");
          break;
        case "refused":
          this.onState("failed", `Not saved on the server: ${failure.message}`);
          break;
      }
    } finally {
      this.sending = false;
    }
    this.next();
  }

  private next(): void {
    if (this.pending.size > 0 && !this.stopped) {
      this.schedule(0);
    }
  }
}

/**
 * Takes the server's drafts into this browser's store where they are newer than its own text (and a problem's
 * language from its newest draft when none was chosen here); answers this browser's texts that are newer than the
 * server's, or unknown to it, to be saved there.
 */
export function reconcile(drafts: Draft[], store: SessionStore): Text[] {
  const newest = new Map<string, Draft>();
  const onServer = new Set<string>();
  const ahead: Text[] = [];
  for (const draft of drafts) {
    const { problemId, language } = draft;
    onServer.add(`${problemId}\u0000${language}`);
    const serverAt = draft.savedAt ? timestampDate(draft.savedAt).getTime() : 0;
    const source = utf8(draft.source);
    const local = store.code(problemId, language);
    if (local === null || (local !== source && serverAt >= store.codeSavedAt(problemId, language))) {
      store.saveCode(problemId, language, source, serverAt);
    } else if (local !== source) {
      ahead.push({ problemId, language, source: local });
    }
    const known = newest.get(problemId);
    if (!known || serverAt > (known.savedAt ? timestampDate(known.savedAt).getTime() : 0)) {
      newest.set(problemId, draft);
    }
  }
  for (const [problemId, draft] of newest) {
    if (store.language(problemId) === null) {
      store.saveLanguage(problemId, draft.language);
    }
  }
  for (const { problemId, language } of store.storedCode()) {
    if (!onServer.has(`${problemId}\u0000${language}`)) {
      ahead.push({ problemId, language, source: store.code(problemId, language) ?? "" });
    }
  }
  return ahead;
}
