namespace Judge.Hosting.Observability;

/// <summary>
/// Where traces and metrics go besides GET /metrics. OTLP is on when <see cref="OtlpEndpoint"/> is set or the
/// standard variable OTEL_EXPORTER_OTLP_ENDPOINT is (its protocol from OTEL_EXPORTER_OTLP_PROTOCOL, gRPC by default).
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>An OTLP collector, e.g. "http://127.0.0.1:4317"; empty for none.</summary>
    public string? OtlpEndpoint { get; set; }
}
