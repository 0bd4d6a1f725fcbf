// The result panel: a RUN's or SUBMIT's live state, rebuilt from its events (a resumed watch replays them all), or
// restored from the server's list after a reload.
import { timestampDate } from "@bufbuild/protobuf/wkt";
import type { Submission, SubmissionEvent, TestResult } from "../gen/judge/v1/judge_pb";
import { SubmissionStatus, SubmitMode, Verdict } from "../gen/judge/v1/judge_pb";
import type { Problem } from "../gen/judge/v1/problems_pb";
import type { CandidateSubmission } from "../gen/judge/v1/sessions_pb";
import { diagnostics } from "./diagnostics";
import { h, replaceChildren, utf8 } from "./dom";
import * as fmt from "./format";

/** What the page knows of one submission: what was sent, and its state as judged so far. */
export interface Tracked {
  id: string;
  problemId: string;
  mode: SubmitMode;
  language: string;
  source: string;
  createdAt: Date;
  /** A RUN on the candidate's own input rather than the samples. */
  custom: boolean;
  /** That input as typed, when this page sent it (a submission restored after a reload does not have it). */
  customInput?: string;
  status: SubmissionStatus;
  /** Which delivery of the job the tests are of: a job delivered again (a worker was lost) starts its tests over. */
  attempt: number;
  tests: Map<number, TestResult>;
  final?: Submission;
}

/** A submission this page has just sent. */
export function track(id: string, problemId: string, mode: SubmitMode, language: string, source: string, customInput?: string): Tracked {
  return {
    id, problemId, mode, language, source, createdAt: new Date(), custom: customInput !== undefined, customInput,
    status: SubmissionStatus.QUEUED, attempt: 0, tests: new Map(),
  };
}

/** A submission from the server's list (Candidate.ListSubmissions). */
export function restore(listed: CandidateSubmission): Tracked {
  const s = listed.submission!;
  const tracked: Tracked = {
    id: s.id, problemId: s.problemId, mode: s.mode === SubmitMode.RUN ? SubmitMode.RUN : SubmitMode.SUBMIT, language: s.language,
    source: utf8(listed.source), createdAt: s.createdAt ? timestampDate(s.createdAt) : new Date(), custom: listed.customInput,
    status: s.status, attempt: s.attempt, tests: new Map(s.tests.map((t) => [t.index, t])),
  };
  if (s.status === SubmissionStatus.FINISHED) {
    tracked.final = s;
  }
  return tracked;
}

/** Applies one event of a watch; true when it was the final one. */
export function apply(t: Tracked, event: SubmissionEvent): boolean {
  switch (event.event.case) {
    case "status":
      if (event.event.value.attempt > t.attempt) {
        t.attempt = event.event.value.attempt;
        t.tests.clear();
      }
      t.status = event.event.value.status;
      return false;
    case "test":
      t.tests.set(event.event.value.index, event.event.value);
      return false;
    case "final":
      t.final = event.event.value;
      t.status = SubmissionStatus.FINISHED;
      t.tests = new Map(t.final.tests.map((test) => [test.index, test]));
      return true;
    default:
      return false;
  }
}

/** How many tests it is judged on: every test (SUBMIT), the samples or the one custom input (RUN). */
function expectedTests(t: Tracked, problem: Problem | undefined): number {
  if (t.final) {
    return t.final.testCount;
  }
  if (t.mode === SubmitMode.RUN) {
    return t.custom ? 1 : problem?.samples.length ?? 0;
  }
  return problem?.testCount ?? 0;
}

/** The time limit of the problem in the submission's language (ms), or undefined. */
function timeLimitMs(t: Tracked, problem: Problem | undefined): number | undefined {
  if (!problem) {
    return undefined;
  }
  return problem.limits.find((l) => l.language === t.language)?.timeLimitMs ?? problem.timeLimitMs;
}

/**
 * Why a test ran out of time: its CPU time reached the limit, or the wall clock stopped it first (a program that
 * waits, sleeps or blocks uses little CPU): "stopped after 6.5 s of wall time; CPU 1.25 s of 3 s".
 */
export function timeNote(test: TestResult, limitMs: number | undefined): string | null {
  if (test.verdict !== Verdict.TIME_LIMIT_EXCEEDED) {
    return null;
  }
  const cpu = fmt.milliseconds(test.cpuTimeMs);
  // A hidden test shows no wall time and its CPU time rounded up to 100 ms (docs/security.md).
  const hidden = !test.sample && !test.custom;
  const stopped = hidden ? "stopped by the wall clock" : `stopped after ${fmt.milliseconds(test.wallTimeMs)} of wall time`;
  if (limitMs === undefined) {
    return `${stopped}; CPU ${cpu}`;
  }
  if (test.cpuTimeMs >= limitMs) {
    return `CPU time reached the limit of ${fmt.milliseconds(limitMs)}`;
  }
  return `${stopped} (waiting counts there, e.g. for input or a sleep); CPU ${hidden ? "at most " : ""}${cpu} of ${fmt.milliseconds(limitMs)}`;
}

/** One short sentence for screen readers: what changed ("Compiling", "Test 3 of 12 done", "Accepted, score 5 of 5"). */
export function announcement(t: Tracked, problem: Problem | undefined): string {
  const what = t.mode === SubmitMode.RUN ? "Run" : "Submission";
  if (t.final) {
    const score = t.mode === SubmitMode.RUN ? "" : `, score ${fmt.score(t.final.score)} of ${fmt.score(t.final.maxScore)}`;
    return `${what} finished: ${fmt.verdictLabel(t.final.verdict)}${score}.`;
  }
  if (t.status === SubmissionStatus.RUNNING) {
    return `${what}: test ${t.tests.size} of ${expectedTests(t, problem)} done.`;
  }
  return `${what}: ${fmt.statusLabel(t.status)}.`;
}

/**
 * Renders the whole state into the panel; problem: the problem it was sent on, when the page has it (its samples and
 * limits explain the results). onLine reveals a source line in the editor.
 */
export function render(panel: HTMLElement, t: Tracked, problem: Problem | undefined, onLine: (line: number, column?: number) => void): void {
  const run = t.mode === SubmitMode.RUN;
  const final = t.final;
  const total = expectedTests(t, problem);
  const done = t.tests.size;

  const verdict = final?.verdict ?? Verdict.UNSPECIFIED;
  const headline = final
    ? h("span", { id: "verdict", "data-testid": "verdict", "data-verdict": fmt.verdictName(verdict), "data-language": t.language, class: `badge ${fmt.verdictTone(verdict)}` }, fmt.verdictLabel(verdict))
    : h("span", { id: "verdict", "data-testid": "verdict", "data-verdict": "PENDING", "data-language": t.language, class: "badge neutral" }, fmt.statusLabel(t.status));

  const status = final
    ? `${run ? "Run" : "Submission"} finished`
    : t.status === SubmissionStatus.RUNNING
      ? `Running test ${Math.min(done + 1, Math.max(total, 1))} of ${total}`
      : `${fmt.statusLabel(t.status)}…`;

  const scoreText = final && !run ? `Score ${fmt.score(final.score)} / ${fmt.score(final.maxScore)}` : null;

  const summary = h(
    "div",
    { class: "result-summary" },
    h("span", { class: "result-kind" }, `${run ? (t.custom ? "Run · custom input" : "Run · samples") : "Submission"} · ${fmt.moment(t.createdAt)}`),
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
  const limit = timeLimitMs(t, problem);
  if (run) {
    parts.push(h("div", { id: "tests", "data-testid": "tests", class: "run-tests" }, ...tests.map((test) => runTest(t, problem, test, limit))));
  } else if (tests.length > 0 || total > 0) {
    parts.push(testStrip(tests, total, problem));
    const timedOut = tests.find((test) => test.verdict === Verdict.TIME_LIMIT_EXCEEDED);
    if (timedOut) {
      parts.push(h("p", { class: "note", "data-testid": "time-note" }, `Test ${timedOut.index + 1}: ${timeNote(timedOut, limit)}.`));
    }
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

/**
 * SUBMIT: one chip per test, filled in as tests finish, in two rows: the sample tests (the examples the candidate
 * sees) and the hidden ones, which show only their verdict and resources.
 */
function testStrip(tests: TestResult[], total: number, problem: Problem | undefined): HTMLElement {
  const byIndex = new Map(tests.map((t) => [t.index, t]));
  const samples = new Set(problem?.samples.map((s) => s.index) ?? []);
  tests.filter((t) => t.sample).forEach((t) => samples.add(t.index));
  const count = Math.max(total, tests.length === 0 ? 0 : tests[tests.length - 1].index + 1);
  const chips = { sample: [] as HTMLElement[], hidden: [] as HTMLElement[] };
  for (let i = 0; i < count; i++) {
    const sample = samples.has(i);
    const test = byIndex.get(i);
    const kind = sample ? "sample" : "hidden";
    if (!test) {
      chips[kind].push(h("li", { class: "chip pending", title: `Test ${i + 1}${sample ? " (sample)" : ""}: waiting`, "data-sample": String(sample) }, String(i + 1)));
      continue;
    }
    const details = `Test ${i + 1}${sample ? " (sample)" : ""}${test.group ? `, group ${test.group}` : ""}: ${fmt.verdictLabel(test.verdict)}` +
      (test.verdict === Verdict.SKIPPED ? "" : `, ${test.cpuTimeMs} ms, ${fmt.kibibytes(test.peakMemoryKib)}`);
    chips[kind].push(
      h(
        "li",
        { class: `chip ${fmt.verdictTone(test.verdict)}`, title: details, "aria-label": details, "data-testid": "test-chip", "data-verdict": fmt.verdictName(test.verdict), "data-sample": String(sample) },
        String(i + 1),
      ),
    );
  }
  const row = (label: string, items: HTMLElement[]) =>
    items.length === 0 ? null : h("div", { class: "strip-row" }, h("span", { class: "strip-label" }, label), h("ol", { class: "test-strip", "aria-label": label }, ...items));
  return h("div", { id: "tests", "data-testid": "tests", class: "test-strips" }, row("Sample tests", chips.sample), row("Hidden tests", chips.hidden));
}

function field(label: string, testId: string, text: string, extraClass = ""): HTMLElement {
  return h("div", { class: "field" }, h("div", { class: "field-label" }, label), h("pre", { class: `output ${extraClass}`, "data-testid": testId }, text));
}

/**
 * An interactive sample's exchange, a line per line sent: "> " what the program sent, "< " what it received (marked
 * apart), then "(truncated)" when the judge kept only its start.
 */
export function transcript(test: TestResult): HTMLElement {
  const text = test.transcript.endsWith("\n") ? test.transcript.slice(0, -1) : test.transcript;
  const lines = text.split("\n").flatMap((line, i) => [
    i > 0 ? "\n" : null,
    line.startsWith("< ") ? h("span", { class: "received" }, line) : h("span", { class: "sent" }, line),
  ]);
  return h(
    "div",
    { class: "field" },
    h("div", { class: "field-label" }, "Exchange with the interactor (> your program, < the interactor)"),
    h(
      "pre",
      { class: "output transcript", "data-testid": "transcript", "data-truncated": String(test.transcriptTruncated) },
      ...lines,
      test.transcriptTruncated ? h("span", { class: "cut" }, "\n(truncated)") : null,
    ),
  );
}

/** RUN: a card per sample or custom input with everything there is to see. */
function runTest(t: Tracked, problem: Problem | undefined, test: TestResult, limitMs: number | undefined): HTMLElement {
  const functionStyle = !!problem?.signature;
  // An interactive problem's program talks to the interactor: its sample's input is the interactor's, its output is
  // the exchange (the transcript), and there is usually no expected output.
  const interactive = !!problem?.interactive || test.transcript !== "";
  const samples = problem?.samples ?? [];
  const sample = samples.find((s) => s.index === test.index);
  const title = test.custom ? "Custom input" : `Sample ${(sample ? samples.indexOf(sample) : test.index) + 1}`;
  const input = test.custom ? t.customInput ?? "(your custom input is not shown after a reload)" : sample ? utf8(sample.input) : "";
  const expected = test.custom
    ? (test.expectedOutput.length > 0 ? utf8(test.expectedOutput) : null)
    : sample && !(interactive && sample.expectedOutput.length === 0) ? utf8(sample.expectedOutput) : null;
  const stdout = utf8(test.output);
  const stderr = utf8(test.errorOutput);

  const note = timeNote(test, limitMs);
  const fields: (HTMLElement | null)[] = [
    note ? h("p", { class: "note", "data-testid": "time-note" }, `${note[0].toUpperCase()}${note.slice(1)}.`) : null,
    field(interactive ? "The interactor's input" : "Input", "input", input),
    functionStyle ? field("Return value", "return-value", test.returnValue.length > 0 ? utf8(test.returnValue) : "(none)") : null,
    functionStyle
      ? stdout !== ""
        ? field("Printed (stdout)", "stdout", stdout + (test.outputTruncated ? "\n… (cut)" : ""))
        : null
      : test.transcript !== ""
        ? transcript(test)
        : interactive && stdout === ""
          ? null
          : field("Your output", "stdout", stdout + (test.outputTruncated ? "\n… (cut)" : "") || "(empty)"),
    expected !== null ? field(test.custom ? "Expected (reference solution)" : "Expected", "expected", expected) : null,
    stderr !== "" ? field("Standard error", "stderr", stderr, "stderr") : null,
    test.checkerMessage ? field(interactive ? "Interactor" : "Checker", "checker-message", test.checkerMessage) : null,
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
