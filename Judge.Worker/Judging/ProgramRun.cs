using Judge.Worker.Languages;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>
/// One run of a compiled program (a test, a custom input, the reference solution on it), the request built by
/// <see cref="RunLimits.RunRequest"/>: how it ended, with a runtime's out-of-memory error turned into MEMORY_LIMIT and a
/// return value over its cap into OUTPUT_LIMIT.
/// </summary>
internal static class ProgramRun
{
    /// <exception cref="SandboxBrokenException">The runner could not run it (the job is retried); <paramref name="what"/> names the run.</exception>
    public static async Task<ExecResult> ExecAsync(ISandbox sandbox, LanguageDefinition language, ExecRequest request, string what,
        CancellationToken cancellationToken)
    {
        return Classify(language, request, await sandbox.ExecAsync(request, cancellationToken), what);
    }

    /// <summary>How a run of <paramref name="request"/> ended, as <see cref="ExecAsync"/> says (for a run of a batch too).</summary>
    /// <exception cref="SandboxBrokenException">The runner could not run it; <paramref name="what"/> names the run.</exception>
    public static ExecResult Classify(LanguageDefinition language, ExecRequest request, ExecResult run, string what)
    {
        if (run.Status == RunStatus.InternalError)
        {
            throw new SandboxBrokenException($"{what} could not be run: {run.Message}");
        }
        if (language.RanOutOfMemory(run))
        {
            return run with { Status = RunStatus.MemoryLimit };
        }
        return run.Status == RunStatus.Ok && run.ReturnValue?.Length > request.ReturnValueLimitBytes
            ? run with { Status = RunStatus.OutputLimit }
            : run;
    }

    /// <summary>What the checker judges: a function's return value when the run has that channel, otherwise stdout.</summary>
    public static byte[] Answer(ExecResult run) => run.ReturnValue ?? run.Stdout;
}
