using Judge.Contracts.V1;
using Judge.Worker.Languages;
using Microsoft.Extensions.Options;

namespace Judge.Bench;

public sealed record LatencyFigures(string Language, string Mode, int Tests, int Submissions, double P50Ms, double P95Ms, double P99Ms, double MaxMs);

/// <summary>
/// End to end through the gRPC API on an idle worker: Submit, then WatchSubmission to the final event,
/// one submission at a time, for RUN (the one sample test) and SUBMIT (every test). Every submission is a new source
/// (<see cref="ExampleSources.Distinct"/>): it compiles, as a candidate's does.
/// </summary>
internal sealed class LatencyBenchmark(ExampleSources sources, IOptions<LanguageTable> table)
{
    public async Task<List<LatencyFigures>> MeasureAsync(IReadOnlyList<string> languages, BenchOptions options, CancellationToken cancellationToken)
    {
        // Two warm sandboxes per language: the next submission never waits for a container to be made.
        await using var service = await BenchService.StartAsync(workers: 1, warmPerLanguage: 2, workerConcurrency: 1, cancellationToken);
        var problem = await BenchProblem.PutAsync(service.Problems, options.LatencyTests, cancellationToken);
        var rows = new List<LatencyFigures>();
        foreach (var language in languages)
        {
            var source = await sources.ReadAsync(language, cancellationToken);
            var n = 0; // across both modes: a SUBMIT never reuses a RUN's source
            foreach (var mode in new[] { SubmitMode.Run, SubmitMode.Submit })
            {
                Console.Error.WriteLine($"latency: {language} {mode} x{options.LatencyRuns}");
                // Untimed: the first submission of a language also pays for the worker's first use of its code paths.
                await TimedSubmission.JudgeAsync(service.Judge, problem, language, ExampleSources.Distinct(table.Value[language], source, n++), mode, cancellationToken);
                var times = new List<double>();
                int tests = 0;
                for (var i = 0; i < options.LatencyRuns; i++)
                {
                    var judged = await TimedSubmission.JudgeAsync(service.Judge, problem, language,
                        ExampleSources.Distinct(table.Value[language], source, n++), mode, cancellationToken);
                    times.Add(judged.TotalMs);
                    tests = judged.Final.Tests.Count;
                }
                rows.Add(new LatencyFigures(language, mode == SubmitMode.Run ? "RUN" : "SUBMIT", tests, times.Count,
                    Stats.Percentile(times, 50), Stats.Percentile(times, 95), Stats.Percentile(times, 99), times.Max()));
            }
        }
        return rows;
    }

    public static MarkdownTable Table(IEnumerable<LatencyFigures> rows)
    {
        var table = new MarkdownTable("End-to-end latency: Submit to final WatchSubmission event, idle worker",
            "language", "mode", "tests", "n", "p50 ms", "p95 ms", "p99 ms", "max ms", "target");
        foreach (var r in rows)
        {
            var target = r is { Language: "python", Mode: "RUN" } ? Target.Below(r.P50Ms, 100, "p50 < 100 ms") : "";
            table.Row(r.Language, r.Mode, r.Tests, r.Submissions, r.P50Ms, r.P95Ms, r.P99Ms, r.MaxMs, target);
        }
        return table;
    }
}
