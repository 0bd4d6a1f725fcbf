using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Judge.Hosting.Observability;

public static class TelemetryExtensions
{
    /// <summary>The tag health checks carry to count for readiness (GET /healthz/ready, the gRPC health service).</summary>
    public const string ReadyTag = "ready";

    /// <summary>The tag of health checks that count for liveness (GET /healthz/live).</summary>
    public const string LiveTag = "live";

    /// <summary>The Kestrel endpoint that serves /metrics and /healthz when configured (Kestrel:Endpoints:Ops:Url).</summary>
    public const string OpsEndpoint = "Ops";

    /// <summary>
    /// OpenTelemetry for one process: Judge's meters (<paramref name="meter"/> and the shared one), ASP.NET Core and
    /// .NET runtime metrics, exported for Prometheus at GET /metrics (see <see cref="MapOpsEndpoints"/>); spans of
    /// <paramref name="meter"/>'s activity source and of ASP.NET Core (incoming W3C traceparent honoured); both over OTLP
    /// when configured (<see cref="TelemetryOptions"/>).
    /// </summary>
    public static IHostApplicationBuilder AddJudgeTelemetry(this IHostApplicationBuilder builder, string serviceName, string meter)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrWhiteSpace(options.OtlpEndpoint)
            || !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        void ConfigureOtlp(OtlpExporterOptions exporter)
        {
            if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
            {
                exporter.Endpoint = new Uri(options.OtlpEndpoint);
            }
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(JudgeMeters.Shared, meter)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter();
                if (otlp)
                {
                    metrics.AddOtlpExporter(ConfigureOtlp);
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(meter)
                    .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !IsOpsPath(context.Request.Path));
                if (otlp)
                {
                    tracing.AddOtlpExporter(ConfigureOtlp);
                }
            });
        return builder;
    }

    private static bool IsOpsPath(PathString path) =>
        path.StartsWithSegments("/metrics") || path.StartsWithSegments("/healthz");

    /// <summary>
    /// GET /metrics (Prometheus text format), GET /healthz/ready (200 while every check tagged <see cref="ReadyTag"/>
    /// passes, else 503) and GET /healthz/live (200 while every check tagged <see cref="LiveTag"/> passes). When the
    /// Kestrel endpoint <see cref="OpsEndpoint"/> has a fixed port, the port a request arrived on decides (not its Host
    /// header): these paths answer only on that port, and that port answers nothing else (404).
    /// </summary>
    public static WebApplication MapOpsEndpoints(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteReport });
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag), ResponseWriter = WriteReport });
        return app;
    }

    /// <summary>
    /// Keeps the ops port and the other ports apart (see <see cref="MapOpsEndpoints"/>); goes before any other
    /// middleware that answers requests (static files, gRPC-Web). Nothing to do without an ops port of its own.
    /// </summary>
    public static WebApplication UseOpsPortSeparation(this WebApplication app)
    {
        var opsUrl = app.Configuration[$"Kestrel:Endpoints:{OpsEndpoint}:Url"];
        if (string.IsNullOrEmpty(opsUrl) || OpsPort(opsUrl) is not { } port)
        {
            return app;
        }
        app.Use((context, next) =>
        {
            if ((context.Connection.LocalPort == port) != IsOpsPath(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            return next(context);
        });
        return app;
    }

    /// <summary>Plain text: the overall status on the first line ("Healthy", "Unhealthy"), then "check: status: why" per check.</summary>
    private static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Select(entry => $"{entry.Key}: {entry.Value.Status}: {entry.Value.Description ?? entry.Value.Exception?.Message}");
        return context.Response.WriteAsync(string.Join('\n', lines.Prepend(report.Status.ToString())) + "\n");
    }

    // Port 0 (a port the system picks, as tests do) cannot be matched by host: then no restriction.
    private static int? OpsPort(string url) =>
        Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) && uri.Port > 0
            ? uri.Port
            : null;
}
