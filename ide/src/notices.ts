// Messages above the work area: the session's end (prominent, stays), and one notice at a time for a refused
// request, a rate limit (with a countdown to when to retry) or a lost connection (with the reconnect's countdown).
import { byId, h, replaceChildren } from "./dom";

let countdownTimer: number | undefined;

function stopCountdown(): void {
  if (countdownTimer !== undefined) {
    clearInterval(countdownTimer);
    countdownTimer = undefined;
  }
}

/** The assessment is over (or the token no longer valid): shown until the page is closed. */
export function showEnded(
  message: string,
  headline = "This assessment is closed.",
  hint = "Your code stays visible here, but it can no longer be run or submitted.",
): void {
  const banner = byId("ended");
  replaceChildren(
    banner,
    h("strong", { class: "ended-headline" }, headline),
    h("span", { class: "ended-message", "data-testid": "ended-message" }, message),
    hint ? h("span", { class: "ended-hint" }, hint) : null,
  );
  banner.hidden = false;
}

export type NoticeTone = "error" | "warning" | "info";

export interface NoticeOptions {
  /** Counts down to this moment (ms, performance.now()) in the text: "{s}" is replaced by the seconds left. */
  until?: number;
  /** A button, e.g. "Retry now". */
  action?: { label: string; run: () => void };
  /** Called when the countdown reaches zero. */
  onElapsed?: () => void;
}

/** Shows one notice, replacing the previous. */
export function showNotice(tone: NoticeTone, kind: string, text: string, options: NoticeOptions = {}): void {
  stopCountdown();
  const notice = byId("notice");
  notice.className = `notice ${tone}`;
  notice.dataset.kind = kind;
  const message = h("span", { class: "notice-text", "data-testid": "notice-text" });
  const update = () => {
    const seconds = options.until === undefined ? 0 : Math.max(0, Math.ceil((options.until - performance.now()) / 1000));
    message.textContent = text.replace("{s}", String(seconds));
    return seconds;
  };
  update();
  const close = h("button", { type: "button", class: "notice-close", "aria-label": "Dismiss" }, "×");
  close.addEventListener("click", () => clearNotice());
  let action: HTMLElement | null = null;
  if (options.action) {
    const { label, run } = options.action;
    action = h("button", { type: "button", class: "notice-action" }, label);
    action.addEventListener("click", run);
  }
  replaceChildren(notice, message, action, close);
  notice.hidden = false;
  if (options.until !== undefined) {
    countdownTimer = window.setInterval(() => {
      if (update() === 0) {
        stopCountdown();
        options.onElapsed?.();
      }
    }, 250);
  }
}

/** Removes the notice, if it is of this kind (or any kind when none is given). */
export function clearNotice(kind?: string): void {
  const notice = byId("notice");
  if (kind !== undefined && notice.dataset.kind !== kind) {
    return;
  }
  stopCountdown();
  notice.hidden = true;
  replaceChildren(notice);
  delete notice.dataset.kind;
}
