using Judge.Hosting.Observability;
using Judge.Worker.Health;

namespace Judge.Worker.Telemetry;

public static class WorkerTelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry for the worker (service "judge-worker"), its instruments and spans, and its health checks: readiness
    /// (Docker, languages, warm pool) and liveness (job loops, <see cref="LoopWatch"/>).
    /// </summary>
    public static IHostApplicationBuilder AddWorkerTelemetry(this IHostApplicationBuilder builder)
    {
        builder.AddJudgeTelemetry("judge-worker", JudgeMeters.Worker);
        builder.Services.AddSingleton<WorkerTelemetry>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LoopWatch>();
        builder.Services.AddHealthChecks()
            .AddCheck<ReadinessCheck>("ready", tags: [TelemetryExtensions.ReadyTag])
            .AddCheck<LivenessCheck>("job-loops", tags: [TelemetryExtensions.LiveTag]);
        return builder;
    }
}
