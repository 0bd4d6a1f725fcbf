using System.Diagnostics;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// A burst of submissions (150 unless JUDGE_LOAD_SUBMISSIONS says otherwise; mixed languages, some
/// hostile) through the API: every one reaches one final verdict, the right one, and none is judged
/// twice. Prints the throughput and latency percentiles. Bounded: it fails after JUDGE_LOAD_TIMEOUT_S
/// (default 1,200 s).
/// </summary>
[NonParallelizable]
public class LoadTests
{
    private static readonly int Count = int.TryParse(Environment.GetEnvironmentVariable("JUDGE_LOAD_SUBMISSIONS"), out var n) ? n : 150;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("JUDGE_LOAD_TIMEOUT_S"), out var s) ? s : 1200);
    private const int SubmitConcurrency = 32;

    private sealed record Kind(string Language, string Source, int Weight, params Verdict[] Expected);

    /// <summary>The mix, by weight out of 100.</summary>
    private static IReadOnlyList<Kind> Mix() =>
    [
        new("python", Programs.Get("python", "sum"), 55, Verdict.Accepted),
        new("python", Programs.Get("python", "wrong"), 5, Verdict.WrongAnswer),
        new("python", Programs.Get("python", "crash"), 4, Verdict.RuntimeError),
        new("javascript", Programs.Get("javascript", "sum"), 10, Verdict.Accepted),
        new("go", Programs.Get("go", "sum"), 5, Verdict.Accepted),
        new("cpp", Programs.Get("cpp", "sum"), 5, Verdict.Accepted),
        new("python", Programs.Hostile("python", "stdout_flood"), 5, Verdict.OutputLimitExceeded),
        new("python", Programs.Hostile("python", "kill_everything"), 5, Verdict.Accepted),
        new("python", Programs.Hostile("python", "forkbomb"), 1, Verdict.TimeLimitExceeded, Verdict.RuntimeError),
        new("cpp", Programs.Hostile("cpp", "forbidden_syscalls"), 5, Verdict.WrongAnswer),
    ];

    [Test]
    public async Task A_burst_of_submissions_all_reach_one_final_verdict_each()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 1, new Dictionary<string, string?>
        {
            ["Sandbox:WarmPerLanguage"] = "2",
            ["Api:MaxQueuedSubmissions"] = (Count + 100).ToString(),
        });
        await judge.Problems.PutAsync("sum", [ProblemTest.Text("1 2\n", "3\n"), ProblemTest.Text("40 2\n", "42\n")]);
        var mix = Mix();
        var plan = Enumerable.Range(0, Count).Select(i => Pick(mix, i)).ToList();

        var clock = Stopwatch.StartNew();
        var ids = new string[Count];
        await Parallel.ForAsync(0, Count, new ParallelOptions { MaxDegreeOfParallelism = SubmitConcurrency }, async (i, token) =>
            ids[i] = (await judge.Judge.SubmitAsync(SubmissionCalls.Request("sum", plan[i].Language, plan[i].Source), cancellationToken: token)).SubmissionId);
        var submitted = clock.Elapsed;

        var finals = new Submission?[Count];
        while (finals.Any(f => f is null))
        {
            Assert.That(clock.Elapsed, Is.LessThan(Timeout), $"{finals.Count(f => f is null)} of {Count} not finished in time");
            await Task.Delay(1000);
            await Parallel.ForAsync(0, Count, new ParallelOptions { MaxDegreeOfParallelism = SubmitConcurrency }, async (i, token) =>
            {
                if (finals[i] is null)
                {
                    var state = await judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = ids[i] }, cancellationToken: token);
                    finals[i] = state.Status == SubmissionStatus.Finished ? state : null;
                }
            });
        }
        var elapsed = clock.Elapsed;

        var redis = await judge.RedisAsync();
        var finalEvents = new int[Count];
        await Parallel.ForAsync(0, Count, new ParallelOptions { MaxDegreeOfParallelism = SubmitConcurrency }, async (i, _) =>
            finalEvents[i] = (await redis.StreamRangeAsync($"{judge.KeyPrefix}submission:{ids[i]}:events"))
                .Count(e => SubmissionEvent.Parser.ParseFrom((byte[])e["e"]!).EventCase == SubmissionEvent.EventOneofCase.Final));

        var latencies = finals.Select(f => (f!.FinishedAt.ToDateTime() - f.CreatedAt.ToDateTime()).TotalMilliseconds).Order().ToList();
        TestContext.Progress.WriteLine(
            $"load: {Count} submissions, submitted in {submitted.TotalSeconds:0.0} s, all final after {elapsed.TotalSeconds:0.0} s: " +
            $"{Count / elapsed.TotalSeconds:0.0} submissions/s; latency submit->final p50 {Percentile(latencies, 50):0} ms, " +
            $"p95 {Percentile(latencies, 95):0} ms, p99 {Percentile(latencies, 99):0} ms, max {latencies[^1]:0} ms; " +
            $"attempts > 1: {finals.Count(f => f!.Attempt > 1)}");
        var wrong = Enumerable.Range(0, Count).Where(i => !plan[i].Expected.Contains(finals[i]!.Verdict))
            .Select(i => $"{plan[i].Language} expected {string.Join("/", plan[i].Expected)} got {finals[i]!.Verdict} {finals[i]!.Message}").Take(10).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids.Distinct().Count(), Is.EqualTo(Count), "one submission per call");
            Assert.That(wrong, Is.Empty, "every verdict is the expected one");
            Assert.That(finalEvents, Is.All.EqualTo(1), "each submission has exactly one final event: none judged twice");
        });
    }

    private static Kind Pick(IReadOnlyList<Kind> mix, int i)
    {
        var slot = i * 37 % 100;  // spreads the kinds through the burst, the same way every run
        foreach (var kind in mix)
        {
            if (slot < kind.Weight)
            {
                return kind;
            }
            slot -= kind.Weight;
        }
        return mix[0];
    }

    private static double Percentile(IReadOnlyList<double> sorted, int percent) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}
