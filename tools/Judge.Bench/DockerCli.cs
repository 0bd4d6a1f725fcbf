using System.Diagnostics;

namespace Judge.Bench;

/// <summary>The docker command-line client, as a judge built on `docker exec` or `docker run` per test would call it.</summary>
internal static class DockerCli
{
    /// <summary>Label of every container the bench itself runs, so none outlives it.</summary>
    public const string BenchLabel = "judge.bench=1";

    /// <summary>Runs docker with these arguments, feeds stdin, and returns stdout; throws unless it exits 0.</summary>
    public static async Task<string> RunAsync(IEnumerable<string> arguments, string stdin, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("docker")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardInput.WriteAsync(stdin.AsMemory(), cancellationToken);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"docker {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {await stderr}");
    }

    /// <summary>Removes every container carrying <see cref="BenchLabel"/>.</summary>
    public static async Task RemoveBenchContainersAsync(CancellationToken cancellationToken)
    {
        var ids = (await RunAsync(["ps", "-aq", "--filter", $"label={BenchLabel}"], "", cancellationToken))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length > 0)
        {
            await RunAsync(["rm", "-f", .. ids], "", cancellationToken);
        }
    }
}
