// The server's clock as the session reported it, advanced by the page's monotonic clock: the countdown does not
// depend on the candidate's wall clock (wrong or changed while the page is open).
import { timestampDate, type Timestamp } from "@bufbuild/protobuf/wkt";

export class ServerClock {
  private serverMs = 0;
  private readAt = 0;

  /** Takes the server's time from a response (CandidateSession.now). */
  sync(now: Timestamp | undefined): void {
    this.serverMs = now ? timestampDate(now).getTime() : Date.now();
    this.readAt = performance.now();
  }

  /** The server's time now, in ms since the epoch. */
  now(): number {
    return this.serverMs + (performance.now() - this.readAt);
  }
}
