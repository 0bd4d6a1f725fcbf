using Judge.Contracts.V1;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>
/// One run of a compiled program on stdin that is no test of the problem (a custom-input RUN's input), under
/// its language's effective limits (<see cref="RunLimits"/>) and a stdout cap of
/// <see cref="RunLimits.UncheckedStdoutBytes"/>. The same for the candidate's program and the reference solution.
/// </summary>
internal static class InputRun
{
    /// <summary>How the program ended, with a runtime's out-of-memory error turned into MEMORY_LIMIT.</summary>
    /// <exception cref="SandboxBrokenException">The runner could not run it (the job is retried).</exception>
    public static async Task<ExecResult> ExecAsync(ISandbox sandbox, LanguageDefinition language, ProblemHeader problem, RunLimits limits,
        ReadOnlyMemory<byte> input, SandboxOptions options, CancellationToken cancellationToken)
    {
        var run = await sandbox.ExecAsync(new ExecRequest
        {
            Command = language.RunCommandFor(problem.MemoryLimitMib),
            Environment = language.Environment,
            Stdin = input,
            CpuTimeLimit = limits.CpuTime,
            WallTimeLimit = limits.WallTime,
            MemoryLimitBytes = limits.JudgedMemoryBytes,
            StackLimitBytes = limits.MemoryBytes,
            StdoutLimitBytes = limits.UncheckedStdoutBytes,
            StderrLimitBytes = options.StderrLimitBytes,
            FileSizeLimitBytes = options.FileSizeLimitBytes,
        }, cancellationToken);
        if (run.Status == RunStatus.InternalError)
        {
            throw new SandboxBrokenException($"the run on custom input could not be done: {run.Message}");
        }
        return language.RanOutOfMemory(run) ? run with { Status = RunStatus.MemoryLimit } : run;
    }
}
