using Judge.Worker.Languages;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>
/// One run of a compiled program (a test, a custom input, the reference solution on it), the request built by
/// <see cref="RunLimits.RunRequest"/>: how it ended, with a runtime's out-of-memory error turned into MEMORY_LIMIT.
/// </summary>
internal static class ProgramRun
{
    /// <exception cref="SandboxBrokenException">The runner could not run it (the job is retried); <paramref name="what"/> names the run.</exception>
    public static async Task<ExecResult> ExecAsync(ISandbox sandbox, LanguageDefinition language, ExecRequest request, string what,
        CancellationToken cancellationToken)
    {
        var run = await sandbox.ExecAsync(request, cancellationToken);
        if (run.Status == RunStatus.InternalError)
        {
            throw new SandboxBrokenException($"{what} could not be run: {run.Message}");
        }
        return language.RanOutOfMemory(run) ? run with { Status = RunStatus.MemoryLimit } : run;
    }
}
