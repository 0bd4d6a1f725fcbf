// The candidate's submissions of this session, per problem, oldest first: restored from the server on load
// (Candidate.ListSubmissions), and added to as the candidate runs and submits. It gives each problem's latest result,
// its SUBMITs for the Submissions list, and its best score (what the recruiter's report counts).
import { SubmissionStatus, SubmitMode } from "../gen/judge/v1/judge_pb";
import type { CandidateSubmission } from "../gen/judge/v1/sessions_pb";
import * as fmt from "./format";
import { restore, type Tracked } from "./results";

export class SubmissionLog {
  private readonly byProblem = new Map<string, Tracked[]>();

  /** Adds the server's list (oldest first). */
  restore(listed: CandidateSubmission[]): void {
    for (const item of listed) {
      if (item.submission) {
        this.add(restore(item));
      }
    }
  }

  add(tracked: Tracked): void {
    const list = this.byProblem.get(tracked.problemId) ?? [];
    if (!list.some((t) => t.id === tracked.id)) {
      list.push(tracked);
    }
    this.byProblem.set(tracked.problemId, list);
  }

  /** The problem's last RUN or SUBMIT: what its result panel shows. */
  latest(problemId: string): Tracked | undefined {
    return this.byProblem.get(problemId)?.at(-1);
  }

  /** The problem's SUBMITs, newest first. */
  submits(problemId: string): Tracked[] {
    return (this.byProblem.get(problemId) ?? []).filter((t) => t.mode === SubmitMode.SUBMIT).reverse();
  }

  /** Every submission still waiting or being judged. */
  unfinished(): Tracked[] {
    return [...this.byProblem.values()].flat().filter((t) => t.status !== SubmissionStatus.FINISHED && !t.final);
  }

  /** "7/10": the best score of the problem's finished SUBMITs, or undefined when none finished. */
  bestScore(problemId: string): string | undefined {
    const finished = this.submits(problemId).filter((t) => t.final);
    if (finished.length === 0) {
      return undefined;
    }
    const best = finished.reduce((a, b) => (b.final!.score > a.final!.score ? b : a)).final!;
    return `${fmt.score(best.score)}/${fmt.score(best.maxScore)}`;
  }
}
