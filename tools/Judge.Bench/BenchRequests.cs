using Judge.Worker.Languages;
using Judge.Worker.Sandbox;

namespace Judge.Bench;

/// <summary>Exec requests with generous limits: the bench measures time, not limits.</summary>
internal static class BenchRequests
{
    public const uint MemoryLimitMiB = 256;

    public static ExecRequest Run(LanguageDefinition language, IReadOnlyList<string> command, byte[] stdin, long stdoutLimitBytes = 1 << 20) => new()
    {
        Command = command,
        Environment = language.Environment,
        Stdin = stdin,
        CpuTimeLimit = TimeSpan.FromSeconds(30),
        WallTimeLimit = TimeSpan.FromSeconds(60),
        MemoryLimitBytes = (long)MemoryLimitMiB << 20,
        StdoutLimitBytes = stdoutLimitBytes,
        StderrLimitBytes = 1 << 20,
    };

    /// <summary>Runs and insists on exit 0; returns the result.</summary>
    public static async Task<ExecResult> RunOkAsync(ISandbox sandbox, ExecRequest request, CancellationToken cancellationToken)
    {
        var run = await sandbox.ExecAsync(request, cancellationToken);
        return run.Status == RunStatus.Ok
            ? run
            : throw new InvalidOperationException(
                $"{string.Join(' ', request.Command)} ended {run.Status} ({run.Message}): {System.Text.Encoding.UTF8.GetString(run.Stderr)}{System.Text.Encoding.UTF8.GetString(run.Stdout)}");
    }
}
