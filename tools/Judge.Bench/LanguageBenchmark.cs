using System.Diagnostics;
using System.Text;
using Docker.DotNet;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Bench;

/// <summary>One language's figures, measured through the same sandbox code the worker uses.</summary>
internal sealed class LanguageBenchmark(DockerSandboxFactory factory, Compiler compiler, IDockerClient docker, IOptions<LanguageTable> languages)
{
    private const int Compiles = 5;
    private const int Runs = 20;
    private const uint MemoryLimitMiB = 256;
    private static readonly byte[] Input = "1 2\n"u8.ToArray();

    public async Task<LanguageFigures> MeasureAsync(string id, string examples, CancellationToken cancellationToken)
    {
        var language = languages.Value[id];
        var image = await docker.Images.InspectImageAsync(language.Image, cancellationToken);
        var source = await File.ReadAllBytesAsync(Path.Combine(examples, "solution" + Path.GetExtension(language.SourceFile)), cancellationToken);

        await using var sandbox = await factory.CreateAsync(id, language, cancellationToken);
        var compileTimes = new List<double>();
        for (var i = 0; i < Compiles; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = await compiler.CompileAsync(sandbox, language, source, cancellationToken);
            compileTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"{id}: the example does not compile: {outcome.Output}");
            }
        }

        var roundTrips = new List<double>();
        var runnerWalls = new List<double>();
        var command = language.RunCommandFor(MemoryLimitMiB);
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var run = await sandbox.ExecAsync(Request(language, command, Input), cancellationToken);
            roundTrips.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            runnerWalls.Add(run.WallTime.TotalMilliseconds);
            if (run.Status != RunStatus.Ok || Encoding.ASCII.GetString(run.Stdout).Trim() != "3")
            {
                throw new InvalidOperationException($"{id}: the example answered {run.Status} '{Encoding.UTF8.GetString(run.Stdout)}'");
            }
        }

        return new LanguageFigures(
            id,
            await LanguageVersion.ReadAsync(sandbox, language, cancellationToken),
            image.Size / 1048576.0,
            Median(compileTimes),
            Median(roundTrips),
            Median(runnerWalls),
            await BareLoopMsAsync(sandbox, language, command, cancellationToken));
    }

    /// <summary>The same command run in a shell loop inside the container: what a test costs with no judge at all.</summary>
    private static async Task<double> BareLoopMsAsync(ISandbox sandbox, LanguageDefinition language, IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        await sandbox.WriteFileAsync("/w/bench.in", Input, Convert.ToInt32("644", 8), cancellationToken);
        var quoted = string.Join(' ', command.Select(a => "'" + a.Replace("'", "'\\''") + "'"));
        var loop = $"i=0; while [ $i -lt {Runs} ]; do {quoted} < /w/bench.in > /dev/null; i=$((i+1)); done";
        var run = await sandbox.ExecAsync(Request(language, ["/bin/sh", "-c", loop], []), cancellationToken);
        return run.Status == RunStatus.Ok
            ? run.WallTime.TotalMilliseconds / Runs
            : throw new InvalidOperationException($"bare loop ended {run.Status}: {Encoding.UTF8.GetString(run.Stderr)}");
    }

    private static ExecRequest Request(LanguageDefinition language, IReadOnlyList<string> command, byte[] stdin) => new()
    {
        Command = command,
        Environment = language.Environment,
        Stdin = stdin,
        CpuTimeLimit = TimeSpan.FromSeconds(30),
        WallTimeLimit = TimeSpan.FromSeconds(60),
        MemoryLimitBytes = (long)MemoryLimitMiB << 20,
        StdoutLimitBytes = 1 << 20,
        StderrLimitBytes = 1 << 20,
    };

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
