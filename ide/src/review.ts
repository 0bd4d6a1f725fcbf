// The replay page (review.html): one session's recorded activity for a reviewer holding a reviewer link
// (#<reviewer token>), read-only. A slider over the session's time, play and pause at 1x to 16x, markers for pastes,
// focus losses, RUNs and SUBMITs (with their verdicts; a marker moves the slider to its time), a choice of problem and
// language, and the text at the chosen moment in a read-only editor, rebuilt by replay.ts.
import "./style.css";
import { createClient, type Client, type Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { timestampMs } from "@bufbuild/protobuf/wkt";
import { SubmitMode, Verdict } from "../gen/judge/v1/judge_pb";
import type { ActivityEvent, SubmissionMarker } from "../gen/judge/v1/integrity_pb";
import { Review, type SessionReport } from "../gen/judge/v1/sessions_pb";
import { classify } from "./api";
import { byId, h, replaceChildren } from "./dom";
import * as fmt from "./format";
import { monaco } from "./monaco";
import { editorsOf, eventMs, textAt } from "./replay";
import { editorLanguage } from "./templates";

const storageKey = "judge-review/token";
const tickMs = 100;

type Marker = { kind: "paste" | "focus" | "run" | "submit"; atMs: number; label: string; verdict?: string; problemId: string; language: string };

/** The token from the fragment (then removed from the address bar), or after a reload from this tab's storage. */
function reviewerToken(): string | null {
  const fromAddress = location.hash.replace(/^#/, "").trim();
  if (fromAddress !== "") {
    sessionStorage.setItem(storageKey, fromAddress);
    history.replaceState(history.state, "", location.pathname + location.search);
    return fromAddress;
  }
  return sessionStorage.getItem(storageKey);
}

function reviewClient(token: string): Client<typeof Review> {
  const bearer: Interceptor = (next) => async (request) => {
    request.header.set("authorization", `Bearer ${token}`);
    return next(request);
  };
  return createClient(Review, createGrpcWebTransport({ baseUrl: location.origin, interceptors: [bearer], useBinaryFormat: true }));
}

function verdictName(verdict: Verdict): string {
  return (Verdict[verdict] ?? "UNSPECIFIED").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
}

class ReplayPage {
  private events: ActivityEvent[] = [];
  private submissions: SubmissionMarker[] = [];
  private startMs = 0;
  private endMs = 0;
  private atMs = 0;
  private playing: number | undefined;
  private readonly model = monaco.editor.createModel("", "plaintext");
  private readonly el = {
    title: byId("review-title"),
    status: byId("review-status"),
    editorChoice: byId<HTMLSelectElement>("replay-editor"),
    slider: byId<HTMLInputElement>("replay-slider"),
    markers: byId("replay-markers"),
    time: byId("replay-time"),
    play: byId<HTMLButtonElement>("replay-play"),
    speed: byId<HTMLSelectElement>("replay-speed"),
    source: byId("replay-source"),
    signals: byId("replay-signals"),
  };

  constructor() {
    monaco.editor.create(byId("replay-code"), {
      model: this.model,
      readOnly: true,
      readOnlyMessage: { value: "A replay cannot be edited." },
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontFamily: "ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
      ariaLabel: "The candidate's code at the chosen moment (read-only)",
    });
    this.el.slider.addEventListener("input", () => this.seek(Number(this.el.slider.value)));
    this.el.editorChoice.addEventListener("change", () => this.render());
    this.el.play.addEventListener("click", () => (this.playing === undefined ? this.play() : this.pause()));
  }

  async load(token: string): Promise<void> {
    const client = reviewClient(token);
    try {
      const review = await client.getReview({});
      this.events = [...review.timeline?.events ?? []];
      this.submissions = [...review.timeline?.submissions ?? []];
      let next = review.timeline?.nextPageToken ?? "";
      while (next !== "") {
        const page = await client.getReviewTimeline({ pageToken: next, pageSize: 5000 });
        this.events.push(...page.events);
        next = page.nextPageToken;
      }
      this.show(review.report, review.timeline?.droppedEvents ?? 0);
    } catch (error) {
      const failure = classify(error);
      this.el.status.textContent = `The replay could not be loaded: ${failure.message}`;
      this.el.status.dataset.state = "failed";
      document.body.dataset.ready = "true";
    }
  }

  private show(report: SessionReport | undefined, dropped: number): void {
    const session = report?.session;
    this.el.title.textContent = `Replay of ${session?.candidateRef || "a candidate"}'s session`;
    document.title = `Replay · ${session?.candidateRef ?? ""}`;
    const times = [...this.events.map(eventMs), ...this.submissions.map((s) => (s.at ? timestampMs(s.at) : 0))].filter((t) => t > 0);
    this.startMs = times.length ? Math.min(...times) : 0;
    this.endMs = times.length ? Math.max(...times) : 0;
    this.el.slider.min = String(this.startMs);
    this.el.slider.max = String(this.endMs);
    this.el.slider.step = "1";
    const editors = editorsOf(this.events, this.submissions);
    replaceChildren(this.el.editorChoice, ...editors.map((e) => h("option", { value: `${e.problemId}\u0000${e.language}` }, `${e.problemId} · ${e.language}`)));
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    this.el.status.textContent = `${count(this.events.length, "recorded event", "recorded events")}, ${count(this.submissions.length, "RUN or SUBMIT", "RUNs and SUBMITs")}` +
      (dropped > 0 ? `; ${dropped} events were not kept (the session's cap)` : "");
    this.el.status.dataset.state = "ready";
    this.renderSignals(report);
    this.seek(this.endMs);
    document.body.dataset.ready = "true";
  }

  private chosen(): { problemId: string; language: string } {
    const [problemId, language] = (this.el.editorChoice.value || "\u0000").split("\u0000");
    return { problemId, language };
  }

  private markers(): Marker[] {
    const { problemId } = this.chosen();
    const markers: Marker[] = [];
    let away = false;
    let focused = true;
    let visible = true;
    for (const e of this.events) {
      if (e.kind.case === "focus" || e.kind.case === "visible") {
        if (e.kind.case === "focus") {
          focused = e.kind.value;
        } else {
          visible = e.kind.value;
        }
        const nowAway = !focused || !visible;
        if (nowAway && !away) {
          markers.push({ kind: "focus", atMs: eventMs(e), label: "Left the page", problemId: e.problemId, language: e.language });
        }
        away = nowAway;
      } else if (e.kind.case === "paste" && e.problemId === problemId) {
        markers.push({ kind: "paste", atMs: eventMs(e), label: `Paste of ${e.kind.value.length} characters`, problemId: e.problemId, language: e.language });
      }
    }
    for (const s of this.submissions.filter((s) => s.problemId === problemId)) {
      const run = s.mode === SubmitMode.RUN;
      const verdict = verdictName(s.verdict);
      markers.push({
        kind: run ? "run" : "submit", atMs: s.at ? timestampMs(s.at) : 0, verdict, problemId: s.problemId, language: s.language,
        label: `${run ? "RUN" : "SUBMIT"} in ${s.language}: ${verdict === "UNSPECIFIED" ? "not finished" : verdict.replace(/_/g, " ").toLowerCase()}`,
      });
    }
    return markers.sort((a, b) => a.atMs - b.atMs);
  }

  private seek(ms: number): void {
    this.atMs = Math.min(Math.max(ms, this.startMs), this.endMs);
    this.render();
  }

  private render(): void {
    const { problemId, language } = this.chosen();
    this.el.slider.value = String(this.atMs);
    const text = textAt(this.events, problemId, language, this.atMs) ?? "";
    if (this.model.getValue() !== text) {
      this.model.setValue(text);
    }
    monaco.editor.setModelLanguage(this.model, editorLanguage(language));
    this.el.source.textContent = text;
    this.el.time.textContent = `${fmt.moment(new Date(this.atMs))} (+${clock(this.atMs - this.startMs)})`;
    this.el.slider.setAttribute("aria-valuetext", this.el.time.textContent);
    const span = Math.max(1, this.endMs - this.startMs);
    replaceChildren(this.el.markers, ...this.markers().map((m) => {
      const button = h("button", {
        type: "button", class: `marker marker-${m.kind}`, "data-testid": "marker", "data-kind": m.kind, "data-at": String(m.atMs),
        "data-verdict": m.verdict, title: `${m.label}, at +${clock(m.atMs - this.startMs)}`, "aria-label": `${m.label}, at +${clock(m.atMs - this.startMs)}`,
        style: `left: ${((m.atMs - this.startMs) / span) * 100}%`,
      });
      button.addEventListener("click", () => {
        this.pause();
        if (m.kind === "run" || m.kind === "submit") {
          this.el.editorChoice.value = `${m.problemId}\u0000${m.language}`;
        }
        this.seek(m.atMs);
      });
      return button;
    }));
  }

  private play(): void {
    if (this.atMs >= this.endMs) {
      this.atMs = this.startMs;
    }
    this.el.play.textContent = "Pause";
    this.el.play.setAttribute("aria-pressed", "true");
    this.playing = window.setInterval(() => {
      this.seek(this.atMs + tickMs * Number(this.el.speed.value));
      if (this.atMs >= this.endMs) {
        this.pause();
      }
    }, tickMs);
  }

  private pause(): void {
    window.clearInterval(this.playing);
    this.playing = undefined;
    this.el.play.textContent = "Play";
    this.el.play.setAttribute("aria-pressed", "false");
  }

  private renderSignals(report: SessionReport | undefined): void {
    const seconds = (d?: { seconds: bigint; nanos: number }) => (d ? clock(Number(d.seconds) * 1000 + d.nanos / 1e6) : "–");
    const rows = (report?.problems ?? []).map((p) => {
      const s = p.signals;
      return h("tr", { "data-testid": "signals-row" },
        h("th", { scope: "row" }, p.problemId),
        h("td", {}, String(s?.pasteCount ?? 0)),
        h("td", {}, String(s?.largestPaste ?? 0)),
        h("td", {}, `${Math.round((s?.pastedShare ?? 0) * 100)}%`),
        h("td", {}, String(s?.focusLosses ?? 0)),
        h("td", {}, seconds(s?.timeAway)),
        h("td", {}, seconds(s?.toFirstEdit)),
        h("td", {}, seconds(s?.toFirstSubmit)),
        h("td", {}, `${s?.typingBursts ?? 0} / ${s?.typedChars ?? 0}`));
    });
    const head = ["Problem", "Pastes", "Largest", "Pasted share", "Focus losses", "Time away", "To first edit", "To first SUBMIT", "Bursts / typed"];
    replaceChildren(this.el.signals,
      h("caption", {}, "Signals (facts about how the code was written; see docs/integrity.md)"),
      h("thead", {}, h("tr", {}, ...head.map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, ...rows));
  }
}

/** "m:ss" (or "h:mm:ss") of a duration in ms. */
function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

const token = reviewerToken();
const page = new ReplayPage();
if (token) {
  void page.load(token);
} else {
  byId("review-status").textContent = "Open this page from a reviewer link: the link's #… part is missing.";
  document.body.dataset.ready = "true";
}
