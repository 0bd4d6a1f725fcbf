// The Submissions tab: the shown problem's SUBMITs, newest first, each with its verdict, score, time (in the
// candidate's time zone) and language, and a button that opens its code in the editor.
import { h, replaceChildren } from "./dom";
import * as fmt from "./format";
import type { Tracked } from "./results";

export function renderSubmissionList(
  into: HTMLElement,
  submits: Tracked[],
  languageName: (id: string) => string,
  open: (submission: Tracked) => void,
): void {
  if (submits.length === 0) {
    replaceChildren(into, h("p", { class: "muted", "data-testid": "no-submissions" }, "No submissions yet. Submit judges your code on every test; your best score counts."));
    return;
  }
  replaceChildren(
    into,
    h(
      "ol",
      { class: "submission-list", "data-testid": "submissions" },
      ...submits.map((t) => {
        const final = t.final;
        const verdict = final
          ? h("span", { class: `badge small ${fmt.verdictTone(final.verdict)}` }, fmt.verdictLabel(final.verdict))
          : h("span", { class: "badge small neutral" }, fmt.statusLabel(t.status));
        const button = h("button", { type: "button", class: "link", "data-testid": "open-submission" }, "Open in editor");
        button.addEventListener("click", () => open(t));
        return h(
          "li",
          { class: "submission", "data-testid": "submission", "data-verdict": final ? fmt.verdictName(final.verdict) : "PENDING" },
          verdict,
          h("span", { class: "score" }, final ? `${fmt.score(final.score)} / ${fmt.score(final.maxScore)}` : ""),
          h("time", { datetime: t.createdAt.toISOString() }, fmt.moment(t.createdAt)),
          h("span", { class: "muted" }, languageName(t.language)),
          button,
        );
      }),
    ),
  );
}
