using Judge.Hosting.Observability;

namespace Judge.Worker.Telemetry;

public static class WorkerTelemetryExtensions
{
    /// <summary>OpenTelemetry for the worker (service "judge-worker"), its instruments and spans.</summary>
    public static IHostApplicationBuilder AddWorkerTelemetry(this IHostApplicationBuilder builder)
    {
        builder.AddJudgeTelemetry("judge-worker", JudgeMeters.Worker);
        builder.Services.AddSingleton<WorkerTelemetry>();
        return builder;
    }
}
