using System.Globalization;
using System.Text;
using Judge.Contracts.V1;

namespace Judge.Bench;

/// <summary>
/// One row of the parallel-tests section: a problem judged with Sandbox:ParallelTests at one setting.
/// </summary>
/// <param name="ParallelTests">The worker's Sandbox:ParallelTests (1: one sandbox, not pinned).</param>
/// <param name="Submissions">Timed SUBMITs (after one untimed).</param>
/// <param name="WallMsMedian">Submit to the final WatchSubmission event, median, milliseconds.</param>
/// <param name="SpeedUp">The median with ParallelTests 1 over this one (1.00 for the row of ParallelTests 1).</param>
/// <param name="TestCpuMsMean">CPU time per test as the runner reports it (wait4), mean over every test of every timed submission, ms.</param>
/// <param name="TestCpuCv">The coefficient of variation of that CPU time (standard deviation / mean).</param>
/// <param name="TestCpuMsMin">Smallest per-test CPU time, ms.</param>
/// <param name="TestCpuMsMax">Largest per-test CPU time, ms.</param>
/// <param name="TestWallMsMean">Wall time per test as the runner reports it, mean, ms.</param>
public sealed record ParallelFigures(string Problem, int Tests, int ParallelTests, int Submissions, double WallMsMedian, double SpeedUp,
    double TestCpuMsMean, double TestCpuCv, double TestCpuMsMin, double TestCpuMsMax, double TestWallMsMean);

/// <summary>
/// Issue 16's "many cores": the same submissions judged by one worker (one submission at a time) with
/// Sandbox:ParallelTests 1 and by another with 2, submissions to the two alternating, on the whole in-process service: C++ A+B with many tiny tests, and a CPU-bound
/// C++ loop whose every test takes about --parallel-test-ms of CPU. Wall time per submission shows the speed-up; the
/// spread of per-test CPU time shows whether timing stays comparable when two tests run side by side on their own cores.
/// </summary>
internal sealed class ParallelBenchmark(ExampleSources sources)
{
    private const string Language = "cpp";

    /// <summary>Target of the CPU-bound problem's speed-up with two sandboxes, a factor.</summary>
    public const double TargetSpeedUp = 1.5;

    // The same fixed-work loop as the cpu section.
    private const string Burner = CpuTimeBenchmark.Burner;

    public async Task<List<ParallelFigures>> MeasureAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var sum = await sources.ReadAsync(Language, cancellationToken);
        var burner = Encoding.ASCII.GetBytes(Burner);
        int[] settings = [1, 2];
        // One service per setting, both up at once; their submissions alternate, so a machine whose speed drifts (or other
        // work on it) weighs on both settings alike. Enough warm sandboxes that the extra one is always ready while the last
        // submission's are wiped.
        var services = new List<BenchService>();
        try
        {
            foreach (var parallel in settings)
            {
                services.Add(await BenchService.StartAsync(workers: 1, warmPerLanguage: 4, workerConcurrency: 1, cancellationToken,
                    new Dictionary<string, string?>
                    {
                        ["Sandbox:ParallelTests"] = parallel.ToString(CultureInfo.InvariantCulture),
                        ["Worker:Languages:0"] = Language,
                    }));
            }
            var iterations = await CalibrateAsync(services[0], burner, options.ParallelTestMs, cancellationToken);
            var problems = new List<(string Name, int Tests, byte[] Source, string[] Ids)>
            {
                ($"C++ A+B, {options.ParallelSumTests} tests", options.ParallelSumTests, sum, new string[services.Count]),
                ($"C++ CPU loop, {options.ParallelBurnTests} tests of ~{options.ParallelTestMs} ms", options.ParallelBurnTests, burner, new string[services.Count]),
            };
            for (var s = 0; s < services.Count; s++)
            {
                problems[0].Ids[s] = await BenchProblem.PutAsync(services[s].Problems, options.ParallelSumTests, cancellationToken);
                problems[1].Ids[s] = await PutBurnerProblemAsync(services[s], options.ParallelBurnTests, iterations, cancellationToken);
            }
            var rows = new List<ParallelFigures>();
            foreach (var (name, tests, source, ids) in problems)
            {
                Console.Error.WriteLine($"parallel: {name}, {options.ParallelRuns} submissions with each setting, alternating");
                var judged = settings.Select(_ => new List<TimedSubmission>()).ToArray();
                for (var i = -1; i < options.ParallelRuns; i++)
                {
                    for (var s = 0; s < services.Count; s++)
                    {
                        var one = await TimedSubmission.JudgeAsync(services[s].Judge, ids[s], Language, source, SubmitMode.Submit, cancellationToken);
                        if (i >= 0)
                        {
                            // The first round is untimed: the test data is fetched into each worker's cache.
                            judged[s].Add(one);
                        }
                    }
                }
                var serialMs = Stats.Median(judged[0].Select(j => j.TotalMs).ToList());
                for (var s = 0; s < services.Count; s++)
                {
                    var cpu = judged[s].SelectMany(j => j.Final.Tests).Select(t => (double)t.CpuTimeMs).ToList();
                    var wall = Stats.Median(judged[s].Select(j => j.TotalMs).ToList());
                    rows.Add(new ParallelFigures(name, tests, settings[s], judged[s].Count, wall, serialMs / wall,
                        Stats.Mean(cpu), Stats.CoefficientOfVariation(cpu), cpu.Min(), cpu.Max(),
                        judged[s].SelectMany(j => j.Final.Tests).Average(t => (double)t.WallTimeMs)));
                }
            }
            return rows;
        }
        finally
        {
            foreach (var service in services)
            {
                await service.DisposeAsync();
            }
        }
    }

    /// <summary>Iterations of the loop that take about <paramref name="testMs"/> of CPU in the sandbox: the fastest of three probes.</summary>
    private static async Task<long> CalibrateAsync(BenchService service, byte[] burner, int testMs, CancellationToken cancellationToken)
    {
        const long probe = 100_000_000;
        var id = await PutAsync(service, "bench-burn-probe", [probe], cancellationToken);
        var fastest = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var judged = await TimedSubmission.JudgeAsync(service.Judge, id, Language, burner, SubmitMode.Submit, cancellationToken);
            fastest = Math.Min(fastest, judged.Final.Tests[0].CpuTimeMs);
        }
        return (long)(probe * testMs / Math.Max(1, fastest));
    }

    private static Task<string> PutBurnerProblemAsync(BenchService service, int tests, long iterations, CancellationToken cancellationToken) =>
        PutAsync(service, $"bench-burn-{tests}", [.. Enumerable.Range(0, tests).Select(i => iterations + i)], cancellationToken);

    /// <summary>A problem whose test i asks the loop for <paramref name="counts"/>[i] iterations; 5 s per test, 64 MiB.</summary>
    private static Task<string> PutAsync(BenchService service, string id, IReadOnlyList<long> counts, CancellationToken cancellationToken)
    {
        var data = counts.Select(n => new TestData(
            Encoding.ASCII.GetBytes($"{n}\n"),
            Encoding.ASCII.GetBytes($"{unchecked((ulong)n * (ulong)(n - 1) / 2)}\n"))).ToArray();
        var header = new ProblemHeader
        {
            Id = id,
            Title = $"CPU loop, {counts.Count} tests",
            TimeLimitMs = 5000,
            MemoryLimitMib = 64,
            Tests = { data.Select(_ => new TestCaseHeader { Points = 1 }) },
        };
        return ProblemUpload.PutAsync(service.Problems, header, data, cancellationToken);
    }

    public static MarkdownTable Table(IReadOnlyList<ParallelFigures> rows)
    {
        var table = new MarkdownTable("Parallel tests: Sandbox:ParallelTests 1 and 2, one worker judging one submission at a time (2 cores)",
            "problem", "ParallelTests", "submissions", "wall ms p50", "speed-up", "per-test CPU ms mean", "CPU CV", "CPU min ms", "CPU max ms",
            "per-test wall ms mean", "target");
        foreach (var r in rows)
        {
            var target = r.ParallelTests == 2 && r.Problem.Contains("CPU loop", StringComparison.Ordinal)
                ? Target.AtMost(-r.SpeedUp, -TargetSpeedUp, $">= {TargetSpeedUp:0.0}x")
                : "";
            table.Row(r.Problem, r.ParallelTests, r.Submissions, r.WallMsMedian, $"{r.SpeedUp:0.00}x", r.TestCpuMsMean, $"{r.TestCpuCv:P1}",
                r.TestCpuMsMin, r.TestCpuMsMax, r.TestWallMsMean, target);
        }
        return table;
    }
}
