namespace Judge.Hosting.Observability;

/// <summary>Names of Judge's meters and activity sources, which the OpenTelemetry set-up listens to.</summary>
public static class JudgeMeters
{
    /// <summary>Instruments both processes have (circuit breakers).</summary>
    public const string Shared = "Judge";

    /// <summary>The API's instruments: requests, queued submissions, the queue's gauges.</summary>
    public const string Api = "Judge.Api";

    /// <summary>The worker's instruments and spans: judgments, compile and test times, sandboxes, jobs.</summary>
    public const string Worker = "Judge.Worker";

    /// <summary>
    /// Histogram bounds for durations in seconds, 1 ms to 2 min: per-test times sit at the low end, compilations and
    /// queue waits at the high end.
    /// </summary>
    public static readonly IReadOnlyList<double> SecondsBuckets =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
}
