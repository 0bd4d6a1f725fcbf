using System.Diagnostics;
using Google.Protobuf;
using Judge.Contracts.V1;

namespace Judge.Bench;

public sealed record ThroughputFigures(int Workers, int ConcurrencyPerWorker, int Submissions, double Seconds, double PerSecond, double P50Ms, double P95Ms);

/// <summary>
/// A mixed-language burst (the selected languages in turn, SUBMIT on the A+B problem) queued all at
/// once, with 1, 2, 4... worker hosts in this process; submissions per second from the first Submit
/// to the last final event.
/// </summary>
internal sealed class ThroughputBenchmark(ExampleSources sources)
{
    public async Task<List<ThroughputFigures>> MeasureAsync(IReadOnlyList<string> languages, BenchOptions options, CancellationToken cancellationToken)
    {
        var sourceOf = new Dictionary<string, byte[]>();
        foreach (var language in languages)
        {
            sourceOf[language] = await sources.ReadAsync(language, cancellationToken);
        }
        var rows = new List<ThroughputFigures>();
        foreach (var workers in options.Workers)
        {
            Console.Error.WriteLine($"throughput: {workers} worker host(s), {options.ThroughputSubmissions} submissions");
            await using var service = await BenchService.StartAsync(workers, warmPerLanguage: 1, options.WorkerConcurrency, cancellationToken);
            var problem = await BenchProblem.PutAsync(service.Problems, options.LatencyTests, cancellationToken);
            // Untimed, one per language, in turn: every worker's pool is warm and its code paths run once.
            foreach (var language in languages)
            {
                await TimedSubmission.JudgeAsync(service.Judge, problem, language, sourceOf[language], SubmitMode.Submit, cancellationToken);
            }

            var started = Stopwatch.GetTimestamp();
            var ids = new List<string>();
            for (var i = 0; i < options.ThroughputSubmissions; i++)
            {
                var language = languages[i % languages.Count];
                var submitted = await service.Judge.SubmitAsync(new SubmitRequest
                {
                    ProblemId = problem,
                    Language = language,
                    Source = ByteString.CopyFrom(sourceOf[language]),
                    Mode = SubmitMode.Submit,
                }, cancellationToken: cancellationToken);
                ids.Add(submitted.SubmissionId);
            }
            var judged = await Task.WhenAll(ids.Select(id => TimedSubmission.WatchAsync(service.Judge, id, started, cancellationToken)));
            var seconds = judged.Max(j => j.TotalMs) / 1000;
            var latencies = judged.Select(j => j.TotalMs).ToArray();
            rows.Add(new ThroughputFigures(workers, options.WorkerConcurrency, judged.Length, seconds, judged.Length / seconds,
                Stats.Percentile(latencies, 50), Stats.Percentile(latencies, 95)));
        }
        return rows;
    }

    public static MarkdownTable Table(IReadOnlyList<ThroughputFigures> rows, int cores)
    {
        var table = new MarkdownTable($"Throughput: mixed-language burst, SUBMIT, worker hosts in one process ({cores} cores)",
            "worker hosts", "jobs at once", "submissions", "seconds", "per second", "vs 1 host", "queue+judge p50 ms", "p95 ms", "target");
        var baseline = rows.FirstOrDefault()?.PerSecond ?? double.NaN;
        ThroughputFigures? previous = null;
        foreach (var r in rows)
        {
            var slots = r.Workers * r.ConcurrencyPerWorker;
            var target = previous is null ? "grows with workers until cores are busy"
                : slots <= cores ? (r.PerSecond > previous.PerSecond * 1.1 ? "grows: met" : "grows: MISSED")
                : "cores busy: flat expected";
            table.Row(r.Workers, slots, r.Submissions, r.Seconds, r.PerSecond, $"{r.PerSecond / baseline:0.00}x", r.P50Ms, r.P95Ms, target);
            previous = r;
        }
        return table;
    }
}
