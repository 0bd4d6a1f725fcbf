using System.Text;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Languages;

/// <summary>The first line a language's version command prints inside its own image.</summary>
internal static class LanguageVersion
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    public static async Task<string> ReadAsync(ISandbox sandbox, LanguageDefinition language, CancellationToken cancellationToken)
    {
        var run = await sandbox.ExecAsync(new ExecRequest
        {
            Command = language.VersionCommand,
            Environment = language.Environment,
            CpuTimeLimit = TimeLimit,
            WallTimeLimit = TimeLimit,
            StdoutLimitBytes = 4096,
            StderrLimitBytes = 4096,
        }, cancellationToken);
        var output = Encoding.UTF8.GetString(run.Stdout.Length > 0 ? run.Stdout : run.Stderr);
        var firstLine = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return run.Status == RunStatus.Ok && firstLine is not null
            ? firstLine
            : throw new InvalidOperationException($"version command ended {run.Status}: {run.Message} {output}".Trim());
    }
}
