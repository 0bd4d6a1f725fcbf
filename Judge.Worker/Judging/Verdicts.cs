using Judge.Contracts.V1;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>Turns how a run ended, plus the checker's answer, into a verdict.</summary>
public static class Verdicts
{
    public static Verdict ForRun(ExecResult run, Func<bool> outputAccepted) => run.Status switch
    {
        RunStatus.Ok => outputAccepted() ? Verdict.Accepted : Verdict.WrongAnswer,
        RunStatus.NonZeroExit or RunStatus.Signaled => Verdict.RuntimeError,
        RunStatus.CpuTimeLimit or RunStatus.WallTimeLimit => Verdict.TimeLimitExceeded,
        RunStatus.MemoryLimit => Verdict.MemoryLimitExceeded,
        RunStatus.OutputLimit => Verdict.OutputLimitExceeded,
        _ => Verdict.InternalError,
    };

    /// <summary>The first non-accepted test's verdict in index order, or ACCEPTED.</summary>
    public static Verdict Overall(IEnumerable<TestResult> tests) =>
        tests.OrderBy(t => t.Index).Select(t => t.Verdict).FirstOrDefault(v => v != Verdict.Accepted, Verdict.Accepted);
}
