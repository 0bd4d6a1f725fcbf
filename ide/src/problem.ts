// The left pane: title, limits for the chosen language, the statement (the server's HTML, with its TeX rendered), and
// the sample tests. The samples are called "Sample tests" / "Sample 1" as in a RUN's result, so a statement's own
// "Example" section is not repeated under the same name. An interactive problem gets a notice of how to flush in the
// chosen language, and its samples' inputs are the interactor's (there is nothing to use as custom input).
import type { Language } from "../gen/judge/v1/judge_pb";
import type { CandidateProblem } from "../gen/judge/v1/sessions_pb";
import { h, replaceChildren, utf8 } from "./dom";
import * as fmt from "./format";
import { renderMath } from "./math";
import { sanitizedFragment } from "./sanitize";
import { flushHint } from "./templates";

export function renderProblem(
  candidate: CandidateProblem,
  parts: { title: HTMLElement; statement: HTMLElement; samples: HTMLElement },
  useAsInput: (text: string) => void,
): void {
  const problem = candidate.problem!;
  parts.title.textContent = problem.title || problem.id;
  // The one place HTML from elsewhere enters the page: rendered and sanitised by the server, cleaned again here.
  const statement = sanitizedFragment(candidate.statementHtml);
  // A statement usually starts with the problem's title, which the pane already shows above the limits.
  const first = statement.firstElementChild;
  if (first?.tagName === "H1" && first.textContent?.trim() === parts.title.textContent?.trim()) {
    first.remove();
  }
  renderMath(statement);
  replaceChildren(parts.statement, statement);
  const signature = problem.signature;
  const names = signature?.parameters.map((p) => p.name) ?? [];
  replaceChildren(
    parts.samples,
    problem.samples.length > 0 ? h("h2", {}, problem.samples.length === 1 ? "Sample test" : "Sample tests") : null,
    ...problem.samples.map((sample, i) => {
      const input = utf8(sample.input);
      const shownInput = signature
        ? input
            .replace(/\n$/, "")
            .split("\n")
            .map((line, k) => `${names[k] ?? `argument ${k + 1}`} = ${line}`)
            .join("\n")
        : input;
      // An interactive problem's sample input is the interactor's, and custom input is refused there.
      const use = problem.interactive ? null : h("button", { type: "button", class: "link", "data-testid": "use-sample" }, "Use as custom input");
      use?.addEventListener("click", () => useAsInput(input));
      const output = utf8(sample.expectedOutput);
      return h(
        "section",
        { class: "sample", "data-testid": "sample" },
        h("div", { class: "sample-head" }, h("h3", {}, `Sample ${i + 1}`), use),
        h("div", { class: "field-label" }, problem.interactive ? "The interactor's input" : "Input"),
        h("pre", { class: "output" }, shownInput),
        problem.interactive && output === "" ? null : h("div", { class: "field-label" }, signature ? "Returns" : "Output"),
        problem.interactive && output === "" ? null : h("pre", { class: "output" }, output),
      );
    }),
  );
}

/** "C++ (GCC 12.2) · time 1 s · memory 256 MiB", for the chosen language. */
export function renderLimits(candidate: CandidateProblem, language: Language | undefined, into: HTMLElement): void {
  const problem = candidate.problem!;
  const limits = problem.limits.find((l) => l.language === language?.id);
  const time = limits?.timeLimitMs ?? problem.timeLimitMs;
  const memory = limits?.memoryLimitMib ?? problem.memoryLimitMib;
  replaceChildren(
    into,
    h("span", { class: "limit", "data-testid": "time-limit" }, h("span", { class: "limit-label" }, "Time "), fmt.milliseconds(time)),
    h("span", { class: "limit", "data-testid": "memory-limit" }, h("span", { class: "limit-label" }, "Memory "), `${memory} MiB`),
    language ? h("span", { class: "limit", "data-testid": "language-version" }, h("span", { class: "limit-label" }, "Version "), language.version || language.displayName) : null,
    problem.signature ? h("span", { class: "limit" }, "Function-style: write the function; no input reading needed") : null,
  );
}

/**
 * An interactive problem's notice above its statement, with how to flush in the chosen language; hidden for any other
 * problem.
 */
export function renderInteractiveNotice(candidate: CandidateProblem | undefined, language: Language | undefined, into: HTMLElement): void {
  if (!candidate?.problem?.interactive) {
    into.hidden = true;
    replaceChildren(into);
    return;
  }
  const hint = language ? flushHint(language.id) : undefined;
  replaceChildren(
    into,
    h("strong", {}, "Interactive:"),
    " your program talks to the judge's interactor. Flush your output after each line you print",
    hint ? `. In ${language!.displayName || language!.id}: ` : ".",
    ...(hint ?? []).map((part) => (typeof part === "string" ? part : h("code", {}, part.code))),
  );
  into.hidden = false;
}
