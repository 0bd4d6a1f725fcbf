using Judge.Hosting.Observability;

namespace Judge.Worker.Health;

public static class WorkerHealthExtensions
{
    /// <summary>
    /// The worker's health checks on its ops endpoint: readiness (Docker, languages, warm pool; GET /healthz/ready) and
    /// liveness (job loops, <see cref="LoopWatch"/>; GET /healthz/live).
    /// </summary>
    public static IServiceCollection AddWorkerHealth(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LoopWatch>();
        services.AddHealthChecks()
            .AddCheck<ReadinessCheck>("ready", tags: [TelemetryExtensions.ReadyTag])
            .AddCheck<LivenessCheck>("job-loops", tags: [TelemetryExtensions.LiveTag]);
        return services;
    }
}
