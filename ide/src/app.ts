// The IDE: one session's problems, the editor, RUN and SUBMIT with their live results, the countdown, and what the
// page does when a call fails (session ended, rate limit, refused, connection lost).
import { timestampDate } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError } from "@connectrpc/connect";
import { SubmitMode, SubmissionStatus, type Language } from "../gen/judge/v1/judge_pb";
import type { CandidateProblem, CandidateSession } from "../gen/judge/v1/sessions_pb";
import { classify, type CandidateClient, type Failure } from "./api";
import { ServerClock } from "./clock";
import { byId, bytes, h, replaceChildren } from "./dom";
import { CodeEditor } from "./editor";
import * as fmt from "./format";
import type { monaco } from "./monaco";
import { clearNotice, showEnded, showNotice } from "./notices";
import { renderLimits, renderProblem } from "./problem";
import { retrying, type ConnectionState } from "./reconnect";
import { announcement, render, track, type Tracked } from "./results";
import type { SessionStore } from "./storage";
import { programTemplate } from "./templates";

/** How often the session is read again, to learn of an early end and correct the clock (ms). */
const resyncMs = 60_000;
/** Attempts to reach the server for one Submit before giving up (the idempotency key makes retries safe). */
const submitAttempts = 6;

type Action = "run" | "submit";

export class App {
  private session?: CandidateSession;
  private readonly clock = new ServerClock();
  private readonly problems = new Map<string, CandidateProblem>();
  private editor!: CodeEditor;
  private problemId?: string;
  private language?: string;
  private ended = false;
  private busy = false;
  private throttledUntil = 0;
  private resyncing = false;
  private lastResync = 0;
  private current?: Tracked;
  private currentModel?: monaco.editor.ITextModel;
  private readonly lastScores = new Map<string, string>();

  private readonly el = {
    problems: byId("problems"),
    title: byId("problem-title"),
    limits: byId("limits"),
    statement: byId("statement"),
    samples: byId("samples"),
    language: byId<HTMLSelectElement>("language"),
    reset: byId<HTMLButtonElement>("reset"),
    run: byId<HTMLButtonElement>("run"),
    submit: byId<HTMLButtonElement>("submit"),
    editor: byId("editor"),
    useCustom: byId<HTMLInputElement>("use-custom"),
    customInput: byId<HTMLTextAreaElement>("custom-input"),
    inputHint: byId("input-hint"),
    result: byId("result"),
    timeLeft: byId("time-left"),
    timer: byId("timer"),
    connection: byId("connection"),
    announce: byId("announce"),
    tabInput: byId<HTMLButtonElement>("tab-input"),
    tabResult: byId<HTMLButtonElement>("tab-result"),
    panelInput: byId("panel-input"),
    panelResult: byId("panel-result"),
  };

  constructor(
    private readonly client: CandidateClient,
    private readonly store: SessionStore,
  ) {}

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
    this.renderTabs();
    this.renderLanguages();
    const stored = this.store.problem();
    const first = session.problems.find((p) => p.problemId === stored)?.problemId ?? session.problems[0]?.problemId;
    if (first) {
      await this.selectProblem(first);
    }
    window.setInterval(() => this.tick(), 250);
    window.setInterval(() => void this.resync(), resyncMs);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") {
        void this.resync();
      }
    });
  }

  // ---- wiring ----

  private wire(): void {
    this.editor = new CodeEditor(this.el.editor, this.store, () => void this.act("run"));
    document.addEventListener("keydown", (e) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key === "Enter") {
        e.preventDefault();
        void this.act("run");
      }
    });
    this.el.run.addEventListener("click", () => void this.act("run"));
    this.el.submit.addEventListener("click", () => void this.act("submit"));
    this.el.reset.addEventListener("click", () => this.resetCode());
    this.el.language.addEventListener("change", () => this.selectLanguage(this.el.language.value));
    this.el.customInput.addEventListener("input", () => {
      if (this.problemId) {
        this.store.saveCustomInput(this.problemId, this.el.customInput.value);
      }
    });
    this.el.useCustom.addEventListener("change", () => {
      this.el.customInput.disabled = !this.el.useCustom.checked || this.ended;
    });
    this.el.tabInput.addEventListener("click", () => this.showTab("input"));
    this.el.tabResult.addEventListener("click", () => this.showTab("result"));
    this.updateButtons();
  }

  private showTab(tab: "input" | "result"): void {
    const input = tab === "input";
    this.el.tabInput.setAttribute("aria-selected", String(input));
    this.el.tabResult.setAttribute("aria-selected", String(!input));
    this.el.panelInput.hidden = !input;
    this.el.panelResult.hidden = input;
  }

  private updateButtons(): void {
    const blocked = this.ended || this.busy || !this.problems.has(this.problemId ?? "") || !this.language;
    const throttled = performance.now() < this.throttledUntil;
    this.el.run.disabled = blocked || throttled;
    this.el.submit.disabled = blocked || throttled;
    this.el.reset.disabled = this.ended || !this.language;
    this.el.useCustom.disabled = this.ended;
    this.el.customInput.disabled = this.ended || !this.el.useCustom.checked;
    this.el.run.setAttribute("aria-busy", String(this.busy));
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
    if (!session.open) {
      const now = this.clock.now();
      const startsAt = session.startsAt ? timestampDate(session.startsAt).getTime() : 0;
      if (now < startsAt) {
        showNotice("info", "not-started", `The assessment starts at ${fmt.moment(new Date(startsAt))}; this page opens it then.`);
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
          this.lastScores.has(p.problemId) ? h("span", { class: "tab-score", "data-testid": "tab-score" }, this.lastScores.get(p.problemId)!) : null,
        );
        tab.addEventListener("click", () => void this.selectProblem(p.problemId));
        return tab;
      }),
    );
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
    if (this.current && this.currentModel && this.current.problem.id === problemId) {
      this.renderCurrent(this.current, this.currentModel);
    } else {
      replaceChildren(this.el.result, h("p", { class: "muted", "data-testid": "no-result" }, "Run your code to see its output here. Ctrl+Enter runs."));
    }
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
    this.editor.show(this.model(problemId, language), this.ended);
    this.updateButtons();
  }

  private startingCode(problemId: string, language: string): string {
    const problem = this.problems.get(problemId)?.problem;
    const stub = problem?.stubs.find((s) => s.language === language);
    if (stub) {
      return stub.source;
    }
    return problem?.signature ? "" : programTemplate(language);
  }

  private model(problemId: string, language: string): monaco.editor.ITextModel {
    return this.editor.model(problemId, language, () => this.startingCode(problemId, language));
  }

  private resetCode(): void {
    if (!this.problemId || !this.language || this.ended) {
      return;
    }
    if (!window.confirm("Replace your code in this language with the starting code? This cannot be undone after a reload.")) {
      return;
    }
    const model = this.model(this.problemId, this.language);
    this.editor.replace(model, this.startingCode(this.problemId, this.language));
    this.store.saveCode(this.problemId, this.language, model.getValue());
  }

  // ---- RUN and SUBMIT ----

  private async act(action: Action): Promise<void> {
    if (this.ended || this.busy || !this.problemId || !this.language || performance.now() < this.throttledUntil) {
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
    const custom = action === "run" && this.el.useCustom.checked ? this.el.customInput.value : undefined;
    this.busy = true;
    this.updateButtons();
    clearNotice("refused");
    clearNotice("throttled");
    clearNotice("empty");
    this.editor.markCompileErrors(model, "");
    this.showTab("result");
    const previous = Array.from(this.el.result.childNodes);
    replaceChildren(this.el.result, h("p", { class: "muted" }, action === "run" ? "Sending your run…" : "Sending your submission…"));
    const idempotencyKey = randomKey();
    let tracked: Tracked | undefined;
    try {
      const response = await this.withReconnect(
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
      );
      tracked = track(response.submissionId, mode, language, problem, custom);
      this.current = tracked;
      this.currentModel = model;
      this.renderCurrent(tracked, model);
      await this.follow(tracked, model);
      if (tracked.final && mode === SubmitMode.SUBMIT) {
        this.lastScores.set(problem.id, `${fmt.score(tracked.final.score)}/${fmt.score(tracked.final.maxScore)}`);
        this.renderTabs();
      }
    } catch (error) {
      const failure = classify(error);
      this.fail(failure, action === "run" ? "The run" : "The submission");
      if (tracked && !tracked.final) {
        // Sent, but the watch failed for good: the submission is still judged; say so and keep what was seen.
        this.el.result.append(h("p", { class: "message" }, `The result could not be followed to the end: ${failure.message}`));
      } else {
        // Not sent: the previous result stays, and the notice says why.
        this.el.result.replaceChildren(...previous);
      }
    } finally {
      this.busy = false;
      this.updateButtons();
    }
  }

  private renderCurrent(tracked: Tracked, model: monaco.editor.ITextModel): void {
    if (this.current !== tracked || tracked.problem.id !== this.problemId) {
      return; // another problem is shown; its result is drawn when the candidate comes back to it
    }
    render(this.el.result, tracked, (line, column) => this.editor.reveal(model, line, column));
    const sentence = announcement(tracked);
    if (this.el.announce.textContent !== sentence) {
      this.el.announce.textContent = sentence;
    }
  }

  /** Watches a submission to its final state; a broken stream reconnects and resumes (the watch replays history). */
  private async follow(tracked: Tracked, model: monaco.editor.ITextModel): Promise<void> {
    let attempt = 0;
    await this.withReconnect(
      "Following the result",
      async (progress) => {
        for await (const event of this.client.watchSubmission({ submissionId: tracked.id })) {
          progress();
          switch (event.event.case) {
            case "status":
              if (event.event.value.attempt > attempt) {
                // The job was delivered again (a worker was lost): its tests start over.
                attempt = event.event.value.attempt;
                tracked.tests.clear();
              }
              tracked.status = event.event.value.status;
              break;
            case "test":
              tracked.tests.set(event.event.value.index, event.event.value);
              break;
            case "final": {
              const final = event.event.value;
              tracked.final = final;
              tracked.status = SubmissionStatus.FINISHED;
              tracked.tests = new Map(final.tests.map((t) => [t.index, t]));
              this.renderCurrent(tracked, model);
              this.editor.markCompileErrors(model, final.compileOutput);
              return;
            }
          }
          this.renderCurrent(tracked, model);
        }
        throw new ConnectError("the result stream ended before the verdict", Code.Unavailable);
      },
      Infinity,
    );
  }

  // ---- failures ----

  private fail(failure: Failure, what: string): void {
    switch (failure.kind) {
      case "ended":
        this.end(failure.message);
        break;
      case "throttled": {
        this.throttledUntil = performance.now() + failure.retryAfterMs;
        this.updateButtons();
        showNotice("warning", "throttled", `${what} was refused: ${failure.message.replace(/[.]$/, "")}. You can try again in {s} s.`, {
          until: this.throttledUntil,
          onElapsed: () => {
            clearNotice("throttled");
            this.updateButtons();
          },
        });
        break;
      }
      case "refused":
        showNotice("error", "refused", `${what} was refused (${failure.code}): ${failure.message}`);
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
