// Names and numbers as the page shows them.
import { SubmissionStatus, Verdict } from "../gen/judge/v1/judge_pb";

const verdictLabels: Record<Verdict, string> = {
  [Verdict.UNSPECIFIED]: "Pending",
  [Verdict.ACCEPTED]: "Accepted",
  [Verdict.WRONG_ANSWER]: "Wrong answer",
  [Verdict.TIME_LIMIT_EXCEEDED]: "Time limit exceeded",
  [Verdict.MEMORY_LIMIT_EXCEEDED]: "Memory limit exceeded",
  [Verdict.RUNTIME_ERROR]: "Runtime error",
  [Verdict.COMPILATION_ERROR]: "Compilation error",
  [Verdict.OUTPUT_LIMIT_EXCEEDED]: "Output limit exceeded",
  [Verdict.INTERNAL_ERROR]: "Internal error",
  [Verdict.SKIPPED]: "Skipped",
  [Verdict.PARTIAL]: "Partially correct",
  [Verdict.NOT_CHECKED]: "Ran (nothing to compare with)",
};

/** "Wrong answer". */
export function verdictLabel(verdict: Verdict): string {
  return verdictLabels[verdict] ?? "Unknown";
}

/** The proto's name without its prefix, for attributes and tests: "WRONG_ANSWER". */
export function verdictName(verdict: Verdict): string {
  return Verdict[verdict] ?? "UNSPECIFIED";
}

/** A CSS class for a verdict's colour: good, bad, partial, neutral. */
export function verdictTone(verdict: Verdict): string {
  switch (verdict) {
    case Verdict.ACCEPTED:
      return "good";
    case Verdict.PARTIAL:
      return "partial";
    case Verdict.SKIPPED:
    case Verdict.NOT_CHECKED:
    case Verdict.UNSPECIFIED:
      return "neutral";
    default:
      return "bad";
  }
}

/** "Queued", "Compiling", ... */
export function statusLabel(status: SubmissionStatus): string {
  switch (status) {
    case SubmissionStatus.QUEUED:
      return "Queued";
    case SubmissionStatus.COMPILING:
      return "Compiling";
    case SubmissionStatus.RUNNING:
      return "Running";
    case SubmissionStatus.FINISHED:
      return "Finished";
    default:
      return "Waiting";
  }
}

/** A score: at most two decimals, no trailing zeros ("66.67", "100"). */
export function score(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, "").replace(/\.$/, "");
}

/** A time limit: "1 s", "1.5 s", "500 ms". */
export function milliseconds(ms: number): string {
  return ms >= 1000 ? `${score(ms / 1000)} s` : `${ms} ms`;
}

/** Peak memory: "12.3 MiB", "820 KiB". */
export function kibibytes(kib: bigint | number): string {
  const value = Number(kib);
  return value >= 1024 ? `${(value / 1024).toFixed(1)} MiB` : `${value} KiB`;
}

/** A duration left: "1:02:03", "4:05", "0:09". */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, "0") : String(minutes);
  return `${hours > 0 ? `${hours}:` : ""}${mm}:${String(seconds).padStart(2, "0")}`;
}

/** A moment in the candidate's local time with its zone ("14:30 UTC"), with the date when it is not today. */
export function moment(date: Date): string {
  const sameDay = date.toDateString() === new Date().toDateString();
  return sameDay
    ? date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", timeZoneName: "short" })
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "long" });
}
