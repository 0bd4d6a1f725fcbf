// The result panel: a RUN's or SUBMIT's live state, rebuilt from its events (a resumed watch replays them all).
import type { Submission, TestResult } from "../gen/judge/v1/judge_pb";
import { SubmissionStatus, SubmitMode, Verdict } from "../gen/judge/v1/judge_pb";
import type { Problem } from "../gen/judge/v1/problems_pb";
import { diagnostics } from "./diagnostics";
import { h, replaceChildren, utf8 } from "./dom";
import * as fmt from "./format";

/** What the page knows of one submission while it is judged. */
export interface Tracked {
  id: string;
  mode: SubmitMode;
  language: string;
  problem: Problem;
  /** The custom input it runs on (RUN only), as typed. */
  customInput?: string;
  status: SubmissionStatus;
  tests: Map<number, TestResult>;
  final?: Submission;
}

export function track(id: string, mode: SubmitMode, language: string, problem: Problem, customInput?: string): Tracked {
  return { id, mode, language, problem, customInput, status: SubmissionStatus.QUEUED, tests: new Map() };
}

/** How many tests it is judged on: every test (SUBMIT), the samples or the one custom input (RUN). */
function expectedTests(t: Tracked): number {
  if (t.final) {
    return t.final.testCount;
  }
  if (t.mode === SubmitMode.RUN) {
    return t.customInput !== undefined ? 1 : t.problem.samples.length;
  }
  return t.problem.testCount;
}

/** One short sentence for screen readers: what changed ("Compiling", "Test 3 of 12 done", "Accepted, score 5 of 5"). */
export function announcement(t: Tracked): string {
  const what = t.mode === SubmitMode.RUN ? "Run" : "Submission";
  if (t.final) {
    const score = t.mode === SubmitMode.RUN ? "" : `, score ${fmt.score(t.final.score)} of ${fmt.score(t.final.maxScore)}`;
    return `${what} finished: ${fmt.verdictLabel(t.final.verdict)}${score}.`;
  }
  if (t.status === SubmissionStatus.RUNNING) {
    return `${what}: test ${t.tests.size} of ${expectedTests(t)} done.`;
  }
  return `${what}: ${fmt.statusLabel(t.status)}.`;
}

/** Renders the whole state into the panel. onLine reveals a source line in the editor. */
export function render(panel: HTMLElement, t: Tracked, onLine: (line: number, column?: number) => void): void {
  const run = t.mode === SubmitMode.RUN;
  const final = t.final;
  const total = expectedTests(t);
  const done = t.tests.size;

  const verdict = final?.verdict ?? Verdict.UNSPECIFIED;
  const headline = final
    ? h("span", { id: "verdict", "data-testid": "verdict", "data-verdict": fmt.verdictName(verdict), class: `badge ${fmt.verdictTone(verdict)}` }, fmt.verdictLabel(verdict))
    : h("span", { id: "verdict", "data-testid": "verdict", "data-verdict": "PENDING", class: "badge neutral" }, fmt.statusLabel(t.status));

  const status = final
    ? `${run ? "Run" : "Submission"} finished`
    : t.status === SubmissionStatus.RUNNING
      ? `Running test ${Math.min(done + 1, Math.max(total, 1))} of ${total}`
      : `${fmt.statusLabel(t.status)}…`;

  const scoreText = final && !run ? `Score ${fmt.score(final.score)} / ${fmt.score(final.maxScore)}` : null;

  const summary = h(
    "div",
    { class: "result-summary" },
    h("span", { class: "result-kind" }, run ? (t.customInput !== undefined ? "Run · custom input" : "Run · samples") : "Submission"),
    headline,
    scoreText ? h("span", { id: "score", "data-testid": "score", class: "score" }, scoreText) : null,
    h("span", { id: "status", "data-testid": "status", class: "status-text" }, status),
  );

  const progress = h("progress", {
    id: "progress",
    "data-testid": "progress",
    max: String(Math.max(total, 1)),
    value: String(final ? Math.max(total, 1) : done),
    "aria-label": "Tests judged",
  });

  const parts: (Node | null)[] = [summary, final ? null : progress];

  if (final?.verdict === Verdict.COMPILATION_ERROR) {
    parts.push(compileError(final.compileOutput, onLine));
  }
  if (final?.message) {
    parts.push(h("p", { class: "message", "data-testid": "message" }, final.message));
  }
  if (final && final.groups.length > 0) {
    parts.push(groups(final));
  }
  const tests = [...t.tests.values()].sort((a, b) => a.index - b.index);
  if (run) {
    parts.push(h("div", { id: "tests", "data-testid": "tests", class: "run-tests" }, ...tests.map((test) => runTest(t, test))));
  } else if (tests.length > 0 || total > 0) {
    parts.push(testStrip(tests, total));
  }
  replaceChildren(panel, ...parts);
}

function compileError(output: string, onLine: (line: number, column?: number) => void): HTMLElement {
  const located = diagnostics(output);
  return h(
    "section",
    { class: "compile-error", "data-testid": "compile-error" },
    h("h3", {}, "Compilation error"),
    located.length > 0
      ? h(
          "ul",
          { class: "diagnostics", "data-testid": "diagnostics" },
          ...located.map((d) => {
            const button = h("button", { type: "button", class: "link", "data-line": String(d.line) }, `Line ${d.line}${d.column ? `:${d.column}` : ""}`);
            button.addEventListener("click", () => onLine(d.line, d.column));
            return h("li", {}, button, " ", h("code", {}, d.text.split("\n")[0]));
          }),
        )
      : null,
    h("pre", { id: "compile-output", "data-testid": "compile-output", class: "output" }, output || "(the compiler said nothing)"),
  );
}

function groups(final: Submission): HTMLElement {
  return h(
    "table",
    { class: "groups", "data-testid": "groups" },
    h("thead", {}, h("tr", {}, h("th", {}, "Group"), h("th", {}, "Verdict"), h("th", {}, "Points"))),
    h(
      "tbody",
      {},
      ...final.groups.map((g) =>
        h(
          "tr",
          {},
          h("td", {}, g.name),
          h("td", {}, h("span", { class: `badge small ${fmt.verdictTone(g.verdict)}` }, fmt.verdictLabel(g.verdict))),
          h("td", {}, `${fmt.score(g.score)} / ${g.maxScore}`),
        ),
      ),
    ),
  );
}

/** SUBMIT: one chip per test, filled in as tests finish; hidden tests show only their verdict and resources. */
function testStrip(tests: TestResult[], total: number): HTMLElement {
  const byIndex = new Map(tests.map((t) => [t.index, t]));
  const count = Math.max(total, tests.length === 0 ? 0 : tests[tests.length - 1].index + 1);
  const chips: HTMLElement[] = [];
  for (let i = 0; i < count; i++) {
    const test = byIndex.get(i);
    if (!test) {
      chips.push(h("li", { class: "chip pending", title: `Test ${i + 1}: waiting` }, String(i + 1)));
      continue;
    }
    const details = `Test ${i + 1}${test.sample ? " (sample)" : ""}${test.group ? `, group ${test.group}` : ""}: ${fmt.verdictLabel(test.verdict)}` +
      (test.verdict === Verdict.SKIPPED ? "" : `, ${test.cpuTimeMs} ms, ${fmt.kibibytes(test.peakMemoryKib)}`);
    chips.push(
      h(
        "li",
        { class: `chip ${fmt.verdictTone(test.verdict)}`, title: details, "aria-label": details, "data-testid": "test-chip", "data-verdict": fmt.verdictName(test.verdict) },
        String(i + 1),
      ),
    );
  }
  return h("ol", { id: "tests", "data-testid": "tests", class: "test-strip" }, ...chips);
}

function field(label: string, testId: string, text: string, extraClass = ""): HTMLElement {
  return h("div", { class: "field" }, h("div", { class: "field-label" }, label), h("pre", { class: `output ${extraClass}`, "data-testid": testId }, text));
}

/** RUN: a card per sample or custom input with everything there is to see. */
function runTest(t: Tracked, test: TestResult): HTMLElement {
  const functionStyle = !!t.problem.signature;
  const sample = t.problem.samples.find((s) => s.index === test.index);
  const title = test.custom ? "Custom input" : `Sample ${t.problem.samples.indexOf(sample!) + 1 || test.index + 1}`;
  const input = test.custom ? t.customInput ?? "" : sample ? utf8(sample.input) : "";
  const expected = test.custom ? (test.expectedOutput.length > 0 ? utf8(test.expectedOutput) : null) : sample ? utf8(sample.expectedOutput) : null;
  const stdout = utf8(test.output);
  const stderr = utf8(test.errorOutput);

  const fields: (HTMLElement | null)[] = [
    field("Input", "input", input),
    functionStyle ? field("Return value", "return-value", test.returnValue.length > 0 ? utf8(test.returnValue) : "(none)") : null,
    functionStyle
      ? stdout !== ""
        ? field("Printed (stdout)", "stdout", stdout + (test.outputTruncated ? "\n… (cut)" : ""))
        : null
      : field("Your output", "stdout", stdout + (test.outputTruncated ? "\n… (cut)" : "") || "(empty)"),
    expected !== null ? field(test.custom ? "Expected (reference solution)" : "Expected", "expected", expected) : null,
    stderr !== "" ? field("Standard error", "stderr", stderr, "stderr") : null,
    test.checkerMessage ? field("Checker", "checker-message", test.checkerMessage) : null,
  ];
  const facts = test.verdict === Verdict.SKIPPED ? "" : `${test.cpuTimeMs} ms · ${fmt.kibibytes(test.peakMemoryKib)}` +
    (test.exitCode !== 0 ? ` · exit code ${test.exitCode}` : "") + (test.signal !== 0 ? ` · signal ${test.signal}` : "");
  return h(
    "article",
    { class: "run-test", "data-testid": "test-result", "data-index": String(test.index), "data-verdict": fmt.verdictName(test.verdict) },
    h(
      "header",
      {},
      h("h3", {}, title),
      h("span", { class: `badge small ${fmt.verdictTone(test.verdict)}` }, fmt.verdictLabel(test.verdict)),
      h("span", { class: "facts" }, facts),
    ),
    ...fields,
  );
}
