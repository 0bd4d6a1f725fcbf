using Judge.Worker.Programs;
using System.Diagnostics;
using System.Text;
using Docker.DotNet;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Bench;

/// <summary>
/// One language's figures, measured through the same sandbox code the worker uses: compile time of the
/// A+B example, each compile in a fresh container as the worker does it (the container's start is not
/// counted: the warm pool hides it), then the time per test and a bare shell loop in the last container.
/// </summary>
internal sealed class LanguageBenchmark(DockerSandboxFactory factory, WarmUpSpecs specs, Compiler compiler, IDockerClient docker, IOptions<LanguageTable> languages,
    ExampleSources sources)
{
    /// <summary>How long a prestarted compiler is given to warm up, as in a sandbox that waited in the pool.</summary>
    private static readonly TimeSpan PrestartWait = TimeSpan.FromSeconds(3);

    private const int Runs = 20;
    private static readonly byte[] Input = "1 2\n"u8.ToArray();


    /// <summary>C++ A+B as most competitive programmers write it: the one include that the C++ image precompiles.</summary>
    public const string CppWholeLibrarySource = "#include <bits/stdc++.h>\nusing namespace std;\nint main() { long long a, b; cin >> a >> b; cout << a + b << endl; }\n";

    /// <param name="label">The row's name; the language id when null.</param>
    /// <param name="source">The program compiled; the language's A+B example when null.</param>
    /// <param name="prestarted">Prestart the language's compiler in each fresh container, as the pool does, and let it warm up first.</param>
    public async Task<LanguageFigures> MeasureAsync(string id, int compiles, CancellationToken cancellationToken, string? label = null, byte[]? source = null,
        bool prestarted = false)
    {
        var language = languages.Value[id];
        var image = await docker.Images.InspectImageAsync(language.Image, cancellationToken);
        source ??= await sources.ReadAsync(id, cancellationToken);

        var compileTimes = new List<double>();
        ISandbox? sandbox = null;
        try
        {
            for (var i = 0; i < compiles; i++)
            {
                if (sandbox is not null)
                {
                    await sandbox.DisposeAsync();
                }
                sandbox = await factory.CreateAsync(specs[id], SandboxRole.Candidate, cancellationToken);
                if (prestarted && specs[id].Prestart is { } prestart)
                {
                    await sandbox.PrestartAsync(prestart, cancellationToken);
                    await Task.Delay(PrestartWait, cancellationToken);
                }
                var started = Stopwatch.GetTimestamp();
                var outcome = await compiler.CompileAsync(sandbox, language, ExampleSources.Distinct(language, source, i), cancellationToken);
                compileTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!outcome.Succeeded)
                {
                    throw new InvalidOperationException($"{id}: the example does not compile: {outcome.Output}");
                }
            }

            var roundTrips = new List<double>();
            var runnerWalls = new List<double>();
            var command = language.RunCommandFor(BenchRequests.MemoryLimitMiB);
            for (var i = 0; i < Runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var run = await BenchRequests.RunOkAsync(sandbox!, BenchRequests.Run(language, command, Input), cancellationToken);
                roundTrips.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                runnerWalls.Add(run.WallTime.TotalMilliseconds);
                if (Encoding.ASCII.GetString(run.Stdout).Trim() != "3")
                {
                    throw new InvalidOperationException($"{id}: the example answered '{Encoding.UTF8.GetString(run.Stdout)}'");
                }
            }

            return new LanguageFigures(
                label ?? id,
                await LanguageVersion.ReadAsync(sandbox!, language, cancellationToken),
                image.Size / 1048576.0,
                compiles,
                Stats.Median(compileTimes),
                Stats.Percentile(compileTimes, 95),
                Stats.Median(roundTrips),
                Stats.Median(runnerWalls),
                await BareLoopMsAsync(sandbox!, language, command, cancellationToken));
        }
        finally
        {
            if (sandbox is not null)
            {
                await sandbox.DisposeAsync();
            }
        }
    }

    /// <summary>The same command run in a shell loop inside the container: what a test costs with no judge at all.</summary>
    private static async Task<double> BareLoopMsAsync(ISandbox sandbox, LanguageDefinition language, IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        await sandbox.WriteFileAsync("/w/bench.in", Input, Convert.ToInt32("644", 8), cancellationToken);
        var quoted = string.Join(' ', command.Select(a => "'" + a.Replace("'", "'\\''") + "'"));
        var loop = $"i=0; while [ $i -lt {Runs} ]; do {quoted} < /w/bench.in > /dev/null; i=$((i+1)); done";
        var run = await BenchRequests.RunOkAsync(sandbox, BenchRequests.Run(language, ["/bin/sh", "-c", loop], []), cancellationToken);
        return run.WallTime.TotalMilliseconds / Runs;
    }
}
