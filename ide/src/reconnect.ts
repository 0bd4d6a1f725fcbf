// Retrying a call while the connection is lost: backoff (1, 2, 4 ... 15 s), a notice with the countdown and a
// "Retry now", and the connection indicator. Any other failure ends the retrying at once.
import { backoffMs, classify, delay } from "./api";
import { clearNotice, showNotice } from "./notices";

export interface ConnectionState {
  /** The header's indicator. */
  set(state: "ok" | "lost"): void;
  /** True when the session is over: nothing is retried any more. */
  ended(): boolean;
}

/** Marks the connection as working again and removes the notice about its loss. */
export function connectionRestored(state: ConnectionState): void {
  state.set("ok");
  clearNotice("connection");
}

/**
 * Calls fn until it succeeds, or fails for a reason other than the connection, or `attempts` calls were made.
 * fn may call progress() when it received something (a stream's event): the backoff then starts again from 1 s.
 */
export async function retrying<T>(
  what: string,
  state: ConnectionState,
  fn: (progress: () => void) => Promise<T>,
  attempts = Infinity,
): Promise<T> {
  let failures = 0;
  const progress = () => {
    failures = 0;
    connectionRestored(state);
  };
  for (let call = 1; ; call++) {
    try {
      const result = await fn(progress);
      connectionRestored(state);
      return result;
    } catch (error) {
      const failure = classify(error);
      if (failure.kind !== "connection" || call >= attempts || state.ended()) {
        throw error;
      }
      state.set("lost");
      const wait = backoffMs(failures++);
      const skip = new AbortController();
      showNotice("warning", "connection", `Connection lost (${failure.message}). ${what}: reconnecting in {s} s…`, {
        until: performance.now() + wait,
        action: { label: "Retry now", run: () => skip.abort() },
      });
      await delay(wait, skip.signal).catch(() => undefined);
    }
  }
}
