using Judge.Contracts.V1;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>Turns how a run ended into a verdict when the run did not end cleanly (a clean run goes to the checker).</summary>
public static class Verdicts
{
    /// <summary>The verdict of a run that did not end cleanly; a starved one (<see cref="ExecResult.Starved"/>) is INTERNAL_ERROR, never the program's fault.</summary>
    public static Verdict ForFailedRun(ExecResult run) => run.Starved ? Verdict.InternalError : ForFailedRun(run.Status);

    /// <summary>
    /// For a run the wall clock stopped (not its CPU time, and not starved): that it was the wall clock, with its CPU time
    /// and its wait for a CPU beside it; "" otherwise. Idle time is what ran out: a program waiting for input it never gets.
    /// </summary>
    public static string WallClockStop(ExecResult run) => run.Status == RunStatus.WallTimeLimit && !run.Starved
        ? $"stopped by the wall clock after {Milliseconds(run.WallTime)} ms, with {Milliseconds(run.CpuTime)} ms of CPU time " +
          $"and {Milliseconds(run.CpuWait)} ms waiting for a CPU: the program was idle (sleeping, or waiting for input or output) for the rest"
        : "";

    /// <summary>A duration in whole milliseconds, rounded as a test's figures are (<c>Math.Round</c>).</summary>
    public static uint Milliseconds(TimeSpan value) => (uint)Math.Round(value.TotalMilliseconds);

    public static Verdict ForFailedRun(RunStatus status) => status switch
    {
        RunStatus.NonZeroExit or RunStatus.Signaled => Verdict.RuntimeError,
        RunStatus.CpuTimeLimit or RunStatus.WallTimeLimit => Verdict.TimeLimitExceeded,
        RunStatus.MemoryLimit => Verdict.MemoryLimitExceeded,
        RunStatus.OutputLimit => Verdict.OutputLimitExceeded,
        _ => Verdict.InternalError,
    };
}
