using Judge.Hosting.Observability;

namespace Judge.Api.Telemetry;

public static class ApiTelemetryExtensions
{
    /// <summary>OpenTelemetry for the API (service "judge-api"), its instruments and the queue's gauges.</summary>
    public static IHostApplicationBuilder AddApiTelemetry(this IHostApplicationBuilder builder)
    {
        builder.AddJudgeTelemetry("judge-api", JudgeMeters.Api);
        builder.Services.AddOptions<QueueMetricsOptions>()
            .Bind(builder.Configuration.GetSection(QueueMetricsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ApiMetrics>();
        builder.Services.AddSingleton<RequestMetricsInterceptor>();
        builder.Services.AddHostedService<QueueMetrics>();
        return builder;
    }
}
