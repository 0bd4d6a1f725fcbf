using Judge.Contracts.V1;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>Turns how a run ended into a verdict when the run did not end cleanly (a clean run goes to the checker).</summary>
public static class Verdicts
{
    public static Verdict ForFailedRun(RunStatus status) => status switch
    {
        RunStatus.NonZeroExit or RunStatus.Signaled => Verdict.RuntimeError,
        RunStatus.CpuTimeLimit or RunStatus.WallTimeLimit => Verdict.TimeLimitExceeded,
        RunStatus.MemoryLimit => Verdict.MemoryLimitExceeded,
        RunStatus.OutputLimit => Verdict.OutputLimitExceeded,
        _ => Verdict.InternalError,
    };
}
