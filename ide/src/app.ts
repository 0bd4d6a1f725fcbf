// The IDE: one session's problems, the editor, RUN and SUBMIT with their live results, the candidate's submissions
// and drafts (restored from the server on load), the countdown, and what the page does when a call fails (session
// ended, rate limit, refused, connection lost).
import { timestampDate } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError } from "@connectrpc/connect";
import { SubmitMode, type Language } from "../gen/judge/v1/judge_pb";
import type { CandidateProblem, CandidateSession } from "../gen/judge/v1/sessions_pb";
import { ActivityRecorder } from "./activity";
import { classify, type CandidateClient, type Failure } from "./api";
import { fontSizePicker, followSystemTheme, initialFontSize } from "./appearance";
import { ServerClock } from "./clock";
import { byId, bytes, h, replaceChildren } from "./dom";
import { DraftSaver, reconcile } from "./drafts";
import { CodeEditor } from "./editor";
import * as fmt from "./format";
import type { monaco } from "./monaco";
import { clearNotice, showEnded, showNotice } from "./notices";
import { renderInteractiveNotice, renderLimits, renderProblem } from "./problem";
import { retrying, type ConnectionState } from "./reconnect";
import { announcement, apply, render, track, type Tracked } from "./results";
import { splitter } from "./splitter";
import type { SessionStore } from "./storage";
import { renderSubmissionList } from "./submission-list";
import { SubmissionLog } from "./submission-log";
import { interactiveTemplate, programTemplate } from "./templates";

/** How often the session is read again, to learn of an early end and correct the clock (ms). */
const resyncMs = 60_000;
/** Attempts to reach the server for one Submit before giving up (the idempotency key makes retries safe). */
const submitAttempts = 6;
/** Attempts to load the candidate's drafts and submissions before the page goes on without them. */
const restoreAttempts = 3;

type Action = "run" | "submit";
type ConsoleTab = "input" | "result" | "submissions";

export class App {
  private session?: CandidateSession;
  private readonly clock = new ServerClock();
  private readonly problems = new Map<string, CandidateProblem>();
  private editor!: CodeEditor;
  private problemId?: string;
  private language?: string;
  private ended = false;
  private busy = false;
  /** Until when (performance.now()) the server refuses another RUN, or SUBMIT: each has an interval of its own. */
  private readonly throttledUntil: Record<Action, number> = { run: 0, submit: 0 };
  private resyncing = false;
  private lastResync = 0;
  private readonly log = new SubmissionLog();
  private readonly watching = new Set<string>();
  private readonly drafts: DraftSaver;
  private readonly recorder: ActivityRecorder;

  private readonly el = {
    problems: byId("problems"),
    title: byId("problem-title"),
    limits: byId("limits"),
    interactiveNotice: byId("interactive-notice"),
    statement: byId("statement"),
    samples: byId("samples"),
    language: byId<HTMLSelectElement>("language"),
    reset: byId<HTMLButtonElement>("reset"),
    run: byId<HTMLButtonElement>("run"),
    submit: byId<HTMLButtonElement>("submit"),
    editor: byId("editor"),
    fontSize: byId<HTMLSelectElement>("font-size"),
    draftStatus: byId("draft-status"),
    splitter: byId("splitter"),
    console: byId("console"),
    useCustom: byId<HTMLInputElement>("use-custom"),
    useCustomLabel: byId("use-custom-label"),
    noCustomInput: byId("no-custom-input"),
    customInput: byId<HTMLTextAreaElement>("custom-input"),
    inputError: byId("input-error"),
    inputHint: byId("input-hint"),
    result: byId("result"),
    submissionList: byId("submission-list"),
    timeLeft: byId("time-left"),
    endsAt: byId("ends-at"),
    timer: byId("timer"),
    connection: byId("connection"),
    announce: byId("announce"),
    tabs: {
      input: byId<HTMLButtonElement>("tab-input"),
      result: byId<HTMLButtonElement>("tab-result"),
      submissions: byId<HTMLButtonElement>("tab-submissions"),
    },
    panels: {
      input: byId("panel-input"),
      result: byId("panel-result"),
      submissions: byId("panel-submissions"),
    },
  };

  constructor(
    private readonly client: CandidateClient,
    private readonly store: SessionStore,
  ) {
    this.recorder = new ActivityRecorder(client, () => this.editor?.recordSnapshot());
    this.drafts = new DraftSaver(client, (state, text) => {
      this.el.draftStatus.dataset.state = state;
      this.el.draftStatus.textContent = text;
    });
  }

  /** Loads the session and its first problem, and wires the page; body[data-ready] is set once that is done or failed. */
  async start(): Promise<void> {
    try {
      await this.load();
    } finally {
      document.body.dataset.ready = "true";
    }
  }

  private async load(): Promise<void> {
    this.wire();
    let session: CandidateSession;
    try {
      session = await this.withReconnect("Loading the assessment", () => this.client.getSession({}));
    } catch (error) {
      this.fail(classify(error), "Loading the assessment");
      return;
    }
    this.applySession(session);
    this.store.useClock(() => this.clock.now());
    if (session.open || this.ended) {
      await this.restore(); // before the window opens there is nothing to restore
    }
    this.renderTabs();
    this.renderLanguages();
    const stored = this.store.problem();
    const first = session.problems.find((p) => p.problemId === stored)?.problemId ?? session.problems[0]?.problemId;
    if (first) {
      await this.selectProblem(first);
    }
    if (this.problemId && this.log.latest(this.problemId)) {
      this.showTab("result"); // as the candidate left it
    }
    for (const unfinished of this.log.unfinished()) {
      void this.watch(unfinished);
    }
    window.setInterval(() => this.tick(), 250);
    window.setInterval(() => void this.resync(), resyncMs);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") {
        void this.resync();
      }
    });
  }

  /**
   * What the server kept of this candidate: the drafts (the newer of each and this browser's text wins; this browser's
   * newer texts are saved there) and the submissions (scores, the Submissions list, the results still being judged).
   */
  private async restore(): Promise<void> {
    try {
      const [drafts, submissions] = await Promise.all([
        this.withReconnect("Loading your saved code", () => this.client.listDrafts({}), restoreAttempts),
        this.withReconnect("Loading your submissions", () => this.client.listSubmissions({}), restoreAttempts),
      ]);
      for (const text of reconcile(drafts.drafts, this.store)) {
        if (!this.ended) {
          this.drafts.changed(text.problemId, text.language, text.source);
        }
      }
      this.log.restore(submissions.submissions);
    } catch (error) {
      const failure = classify(error);
      if (failure.kind === "ended") {
        this.end(failure.message);
      } else {
        showNotice("warning", "restore", `Your code saved on the server and your submissions could not be loaded (${failure.message}). This browser's copy of your code is shown.`);
      }
    }
  }

  // ---- wiring ----

  private wire(): void {
    followSystemTheme();
    const fontSize = initialFontSize();
    this.editor = new CodeEditor(this.el.editor, this.store, {
      run: () => void this.act("run"),
      submit: () => void this.act("submit"),
      edited: (problemId, language, code) => {
        if (!this.ended) {
          this.drafts.changed(problemId, language, code);
        }
      },
    }, fontSize, this.recorder);
    fontSizePicker(this.el.fontSize, fontSize, (px) => this.editor.setFontSize(px));
    splitter(this.el.splitter, this.el.console, this.el.console.parentElement!);
    document.addEventListener("keydown", (e) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key === "Enter") {
        e.preventDefault();
        void this.act(e.shiftKey ? "submit" : "run");
      }
    });
    this.el.run.addEventListener("click", () => void this.act("run"));
    this.el.submit.addEventListener("click", () => void this.act("submit"));
    this.el.reset.addEventListener("click", () => this.resetCode());
    this.el.language.addEventListener("change", () => this.selectLanguage(this.el.language.value));
    this.el.customInput.addEventListener("input", () => {
      this.clearInputError();
      if (this.problemId) {
        this.store.saveCustomInput(this.problemId, this.el.customInput.value);
      }
    });
    this.el.useCustom.addEventListener("change", () => {
      this.clearInputError();
      this.el.customInput.disabled = !this.el.useCustom.checked || this.ended;
    });
    for (const tab of ["input", "result", "submissions"] as const) {
      this.el.tabs[tab].addEventListener("click", () => this.showTab(tab));
    }
    this.updateButtons();
  }

  private showTab(shown: ConsoleTab): void {
    for (const tab of ["input", "result", "submissions"] as const) {
      this.el.tabs[tab].setAttribute("aria-selected", String(tab === shown));
      this.el.panels[tab].hidden = tab !== shown;
    }
  }

  /** A problem with the custom input, in the server's words made plain, under the input box. */
  private showInputError(message: string): void {
    const plain = message.replace(/^custom_input:\s*/, "").replace(/^custom_input is\b/, "Your input is");
    this.el.inputError.textContent = sentence(plain);
    this.el.inputError.hidden = false;
    this.el.customInput.setAttribute("aria-invalid", "true");
    this.showTab("input");
  }

  private clearInputError(): void {
    this.el.inputError.hidden = true;
    this.el.inputError.textContent = "";
    this.el.customInput.removeAttribute("aria-invalid");
  }

  private updateButtons(): void {
    const blocked = this.ended || this.busy || !this.problems.has(this.problemId ?? "") || !this.language;
    const now = performance.now();
    this.el.run.disabled = blocked || now < this.throttledUntil.run;
    this.el.submit.disabled = blocked || now < this.throttledUntil.submit;
    this.el.reset.disabled = this.ended || !this.language;
    // An interactive problem's program reads the interactor, never an input: the server refuses custom input there.
    const interactive = this.interactive();
    this.el.useCustom.disabled = this.ended || interactive;
    this.el.customInput.disabled = this.ended || interactive || !this.el.useCustom.checked;
    this.el.run.setAttribute("aria-busy", String(this.busy));
  }

  /** The problem shown is interactive (docs/interactive-problems.md). */
  private interactive(): boolean {
    return !!this.problems.get(this.problemId ?? "")?.problem?.interactive;
  }

  private setConnection(state: "ok" | "lost"): void {
    if (this.el.connection.dataset.state !== state) {
      this.el.connection.dataset.state = state;
      this.el.connection.textContent = state === "ok" ? "Connected" : "Reconnecting…";
    }
  }

  private readonly connection: ConnectionState = {
    set: (state) => this.setConnection(state),
    ended: () => this.ended,
  };

  /** Retries fn while the connection is lost (see reconnect.ts). */
  private withReconnect<T>(what: string, fn: (progress: () => void) => Promise<T>, attempts = Infinity): Promise<T> {
    return retrying(what, this.connection, fn, attempts);
  }

  // ---- session and time ----

  private applySession(session: CandidateSession): void {
    this.session = session;
    this.clock.sync(session.now);
    if (session.open) {
      this.recorder.start();
    }
    if (session.endsAt) {
      const endsAt = fmt.moment(timestampDate(session.endsAt));
      this.el.endsAt.textContent = `until ${endsAt}`;
      this.el.timer.title = `The assessment ends at ${endsAt} (your time zone).`;
    }
    if (!session.open) {
      const now = this.clock.now();
      const startsAt = session.startsAt ? timestampDate(session.startsAt).getTime() : 0;
      if (now < startsAt) {
        showNotice("info", "not-started", `The assessment starts at ${fmt.moment(new Date(startsAt))}; this page opens it then. ` +
          "Once it starts, your editing (typing, pastes, copies, leaving this page) is recorded for the reviewer.");
      } else {
        this.end(this.endedMessage());
      }
    }
  }

  private endedMessage(): string {
    const endsAt = this.session?.endsAt ? timestampDate(this.session.endsAt) : null;
    return endsAt ? `The assessment ended at ${fmt.moment(endsAt)}.` : "The assessment has ended.";
  }

  private async resync(): Promise<void> {
    if (this.ended || this.resyncing) {
      return;
    }
    this.resyncing = true;
    try {
      const session = await this.client.getSession({});
      this.setConnection("ok");
      const wasOpen = this.session?.open ?? false;
      this.applySession(session);
      if (!wasOpen && session.open) {
        clearNotice("not-started");
        if (this.problemId) {
          await this.selectProblem(this.problemId);
        }
      }
    } catch (error) {
      const failure = classify(error);
      if (failure.kind === "ended") {
        this.end(failure.message);
      } else if (failure.kind === "connection") {
        this.setConnection("lost");
      }
    } finally {
      this.resyncing = false;
    }
  }

  private tick(): void {
    const session = this.session;
    if (!session?.endsAt) {
      return;
    }
    const now = this.clock.now();
    const startsAt = session.startsAt ? timestampDate(session.startsAt).getTime() : 0;
    const endsAt = timestampDate(session.endsAt).getTime();
    if (this.ended) {
      this.el.timeLeft.textContent = "Ended";
      this.el.timer.dataset.state = "ended";
      return;
    }
    if (!session.open && now >= startsAt - 1000 && performance.now() - this.lastResync > 2000) {
      // The window opens (by this clock): ask the server, every 2 s until it agrees.
      this.lastResync = performance.now();
      void this.resync();
    }
    if (now < startsAt || !session.open) {
      this.el.timeLeft.textContent = `starts in ${fmt.countdown(startsAt - now)}`;
      this.el.timer.dataset.state = "waiting";
      return;
    }
    const left = endsAt - now;
    this.el.timeLeft.textContent = fmt.countdown(left);
    this.el.timer.dataset.state = left <= 5 * 60_000 ? "low" : "ok";
    this.el.timer.setAttribute("aria-label", `Time left: ${fmt.countdown(left)}`);
    if (left <= 0) {
      this.end(this.endedMessage());
    }
  }

  /** The session is over: a prominent message, the editor read-only, nothing runs any more. */
  private end(message: string): void {
    if (!this.ended) {
      this.ended = true;
      document.body.dataset.ended = "true";
    }
    showEnded(sentence(message));
    this.drafts.stop();
    this.recorder.stop();
    this.editor.setReadOnly(true);
    this.updateButtons();
    this.el.timeLeft.textContent = "Ended";
    this.el.timer.dataset.state = "ended";
    if (!this.problems.has(this.problemId ?? "") && this.el.statement.childElementCount === 0) {
      replaceChildren(this.el.statement, h("p", { class: "muted" }, "The problems are no longer available: the assessment is closed."));
    }
  }

  // ---- problems and languages ----

  private renderTabs(): void {
    const session = this.session!;
    replaceChildren(
      this.el.problems,
      ...session.problems.map((p, i) => {
        const tab = h(
          "button",
          { type: "button", role: "tab", class: "problem-tab", "data-testid": "problem-tab", "data-problem": p.problemId, "aria-selected": String(p.problemId === this.problemId) },
          h("span", { class: "tab-number" }, String.fromCharCode(65 + (i % 26))),
          h("span", { class: "tab-title" }, p.title || p.problemId),
          this.scoreBadge(p.problemId),
        );
        tab.addEventListener("click", () => void this.selectProblem(p.problemId));
        return tab;
      }),
    );
  }

  private scoreBadge(problemId: string): HTMLElement | null {
    const best = this.log.bestScore(problemId);
    return best ? h("span", { class: "tab-score", "data-testid": "tab-score", title: "Your best score" }, best) : null;
  }

  private renderLanguages(): void {
    const languages = this.session!.languages;
    replaceChildren(
      this.el.language,
      ...languages.map((l) => h("option", { value: l.id, title: l.version || undefined }, l.displayName || l.id)),
    );
  }

  private languageInfo(id: string | undefined): Language | undefined {
    return this.session?.languages.find((l) => l.id === id);
  }

  private async selectProblem(problemId: string): Promise<void> {
    this.editor.saveAll();
    this.problemId = problemId;
    this.store.saveProblem(problemId);
    this.renderTabs();
    const title = this.session?.problems.find((p) => p.problemId === problemId)?.title ?? problemId;
    this.el.title.textContent = title;
    document.title = `${title} · Assessment`;
    let candidate = this.problems.get(problemId);
    if (!candidate && !this.ended && this.session?.open !== false) {
      replaceChildren(this.el.statement, h("p", { class: "muted" }, "Loading the problem…"));
      replaceChildren(this.el.samples);
      try {
        candidate = await this.withReconnect("Loading the problem", () => this.client.getProblem({ problemId }));
        this.problems.set(problemId, candidate);
      } catch (error) {
        this.fail(classify(error), "Loading the problem");
      }
    }
    if (this.problemId !== problemId) {
      return; // another tab was chosen meanwhile
    }
    if (candidate) {
      renderProblem(candidate, { title: this.el.title, statement: this.el.statement, samples: this.el.samples }, (text) => {
        this.el.useCustom.checked = true;
        this.el.customInput.value = text;
        this.store.saveCustomInput(problemId, text);
        this.updateButtons();
        this.showTab("input");
      });
    } else {
      const notYet = this.session?.open === false && !this.ended;
      replaceChildren(this.el.statement, h("p", { class: "muted" }, notYet ? "The problems appear here when the assessment starts." : "The statement is not available."));
      replaceChildren(this.el.samples);
    }
    this.prepareCustomInput(candidate);
    const languages = this.session?.languages ?? [];
    const stored = this.store.language(problemId) ?? this.store.language("*");
    const language = languages.find((l) => l.id === stored)?.id ?? languages[0]?.id;
    if (language) {
      this.selectLanguage(language);
    }
    this.clearInputError();
    const latest = this.log.latest(problemId);
    if (latest) {
      this.renderResult(latest);
    } else {
      replaceChildren(this.el.result, h("p", { class: "muted", "data-testid": "no-result" }, "Run your code to see its output here. Ctrl+Enter runs, Ctrl+Shift+Enter submits."));
    }
    this.renderSubmissions();
    this.updateButtons();
  }

  private prepareCustomInput(candidate: CandidateProblem | undefined): void {
    const problem = candidate?.problem;
    const stored = this.problemId ? this.store.customInput(this.problemId) : null;
    const firstSample = problem?.samples[0] ? new TextDecoder().decode(problem.samples[0].input) : "";
    this.el.customInput.value = stored ?? firstSample;
    const signature = problem?.signature;
    this.el.inputHint.textContent = signature
      ? `One JSON value per line, in this order: ${signature.parameters.map((p) => `${p.name} (${p.type})`).join(", ")}.`
      : "What your program reads from standard input.";
    this.el.customInput.placeholder = signature ? signature.parameters.map((p) => p.name).join("\n") : "standard input";
    // No custom input on an interactive problem (the server refuses it), and a line saying why in its place.
    const interactive = !!problem?.interactive;
    this.el.noCustomInput.hidden = !interactive;
    for (const part of [this.el.useCustomLabel, this.el.customInput, this.el.inputHint]) {
      part.hidden = interactive;
    }
  }

  private selectLanguage(language: string): void {
    const problemId = this.problemId;
    if (!problemId) {
      return;
    }
    this.editor.saveAll();
    this.language = language;
    this.el.language.value = language;
    this.store.saveLanguage(problemId, language);
    this.store.saveLanguage("*", language);
    const candidate = this.problems.get(problemId);
    if (candidate) {
      renderLimits(candidate, this.languageInfo(language), this.el.limits);
    } else {
      replaceChildren(this.el.limits);
    }
    renderInteractiveNotice(candidate, this.languageInfo(language), this.el.interactiveNotice);
    this.editor.show(this.model(problemId, language), this.ended);
    this.updateButtons();
  }

  private startingCode(problemId: string, language: string): string {
    const problem = this.problems.get(problemId)?.problem;
    const stub = problem?.stubs.find((s) => s.language === language);
    if (stub) {
      return stub.source;
    }
    if (problem?.signature) {
      return "";
    }
    return problem?.interactive ? interactiveTemplate(language) : programTemplate(language);
  }

  private model(problemId: string, language: string): monaco.editor.ITextModel {
    return this.editor.model(problemId, language, () => this.startingCode(problemId, language));
  }

  private resetCode(): void {
    if (!this.problemId || !this.language || this.ended) {
      return;
    }
    if (!window.confirm("Replace your code in this language with the starting code? Ctrl+Z in the editor brings your code back.")) {
      return;
    }
    this.editor.replace(this.model(this.problemId, this.language), this.startingCode(this.problemId, this.language));
  }

  /** Puts a past submission's code in the editor, in its language, as one edit that Ctrl+Z takes back. */
  private openSubmission(submission: Tracked): void {
    if (submission.problemId !== this.problemId || !this.languageInfo(submission.language)) {
      return;
    }
    if (this.language !== submission.language) {
      this.selectLanguage(submission.language);
    }
    this.editor.replace(this.model(submission.problemId, submission.language), submission.source);
    showNotice("info", "opened", `Your submission of ${fmt.moment(submission.createdAt)} is in the editor. Ctrl+Z there brings back the code you had.`);
  }

  private renderSubmissions(): void {
    const problemId = this.problemId;
    const submits = problemId ? this.log.submits(problemId) : [];
    this.el.tabs.submissions.textContent = submits.length > 0 ? `Submissions (${submits.length})` : "Submissions";
    renderSubmissionList(this.el.submissionList, submits, (id) => this.languageInfo(id)?.displayName || id, (t) => this.openSubmission(t));
  }

  // ---- RUN and SUBMIT ----

  private async act(action: Action): Promise<void> {
    if (this.ended || this.busy || !this.problemId || !this.language || performance.now() < this.throttledUntil[action]) {
      return;
    }
    const candidate = this.problems.get(this.problemId);
    if (!candidate?.problem) {
      return;
    }
    const problem = candidate.problem;
    const language = this.language;
    const model = this.model(this.problemId, language);
    const source = model.getValue();
    if (source.trim() === "") {
      showNotice("warning", "empty", "There is no code to run yet.");
      return;
    }
    this.store.saveCode(this.problemId, language, source);
    const mode = action === "run" ? SubmitMode.RUN : SubmitMode.SUBMIT;
    const custom = action === "run" && this.el.useCustom.checked && !problem.interactive ? this.el.customInput.value : undefined;
    this.busy = true;
    this.updateButtons();
    for (const kind of ["refused", "throttled", "empty", "opened"]) {
      clearNotice(kind);
    }
    this.clearInputError();
    this.editor.markCompileErrors(model, "");
    this.showTab("result");
    replaceChildren(this.el.result, h("p", { class: "muted" }, action === "run" ? "Sending your run…" : "Sending your submission…"));
    const idempotencyKey = randomKey();
    try {
      let response;
      try {
        // What was recorded reaches the server first, so the replayed text at this submission is its source.
        response = await this.recorder.whileFlushed(() =>
          this.withReconnect(
            action === "run" ? "Running" : "Submitting",
            () =>
              this.client.submit({
                problemId: problem.id,
                language,
                source: bytes(source),
                idempotencyKey,
                mode,
                customInput: custom === undefined ? undefined : bytes(custom),
              }),
            submitAttempts,
          ));
      } catch (error) {
        this.refused(action, classify(error));
        return;
      }
      const tracked = track(response.submissionId, problem.id, mode, language, source, custom);
      this.log.add(tracked);
      this.renderResult(tracked);
      this.renderSubmissions();
      await this.watch(tracked);
    } finally {
      this.busy = false;
      this.updateButtons();
    }
  }

  /**
   * Submit was refused (or never reached the server): the console no longer shows an older result as if it were this
   * one's, but why; a problem with the custom input is shown under the input box.
   */
  private refused(action: Action, failure: Failure): void {
    const what = action === "run" ? "The run" : "The submission";
    const inputProblem = failure.kind === "refused" && /^custom_input\b/.test(failure.message);
    const reason = inputProblem ? "your test input has a problem (see Test input)" : failure.message;
    replaceChildren(this.el.result, h("p", { class: "refusal", "data-testid": "refusal" }, `${what} was not started: ${reason.trim().replace(/[.]?$/, ".")}`));
    if (inputProblem) {
      this.showInputError(failure.message);
    } else if (failure.kind !== "refused") {
      this.fail(failure, what, action);
    }
  }

  /** Shows a submission in the result panel, when its problem is the one shown and it is that problem's latest. */
  private renderResult(tracked: Tracked): void {
    if (tracked.problemId !== this.problemId || this.log.latest(tracked.problemId) !== tracked) {
      return; // drawn when the candidate comes back to its problem
    }
    const problem = this.problems.get(tracked.problemId)?.problem;
    render(this.el.result, tracked, problem, (line, column) => {
      const model = this.editor.existing(tracked.problemId, tracked.language);
      if (model) {
        this.editor.reveal(model, line, column);
      }
    });
    const sentence = announcement(tracked, problem);
    if (this.el.announce.textContent !== sentence) {
      this.el.announce.textContent = sentence;
    }
  }

  /**
   * Watches a submission to its final state; a broken stream reconnects and resumes (the watch replays its history).
   * Its result, the problem's score and the Submissions list follow along.
   */
  private async watch(tracked: Tracked): Promise<void> {
    if (this.watching.has(tracked.id)) {
      return;
    }
    this.watching.add(tracked.id);
    try {
      await this.withReconnect("Following the result", async (progress) => {
        for await (const event of this.client.watchSubmission({ submissionId: tracked.id })) {
          progress();
          const final = apply(tracked, event);
          this.renderResult(tracked);
          if (final) {
            this.finished(tracked);
            return;
          }
        }
        throw new ConnectError("the result stream ended before the verdict", Code.Unavailable);
      });
    } catch (error) {
      const failure = classify(error);
      this.fail(failure, "Following the result");
      if (tracked.problemId === this.problemId && this.log.latest(tracked.problemId) === tracked) {
        // The submission is still judged; say so and keep what was seen.
        this.el.result.append(h("p", { class: "message" }, `The result could not be followed to the end: ${failure.message}`));
      }
    } finally {
      this.watching.delete(tracked.id);
    }
  }

  private finished(tracked: Tracked): void {
    const model = this.editor.existing(tracked.problemId, tracked.language);
    if (model && tracked.final) {
      this.editor.markCompileErrors(model, tracked.final.compileOutput);
    }
    if (tracked.mode === SubmitMode.SUBMIT) {
      this.renderTabs();
      this.renderSubmissions();
    }
  }

  // ---- failures ----

  /** Says what went wrong; action: the RUN or SUBMIT that a rate limit refused (none: both wait). */
  private fail(failure: Failure, what: string, action?: Action): void {
    switch (failure.kind) {
      case "ended":
        this.end(failure.message);
        break;
      case "throttled": {
        const until = performance.now() + failure.retryAfterMs;
        for (const refused of action ? [action] : (["run", "submit"] as const)) {
          this.throttledUntil[refused] = until;
        }
        this.updateButtons();
        showNotice("warning", "throttled", `${what} was refused: ${failure.message.replace(/[.]$/, "")}. You can try again in {s} s.`, {
          until,
          onElapsed: () => {
            clearNotice("throttled");
            this.updateButtons();
          },
        });
        break;
      }
      case "refused":
        showNotice("error", "refused", `${what} was refused: ${failure.message.trim().replace(/[.]?$/, ".")}`);
        break;
      case "connection":
        this.setConnection("lost");
        showNotice("error", "connection", `${what} failed: the server cannot be reached (${failure.message}). Check your connection and try again.`);
        break;
      case "cancelled":
        break;
    }
  }
}

/** A server's message as a sentence: capital first letter, final full stop. */
function sentence(message: string): string {
  const text = message.trim();
  if (text === "") {
    return text;
  }
  const capital = text[0].toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** 128 random bits as hex: an idempotency key (crypto.randomUUID needs a secure context; this does not). */
function randomKey(): string {
  const data = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(data, (b) => b.toString(16).padStart(2, "0")).join("");
}
