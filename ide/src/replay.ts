// Playback, as a pure function of the recorded activity: an editor's text at a moment is its last snapshot at or
// before that moment with the editor's later edits applied in order (each change replacing [offset, offset + length)
// of the text as the change before it left it, in UTF-16 code units, as JavaScript strings count). The API rebuilds
// texts by the same rules (Judge.Api/Integrity/ActivityReplay.cs); both give a submission's exact source at its time.
import { timestampMs } from "@bufbuild/protobuf/wkt";
import type { ActivityEvent } from "../gen/judge/v1/integrity_pb";

/** An event's time (ms since the epoch on the server's clock). */
export function eventMs(event: ActivityEvent): number {
  return event.at ? timestampMs(event.at) : 0;
}

/**
 * The text of the editor of `problemId` in `language` after every event at or before `atMs`; null when no snapshot of
 * it was recorded by then. `events` are oldest first.
 */
export function textAt(events: readonly ActivityEvent[], problemId: string, language: string, atMs: number): string | null {
  let start = -1;
  for (let i = 0; i < events.length && eventMs(events[i]) <= atMs; i++) {
    const e = events[i];
    if (e.kind.case === "snapshot" && e.problemId === problemId && e.language === language) {
      start = i;
    }
  }
  if (start < 0) {
    return null;
  }
  let text = events[start].kind.value as string;
  for (let i = start + 1; i < events.length && eventMs(events[i]) <= atMs; i++) {
    const e = events[i];
    if (e.kind.case === "edit" && e.problemId === problemId && e.language === language) {
      for (const change of e.kind.value.changes) {
        if (change.offset + change.length <= text.length) {
          text = text.slice(0, change.offset) + change.text + text.slice(change.offset + change.length);
        }
      }
    }
  }
  return text;
}

/** The editors (problem and language) the activity and the submissions show, in order of first appearance. */
export function editorsOf(events: readonly ActivityEvent[], submissions: readonly { problemId: string; language: string }[]): { problemId: string; language: string }[] {
  const seen = new Map<string, { problemId: string; language: string }>();
  for (const e of [...events.filter((e) => e.kind.case === "snapshot"), ...submissions]) {
    const key = `${e.problemId}\u0000${e.language}`;
    if (e.problemId !== "" && !seen.has(key)) {
      seen.set(key, { problemId: e.problemId, language: e.language });
    }
  }
  return [...seen.values()];
}
