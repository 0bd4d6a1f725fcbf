using Judge.Worker.Programs;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Judge.Contracts.V1;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Bench;

public sealed record OverheadFigures(string Method, int Runs, double MsPerTest, string How);

/// <summary>
/// What one test of a C++ A+B costs, five ways, against the same statically linked binary: through the
/// whole worker (API watch), through the worker's sandbox code (runner round trip + reset), a bare C
/// fork/exec loop inside the same container, `docker exec` per test, and `docker run` per test.
/// </summary>
internal sealed class OverheadBenchmark(DockerSandboxFactory factory, WarmUpSpecs specs, Compiler compiler, IOptions<LanguageTable> languages, ExampleSources sources)
{
    private const string Language = "cpp";
    private const int WarmUpSubmissions = 3;
    private static readonly byte[] Input = "1 2\n"u8.ToArray();

    public async Task<List<OverheadFigures>> MeasureAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var language = languages.Value[Language];
        var source = await sources.ReadAsync(Language, cancellationToken);
        var rows = new List<OverheadFigures>();

        Console.Error.WriteLine($"overhead: through the worker, {options.OverheadSubmissions} x {options.OverheadTests} tests, batched and not");
        rows.Add(await ThroughWorkerAsync(source, options, testBatchSize: null, cancellationToken));
        rows.Add(await ThroughWorkerAsync(source, options, testBatchSize: 1, cancellationToken));

        await using (var sandbox = await factory.CreateAsync(specs[Language], SandboxRole.Candidate, cancellationToken))
        {
            // The loop, its input and the program are all written before compiling, which seals /w.
            await sandbox.WriteFileAsync("/w/bareloop.cpp", Encoding.ASCII.GetBytes(BareLoop.Source), Convert.ToInt32("644", 8), cancellationToken);
            await sandbox.WriteFileAsync("/w/bench.in", Input, Convert.ToInt32("644", 8), cancellationToken);
            await BenchRequests.RunOkAsync(sandbox, BenchRequests.Run(language, ["/usr/bin/g++", "-O2", "-static", "-o", "/w/bareloop", "/w/bareloop.cpp"], []), cancellationToken);
            var compiled = await compiler.CompileAsync(sandbox, language, source, cancellationToken);
            if (!compiled.Succeeded)
            {
                throw new InvalidOperationException($"the C++ example does not compile: {compiled.Output}");
            }

            Console.Error.WriteLine($"overhead: runner round trip x{options.OverheadTests}, bare loops");
            rows.Add(await RunnerRoundTripAsync(sandbox, language, options.OverheadTests, cancellationToken));
            rows.Add(await PingRoundTripAsync(sandbox, options.OverheadTests, cancellationToken));
            rows.Add(await TrueRoundTripAsync(sandbox, language, options.OverheadTests, cancellationToken));
            var bare = await BenchRequests.RunOkAsync(sandbox,
                BenchRequests.Run(language, ["/w/bareloop", options.OverheadTests.ToString(CultureInfo.InvariantCulture), "/w/bench.in", "/w/main"], []), cancellationToken);
            rows.Add(new OverheadFigures("bare fork/exec loop (C) in the container", options.OverheadTests,
                double.Parse(Encoding.ASCII.GetString(bare.Stdout).Trim(), CultureInfo.InvariantCulture),
                "fork, exec with stdin from a file, drain stdout, wait; timed by the loop itself"));
            var shell = await BenchRequests.RunOkAsync(sandbox, BenchRequests.Run(language,
                ["/bin/sh", "-c", $"i=0; while [ $i -lt {options.OverheadTests} ]; do /w/main < /w/bench.in > /dev/null; i=$((i+1)); done"], []), cancellationToken);
            rows.Add(new OverheadFigures("shell loop in the container", options.OverheadTests, shell.WallTime.TotalMilliseconds / options.OverheadTests,
                "sh while loop, timed by the runner"));

            Console.Error.WriteLine($"overhead: docker exec x{options.ExecRuns}");
            rows.Add(await DockerExecAsync(sandbox.Id, options.ExecRuns, cancellationToken));
            var binary = await BenchRequests.RunOkAsync(sandbox, BenchRequests.Run(language, ["/bin/cat", "/w/main"], [], 256 << 20), cancellationToken);
            Console.Error.WriteLine($"overhead: docker run x{options.DockerRuns}");
            rows.Add(await DockerRunAsync(language.Image, binary.Stdout, options.DockerRuns, cancellationToken));
        }
        return rows;
    }

    /// <summary>
    /// The whole worker: from one test's result event to the next, as a client watching sees them. <paramref name="testBatchSize"/>:
    /// Sandbox:TestBatchSize, null for the configured one (a batch per runner request); 1 for a runner request per test, as before batches.
    /// The first submissions warm the process (the JIT compiles the judging path of the API, the worker and the client all in here).
    /// </summary>
    private static async Task<OverheadFigures> ThroughWorkerAsync(byte[] source, BenchOptions options, int? testBatchSize, CancellationToken cancellationToken)
    {
        var overrides = testBatchSize is { } size ? new Dictionary<string, string?> { ["Sandbox:TestBatchSize"] = size.ToString(CultureInfo.InvariantCulture) } : null;
        await using var service = await BenchService.StartAsync(workers: 1, warmPerLanguage: 1, workerConcurrency: 1, cancellationToken, overrides);
        var problem = await BenchProblem.PutAsync(service.Problems, options.OverheadTests, cancellationToken);
        for (var i = 0; i < WarmUpSubmissions; i++)
        {
            await TimedSubmission.JudgeAsync(service.Judge, problem, Language, source, SubmitMode.Submit, cancellationToken);
        }
        var perTest = new List<double>();
        for (var i = 0; i < options.OverheadSubmissions; i++)
        {
            var judged = await TimedSubmission.JudgeAsync(service.Judge, problem, Language, source, SubmitMode.Submit, cancellationToken);
            var events = judged.TestEventMs;
            perTest.Add((events[^1] - events[0]) / Math.Max(1, events.Count - 1));
        }
        return new OverheadFigures(testBatchSize == 1 ? "judged by the worker, one runner request per test" : "judged by the worker, through the API",
            options.OverheadSubmissions * options.OverheadTests, Stats.Median(perTest),
            $"gap between test result events on WatchSubmission; median of submissions after {WarmUpSubmissions} to warm up"
            + (testBatchSize == 1 ? "; Sandbox:TestBatchSize=1 (before batches)" : "; tests batched per runner request"));
    }

    /// <summary>What the worker does with the sandbox per test: one exec (which resets the sealed work dir as it ends).</summary>
    private static async Task<OverheadFigures> RunnerRoundTripAsync(ISandbox sandbox, LanguageDefinition language, int runs, CancellationToken cancellationToken)
    {
        var request = BenchRequests.Run(language, language.RunCommandFor(BenchRequests.MemoryLimitMiB), Input);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < runs; i++)
        {
            var run = await BenchRequests.RunOkAsync(sandbox, request, cancellationToken);
            if (Encoding.ASCII.GetString(run.Stdout).Trim() != "3" || run.SealedFilesChanged)
            {
                throw new InvalidOperationException($"the C++ example answered '{Encoding.ASCII.GetString(run.Stdout)}'");
            }
        }
        return new OverheadFigures("runner round trip (worker's sandbox code)", runs, Stopwatch.GetElapsedTime(started).TotalMilliseconds / runs,
            "ExecAsync (run and reset) over the attached stdio, from the host");
    }

    /// <summary>The channel alone: a PING to the resident runner and its reply, over the attached stdio.</summary>
    private static async Task<OverheadFigures> PingRoundTripAsync(ISandbox sandbox, int runs, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < runs; i++)
        {
            await sandbox.PingAsync(cancellationToken);
        }
        return new OverheadFigures("runner PING round trip (the channel alone)", runs, Stopwatch.GetElapsedTime(started).TotalMilliseconds / runs,
            "PingAsync over the attached stdio, from the host");
    }

    /// <summary>The runner's fixed cost of a run: /bin/true, no stdin, no output.</summary>
    private static async Task<OverheadFigures> TrueRoundTripAsync(ISandbox sandbox, LanguageDefinition language, int runs, CancellationToken cancellationToken)
    {
        var request = BenchRequests.Run(language, ["/bin/true"], []);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < runs; i++)
        {
            await BenchRequests.RunOkAsync(sandbox, request, cancellationToken);
        }
        return new OverheadFigures("runner round trip of /bin/true", runs, Stopwatch.GetElapsedTime(started).TotalMilliseconds / runs,
            "ExecAsync of /bin/true (no stdin), run and reset");
    }

    private static async Task<OverheadFigures> DockerExecAsync(string containerId, int runs, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < runs; i++)
        {
            await ExpectSumAsync(["exec", "-i", "--user", "65534:65534", containerId, "/w/main"], cancellationToken);
        }
        return new OverheadFigures("docker exec per test", runs, Stopwatch.GetElapsedTime(started).TotalMilliseconds / runs,
            "docker CLI exec -i into the warm sandbox container");
    }

    private static async Task<OverheadFigures> DockerRunAsync(string image, byte[] binary, int runs, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("the docker run figure needs a Linux host");
        }
        var folder = Directory.CreateTempSubdirectory("judge-bench-bin-");
        try
        {
            var path = Path.Combine(folder.FullName, "main");
            await File.WriteAllBytesAsync(path, binary, cancellationToken);
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            File.SetUnixFileMode(folder.FullName, File.GetUnixFileMode(path));
            string[] arguments =
            [
                "run", "--rm", "-i", "--network", "none", "--read-only", "--user", "65534:65534",
                "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "--memory", "256m", "--memory-swap", "256m",
                "--pids-limit", "64", "--cpus", "1", "--label", DockerCli.BenchLabel,
                "-v", $"{folder.FullName}:/b:ro", "--entrypoint", "/b/main", image,
            ];
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < runs; i++)
            {
                await ExpectSumAsync(arguments, cancellationToken);
            }
            return new OverheadFigures("docker run per test", runs, Stopwatch.GetElapsedTime(started).TotalMilliseconds / runs,
                "docker CLI run --rm -i --network none, same limits, binary bind-mounted read-only");
        }
        finally
        {
            await DockerCli.RemoveBenchContainersAsync(CancellationToken.None);
            folder.Delete(recursive: true);
        }
    }

    private static async Task ExpectSumAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var output = await DockerCli.RunAsync(arguments, "1 2\n", cancellationToken);
        if (output.Trim() != "3")
        {
            throw new InvalidOperationException($"docker {arguments[0]}: the C++ example answered '{output}'");
        }
    }

    public static MarkdownTable Table(IReadOnlyList<OverheadFigures> rows)
    {
        var table = new MarkdownTable("Per-test overhead: C++ A+B, the same static binary", "method", "runs", "ms per test", "vs bare loop", "target", "how");
        var bare = rows.FirstOrDefault(r => r.Method.StartsWith("bare", StringComparison.Ordinal))?.MsPerTest ?? double.NaN;
        foreach (var r in rows)
        {
            var ratio = r.MsPerTest / bare;
            var target = r.Method.StartsWith("judged", StringComparison.Ordinal) || r.Method.StartsWith("runner round trip (", StringComparison.Ordinal)
                ? Target.Below(ratio, 1.5, "< 1.5x bare")
                : "";
            table.Row(r.Method, r.Runs, r.MsPerTest, $"{ratio:0.00}x", target, r.How);
        }
        return table;
    }
}
