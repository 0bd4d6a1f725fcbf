// The candidate's editing activity, recorded for the reviewer's replay (Candidate.RecordActivity): every change of an
// editor's text as Monaco reports it, a snapshot of the text when an editor is shown (or its text replaced as a whole),
// pastes (length and text), copies and cuts (length only), the window losing and regaining focus, the page hidden and
// shown, and problem and language switches. Events wait in a queue and are sent in batches, one call at a time: every
// 2 s, and before each RUN and SUBMIT (`whileFlushed`), so that the replayed text at a submission is exactly the code
// that was sent. The page says so to the candidate (index.html, #recording-notice).
import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import { create } from "@bufbuild/protobuf";
import { ActivityEventSchema, ClipboardEventSchema, EditEventSchema, type ActivityEvent } from "../gen/judge/v1/integrity_pb";
import { classify, delay, type CandidateClient } from "./api";

type EventInit = ActivityEvent;
type EventFields = { problemId?: string; language?: string; kind: ActivityEvent["kind"] };

/** Events per call: under the server's Assessments:MaxActivityBatch (500). */
const batchEvents = 200;
/** Text per call, roughly (UTF-16 code units): keeps a call well under the server's 2 MiB message limit. */
const batchChars = 256 * 1024;
/** Between two sends while events wait (ms). */
const flushEveryMs = 2000;
/** The server's Assessments:MaxPasteChars: the rest of a long paste is sent as its length only. */
const maxPasteChars = 20_000;
/** The server's limit on a snapshot's or a change's text (Api:MaxSourceBytes, counted in UTF-16 code units). */
const maxTextChars = 64 * 1024;
/** Attempts of one batch before it is left for the next flush. */
const attempts = 3;

/** One change of a text: [offset, offset + length) replaced by text, in UTF-16 code units (Monaco's IModelContentChange). */
export interface Change {
  offset: number;
  length: number;
  text: string;
}

export class ActivityRecorder {
  private queue: { seq: number; event: EventInit }[] = [];
  private lastSeq = 0;
  private sending: Promise<void> = Promise.resolve();
  private held = 0;
  private stopped = false;
  /** Nothing is recorded until the assessment is open (the server refuses activity outside its window). */
  private started = false;
  /** Editors whose text grew past what the server takes: not recorded until a snapshot of them fits again. */
  private readonly untracked = new Set<string>();

  /** resync: called after the server refused a batch, to record the shown editor's whole text afresh. */
  constructor(
    private readonly client: CandidateClient,
    private readonly resync: () => void = () => {},
  ) {
    window.setInterval(() => {
      if (this.held === 0 && this.queue.length > 0) {
        void this.flush();
      }
    }, flushEveryMs);
    window.addEventListener("blur", () => this.add({ kind: { case: "focus", value: false } }));
    window.addEventListener("focus", () => this.add({ kind: { case: "focus", value: true } }));
    document.addEventListener("visibilitychange", () =>
      this.add({ kind: { case: "visible", value: document.visibilityState === "visible" } }));
  }

  /** The candidate opened a problem, or switched its language. */
  switched(problemId: string, language: string): void {
    this.add({ problemId, language, kind: { case: "switched", value: true } });
  }

  /** An editor's whole text: shown, restored, or replaced as a whole (Reset, a past submission opened). */
  snapshot(problemId: string, language: string, text: string): void {
    const key = `${problemId}\u0000${language}`;
    if (text.length > maxTextChars) {
      this.untracked.add(key);
      return;
    }
    this.untracked.delete(key);
    this.add({ problemId, language, kind: { case: "snapshot", value: text } });
  }

  /**
   * One edit: Monaco's changes of one model version, in the order Monaco applied them; `text` gives the editor's whole
   * text after it, for when the editor is not tracked (its text was too long for the server) or the change is too long;
   * `length` its length (cheaper than the text).
   */
  edit(problemId: string, language: string, changes: readonly Change[], text: () => string, length: () => number = () => text().length): void {
    // The server refuses an edit that takes the text past maxTextChars: such an editor is untracked (the snapshot of its
    // too long text marks it so) until a snapshot of it fits again.
    if (this.untracked.has(`${problemId}\u0000${language}`) || changes.some((c) => c.text.length > maxTextChars) || length() > maxTextChars) {
      this.snapshot(problemId, language, text());
      return;
    }
    this.add({ problemId, language, kind: { case: "edit", value: create(EditEventSchema, { changes: changes.map((c) => ({ ...c })) }) } });
  }

  /** A paste into the editor, before the edit it makes. */
  paste(problemId: string, language: string, text: string): void {
    this.add({ problemId, language, kind: { case: "paste", value: create(ClipboardEventSchema, { length: text.length, text: text.slice(0, maxPasteChars) }) } });
  }

  /**
   * A paste that reached the editor without a DOM paste event (Monaco's own Paste command): recorded just before the
   * edit it made, when that edit is still waiting to be sent, else after it.
   */
  pasteBeforeLastEdit(problemId: string, language: string, text: string): void {
    const last = this.queue[this.queue.length - 1];
    this.paste(problemId, language, text);
    const added = this.queue[this.queue.length - 1];
    if (last && added !== last && last.event.kind.case === "edit" && last.event.problemId === problemId && last.event.language === language) {
      // Swap the two, keeping each event's sequence number in place (a flush's cut stays where it was).
      const [edit, paste] = [last.event, added.event];
      paste.at = edit.at;
      last.event = paste;
      added.event = edit;
    }
  }

  /** A copy or a cut in the editor: its length only. */
  clipboard(problemId: string, language: string, kind: "copy" | "cut", length: number): void {
    this.add({ problemId, language, kind: { case: kind, value: create(ClipboardEventSchema, { length }) } });
  }

  /** The assessment is open: recording starts. */
  start(): void {
    this.started = true;
  }

  /** The session is over: nothing more is recorded. */
  stop(): void {
    this.stopped = true;
    this.queue = [];
  }

  /**
   * Sends what waits, then runs `action` with the periodic sends held, so that nothing recorded after it reaches the
   * server before the action's call does (the server orders activity after the session's latest RUN or SUBMIT).
   */
  async whileFlushed<T>(action: () => Promise<T>): Promise<T> {
    this.held++;
    try {
      // Only what was recorded until now: typing during the flush comes after the submitted source.
      await this.flush(this.lastSeq);
      return await action();
    } finally {
      this.held--;
    }
  }

  /**
   * Sends the waiting events recorded up to `upTo` (all, by default), in batches, one call at a time; resolves when they
   * are sent (or given up on). A send of all stops early while a RUN or SUBMIT holds the sends.
   */
  flush(upTo = Number.MAX_SAFE_INTEGER): Promise<void> {
    this.sending = this.sending.then(() => this.sendAll(upTo, upTo === Number.MAX_SAFE_INTEGER));
    return this.sending;
  }

  private add(event: EventFields): void {
    if (this.started && !this.stopped) {
      this.queue.push({ seq: ++this.lastSeq, event: create(ActivityEventSchema, { ...event, at: timestampFromMs(Date.now()) }) });
    }
  }

  private async sendAll(upTo: number, yieldToHold: boolean): Promise<void> {
    while (this.queue.length > 0 && this.queue[0].seq <= upTo && !this.stopped && !(yieldToHold && this.held > 0)) {
      let count = 0;
      let chars = 0;
      while (count < this.queue.length && this.queue[count].seq <= upTo && count < batchEvents && (count === 0 || chars < batchChars)) {
        chars += size(this.queue[count].event);
        count++;
      }
      const batch = this.queue.slice(0, count).map((q) => q.event);
      if (!(await this.send(batch))) {
        return; // left in the queue for the next flush (or dropped, when refused)
      }
      this.queue.splice(0, count);
    }
  }

  /** True when the batch was stored; false when it is to be sent later, or was refused for good and dropped from the queue. */
  private async send(events: EventInit[]): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.recordActivity({ clientNow: timestampFromMs(Date.now()), events });
        return true;
      } catch (error) {
        const failure = classify(error);
        if (failure.kind === "ended") {
          return true; // the page learns of the end from its own calls, and stops the recorder then
        }
        if (failure.kind === "refused") {
          console.warn(`activity not recorded: ${failure.message}`);
          this.queue.splice(0, events.length);
          this.resync();
          return false;
        }
        if (attempt >= attempts || failure.kind === "cancelled") {
          return false;
        }
        await delay(failure.kind === "throttled" ? failure.retryAfterMs : 1000 * attempt);
      }
    }
  }
}

function size(event: EventInit): number {
  const kind = event.kind;
  switch (kind?.case) {
    case "snapshot":
      return kind.value.length;
    case "edit":
      return kind.value.changes.reduce((sum, c) => sum + c.text.length, 0);
    case "paste":
      return kind.value.text.length;
    default:
      return 16;
  }
}
