using Judge.Testbed;
using System.Diagnostics;
using Google.Protobuf;
using Judge.Contracts.V1;

namespace Judge.Bench;

/// <summary>One burst of the scaling drill: worker processes, submissions, how long until all were judged.</summary>
public sealed record ScalingBurst(string Scenario, int Workers, int Submissions, int Accepted, int TakenOver, double Seconds, double PerSecond,
    double PeakLag, double PeakLength, IReadOnlyList<QueueReading> Queue);

/// <summary>
/// The scaling drill: a burst of SUBMITs judged by 1, 2 and 3 worker processes (one job at a time each), and a burst
/// in which one of three workers is killed (SIGKILL) once a third of it is judged. Every submission must end ACCEPTED
/// (nothing lost); the API's queue gauges are sampled all along, so the lag is seen rising and falling.
/// </summary>
internal sealed class ScalingDrill(ExampleSources sources)
{
    private static readonly TimeSpan Ready = TimeSpan.FromMinutes(3);

    public async Task<List<ScalingBurst>> RunAsync(string language, BenchOptions options, CancellationToken cancellationToken)
    {
        var source = await sources.ReadAsync(language, cancellationToken);
        var bursts = new List<ScalingBurst>();
        foreach (var workers in options.ScalingWorkers)
        {
            bursts.Add(await BurstAsync($"{workers} worker(s)", workers, killOne: false, language, source, options, cancellationToken));
        }
        bursts.Add(await BurstAsync("3 workers, one killed", 3, killOne: true, language, source, options, cancellationToken));
        return bursts;
    }

    private static async Task<ScalingBurst> BurstAsync(string scenario, int workers, bool killOne, string language, byte[] source,
        BenchOptions options, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"scaling: {scenario}, {options.ScalingSubmissions} {language} submissions");
        var settings = new Dictionary<string, string?>
        {
            ["Worker:Concurrency"] = "1",
            ["Worker:Languages:0"] = language,
            // A killed worker's job is taken over after this (30 s by default).
            ["Worker:VisibilityTimeout"] = "00:00:05",
            ["Telemetry:SampleInterval"] = "00:00:00.250",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        await using var service = await BenchService.StartAsync(0, warmPerLanguage: 1, workerConcurrency: 1, cancellationToken, settings);
        using var http = new HttpClient();
        var processes = Enumerable.Range(0, workers)
            .Select(i => service.StartWorkerProcess($"drill-{Guid.NewGuid():N}"[..18], FreePort(), settings))
            .ToList();
        await Task.WhenAll(processes.Select(p => p.WaitReadyAsync(http, Ready, cancellationToken)));
        var problem = await BenchProblem.PutAsync(service.Problems, options.LatencyTests, cancellationToken);
        // Untimed: each worker's code paths run once.
        for (var i = 0; i < workers; i++)
        {
            await TimedSubmission.JudgeAsync(service.Judge, problem, language, source, SubmitMode.Submit, cancellationToken);
        }

        await using var sampler = new QueueSampler(http, service.MetricsUrl, TimeSpan.FromMilliseconds(250));
        var started = Stopwatch.GetTimestamp();
        var ids = new List<string>();
        for (var i = 0; i < options.ScalingSubmissions; i++)
        {
            ids.Add((await service.Judge.SubmitAsync(new SubmitRequest
            {
                ProblemId = problem,
                Language = language,
                Source = ByteString.CopyFrom(source),
                Mode = SubmitMode.Submit,
            }, cancellationToken: cancellationToken)).SubmissionId);
        }
        var watches = ids.Select(id => TimedSubmission.WatchAsync(service.Judge, id, started, cancellationToken)).ToList();
        if (killOne)
        {
            while (watches.Count(w => w.IsCompleted) < ids.Count / 3)
            {
                await Task.Delay(50, cancellationToken);
            }
            Console.Error.WriteLine($"scaling: killing worker {processes[0].Name} at {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
            processes[0].Kill();
        }
        var judged = await Task.WhenAll(watches);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await Task.Delay(500, cancellationToken); // the gauges' last fall
        var queue = sampler.Readings;
        return new ScalingBurst(scenario, workers, ids.Count, judged.Count(j => j.Final.Verdict == Verdict.Accepted),
            judged.Count(j => j.Final.Attempt > 1), seconds, ids.Count / seconds,
            queue.Select(r => r.Lag).DefaultIfEmpty(double.NaN).Max(), queue.Select(r => r.Length).DefaultIfEmpty(double.NaN).Max(), queue);
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    public static MarkdownTable Table(IReadOnlyList<ScalingBurst> bursts, int cores)
    {
        var table = new MarkdownTable($"Scaling drill: worker processes, one job at a time each ({cores} cores)",
            "scenario", "workers", "submissions", "accepted", "taken over", "seconds", "per second", "vs 1 worker", "peak lag", "peak unfinished");
        var baseline = bursts.FirstOrDefault()?.PerSecond ?? double.NaN;
        foreach (var b in bursts)
        {
            table.Row(b.Scenario, b.Workers, b.Submissions, b.Accepted, b.TakenOver, b.Seconds, b.PerSecond, $"{b.PerSecond / baseline:0.00}x",
                b.PeakLag, b.PeakLength);
        }
        return table;
    }

    /// <summary>The queue gauges of one burst, one row per second: how the lag rose and fell.</summary>
    public static MarkdownTable Timeline(ScalingBurst burst)
    {
        var table = new MarkdownTable($"Queue during \"{burst.Scenario}\" (API gauges, one reading per second)", "second", "unfinished", "lag", "pending");
        foreach (var second in burst.Queue.GroupBy(r => (int)r.Seconds))
        {
            var last = second.Last();
            table.Row(second.Key, last.Length, last.Lag, last.Pending);
        }
        return table;
    }
}
