using System.Diagnostics;
using System.Globalization;
using Google.Protobuf;
using Judge.Contracts.V1;
using StackExchange.Redis;

namespace Judge.Bench;

/// <summary>
/// What the retention soak measured: Redis's used memory (MiB) and this run's keys before the burst, at its peak and
/// after the finished submissions expired; how long judging took.
/// </summary>
public sealed record SoakFigures(int Submissions, double JudgeSeconds, double PerSecond, double RetentionSeconds,
    double BaselineMiB, double PeakMiB, double AfterMiB, long BaselineKeys, long PeakKeys, long AfterKeys, double SecondsUntilFlat);

/// <summary>
/// The retention soak: thousands of SUBMITs of a one-test problem through the API and a worker with a short
/// Retention:Submissions; Redis's memory and this run's keys are read before, during and after, and the drill waits
/// until the keys are back to what they were before the burst (the problem's own), or gives up after the retention
/// plus two minutes.
/// </summary>
internal sealed class SoakDrill(ExampleSources sources)
{
    private const int SubmitsInFlight = 32;

    public async Task<SoakFigures> RunAsync(string language, BenchOptions options, CancellationToken cancellationToken)
    {
        var source = ByteString.CopyFrom(await sources.ReadAsync(language, cancellationToken));
        Console.Error.WriteLine($"soak: {options.SoakSubmissions} {language} submissions, retention {options.SoakRetention.TotalSeconds:0} s");
        await using var service = await BenchService.StartAsync(1, warmPerLanguage: 2, workerConcurrency: 2, cancellationToken, new Dictionary<string, string?>
        {
            ["Worker:Languages:0"] = language,
            ["Retention:Submissions"] = options.SoakRetention.ToString("c", CultureInfo.InvariantCulture),
            ["Retention:IdempotencyKeys"] = options.SoakRetention.ToString("c", CultureInfo.InvariantCulture),
        });
        // Admin mode: INFO (memory) is an admin command to StackExchange.Redis.
        await using var redis = await ConnectionMultiplexer.ConnectAsync(BenchService.RedisAddress + ",allowAdmin=true");
        var problem = await BenchProblem.PutAsync(service.Problems, 1, cancellationToken);
        await TimedSubmission.JudgeAsync(service.Judge, problem, language, source.ToByteArray(), SubmitMode.Submit, cancellationToken);
        await Task.Delay(options.SoakRetention + TimeSpan.FromSeconds(5), cancellationToken);
        var baselineMiB = await UsedMiBAsync(redis);
        var baselineKeys = await KeysAsync(redis, service.KeyPrefix);

        var started = Stopwatch.GetTimestamp();
        using var gate = new SemaphoreSlim(SubmitsInFlight);
        var submits = Enumerable.Range(0, options.SoakSubmissions).Select(async _ =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                await service.Judge.SubmitAsync(new SubmitRequest { ProblemId = problem, Language = language, Source = source, Mode = SubmitMode.Submit },
                    cancellationToken: cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        double peakMiB = baselineMiB;
        long peakKeys = baselineKeys;
        var jobs = (RedisKey)(service.KeyPrefix + "jobs");
        while (!submits.All(s => s.IsCompleted) || await redis.GetDatabase().StreamLengthAsync(jobs) > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            peakMiB = Math.Max(peakMiB, await UsedMiBAsync(redis));
            peakKeys = Math.Max(peakKeys, await KeysAsync(redis, service.KeyPrefix));
        }
        await Task.WhenAll(submits);
        var judgeSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.Error.WriteLine($"soak: judged in {judgeSeconds:0} s; {peakKeys} keys at the peak; waiting for expiry");

        var finished = Stopwatch.GetTimestamp();
        var deadline = options.SoakRetention + TimeSpan.FromMinutes(2);
        long afterKeys;
        while ((afterKeys = await KeysAsync(redis, service.KeyPrefix)) > baselineKeys && Stopwatch.GetElapsedTime(finished) < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
        var untilFlat = Stopwatch.GetElapsedTime(finished).TotalSeconds;
        return new SoakFigures(options.SoakSubmissions, judgeSeconds, options.SoakSubmissions / judgeSeconds, options.SoakRetention.TotalSeconds,
            baselineMiB, peakMiB, await UsedMiBAsync(redis), baselineKeys, peakKeys, afterKeys, untilFlat);
    }

    private static async Task<double> UsedMiBAsync(ConnectionMultiplexer redis)
    {
        var info = await redis.GetServers()[0].InfoAsync("memory");
        var used = info.SelectMany(group => group).First(pair => pair.Key == "used_memory").Value;
        return long.Parse(used, CultureInfo.InvariantCulture) / (1024.0 * 1024);
    }

    private static async Task<long> KeysAsync(ConnectionMultiplexer redis, string prefix) =>
        await redis.GetServers()[0].KeysAsync(pattern: prefix + "*", pageSize: 1000).LongCountAsync();

    public static MarkdownTable Table(SoakFigures f) =>
        new MarkdownTable($"Retention soak: {f.Submissions} submissions, finished ones kept {f.RetentionSeconds:0} s",
                "submissions", "judged in s", "per second", "Redis MiB before", "at peak", "after expiry", "keys before", "at peak", "after expiry", "s until flat")
            .Row(f.Submissions, f.JudgeSeconds, f.PerSecond, f.BaselineMiB, f.PeakMiB, f.AfterMiB, f.BaselineKeys, f.PeakKeys, f.AfterKeys, f.SecondsUntilFlat);
}
