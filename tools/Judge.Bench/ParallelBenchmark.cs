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
/// <param name="SpeedUp">The median with ParallelTests 1 over this one (1.00 for the first row of a problem).</param>
/// <param name="TestCpuMsMean">CPU time per test as the runner reports it (wait4), mean over every test of every timed submission, ms.</param>
/// <param name="TestCpuCv">The coefficient of variation of that CPU time (standard deviation / mean).</param>
/// <param name="TestCpuMsMin">Smallest per-test CPU time, ms.</param>
/// <param name="TestCpuMsMax">Largest per-test CPU time, ms.</param>
/// <param name="TestWallMsMean">Wall time per test as the runner reports it, mean, ms.</param>
public sealed record ParallelFigures(string Problem, int Tests, int ParallelTests, int Submissions, double WallMsMedian, double SpeedUp,
    double TestCpuMsMean, double TestCpuCv, double TestCpuMsMin, double TestCpuMsMax, double TestWallMsMean);

/// <summary>
/// Issue 16's "many cores": the same submissions judged by one worker (one submission at a time) with
/// Sandbox:ParallelTests 1 and then 2, on the whole in-process service: C++ A+B with many tiny tests, and a CPU-bound
/// C++ loop whose every test takes about --parallel-test-ms of CPU. Wall time per submission shows the speed-up; the
/// spread of per-test CPU time shows whether timing stays comparable when two tests run side by side on their own cores.
/// </summary>
internal sealed class ParallelBenchmark(ExampleSources sources)
{
    private const string Language = "cpp";

    /// <summary>Target of the CPU-bound problem's speed-up with two sandboxes, a factor.</summary>
    public const double TargetSpeedUp = 1.5;

    // The same fixed-work loop as the cpu section; its output, n(n-1)/2 mod 2^64, is known without running it.
    private const string Burner = """
        #include <cstdio>
        int main() {
            unsigned long long n;
            if (std::scanf("%llu", &n) != 1) return 1;
            volatile unsigned long long x = 0;
            for (unsigned long long i = 0; i < n; i++) x += i;
            std::printf("%llu\n", (unsigned long long)x);
        }
        """;

    public async Task<List<ParallelFigures>> MeasureAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var sum = await sources.ReadAsync(Language, cancellationToken);
        var burner = Encoding.ASCII.GetBytes(Burner);
        long iterations = 0;
        var rows = new List<ParallelFigures>();
        foreach (var parallel in new[] { 1, 2 })
        {
            // Enough warm sandboxes that the extra one is always ready while the last submission's are wiped.
            await using var service = await BenchService.StartAsync(workers: 1, warmPerLanguage: 4, workerConcurrency: 1, cancellationToken,
                new Dictionary<string, string?>
                {
                    ["Sandbox:ParallelTests"] = parallel.ToString(CultureInfo.InvariantCulture),
                    ["Worker:Languages:0"] = Language,
                });
            if (iterations == 0)
            {
                iterations = await CalibrateAsync(service, burner, options.ParallelTestMs, cancellationToken);
            }
            var sumId = await BenchProblem.PutAsync(service.Problems, options.ParallelSumTests, cancellationToken);
            var burnId = await PutBurnerProblemAsync(service, options.ParallelBurnTests, iterations, cancellationToken);
            foreach (var (problem, id, source, tests) in new[]
            {
                ($"C++ A+B, {options.ParallelSumTests} tests", sumId, sum, options.ParallelSumTests),
                ($"C++ CPU loop, {options.ParallelBurnTests} tests of ~{options.ParallelTestMs} ms", burnId, burner, options.ParallelBurnTests),
            })
            {
                Console.Error.WriteLine($"parallel: ParallelTests={parallel}, {problem}, {options.ParallelRuns} submissions");
                await TimedSubmission.JudgeAsync(service.Judge, id, Language, source, SubmitMode.Submit, cancellationToken);
                var judged = new List<TimedSubmission>();
                for (var i = 0; i < options.ParallelRuns; i++)
                {
                    judged.Add(await TimedSubmission.JudgeAsync(service.Judge, id, Language, source, SubmitMode.Submit, cancellationToken));
                }
                var cpu = judged.SelectMany(j => j.Final.Tests).Select(t => (double)t.CpuTimeMs).ToList();
                var wall = Stats.Median(judged.Select(j => j.TotalMs).ToList());
                var baseline = rows.FirstOrDefault(r => r.Problem == problem);
                rows.Add(new ParallelFigures(problem, tests, parallel, judged.Count, wall, baseline is null ? 1 : baseline.WallMsMedian / wall,
                    Stats.Mean(cpu), Stats.CoefficientOfVariation(cpu), cpu.Min(), cpu.Max(),
                    judged.SelectMany(j => j.Final.Tests).Average(t => (double)t.WallTimeMs)));
            }
        }
        return [.. rows.OrderBy(r => r.Problem, StringComparer.Ordinal).ThenBy(r => r.ParallelTests)];
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
