using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Health;

/// <summary>
/// GET /healthz/ready: healthy (200) while the Docker engine answers a ping within <see cref="Timeout"/>, every language
/// of this worker is registered, and its sandbox pool has warmed up; otherwise 503 naming what is missing.
/// </summary>
internal sealed class ReadinessCheck(ISandboxEngine engine, IOptions<LanguageTable> languages, ServedLanguages served, SandboxPool pool)
    : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await engine.PingAsync(timeout.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(e is OperationCanceledException
                ? $"the Docker engine did not answer within {Timeout.TotalSeconds:0} s"
                : $"the Docker engine does not answer: {e.Message}");
        }
        var missing = languages.Value.Keys.Except(served.Ids).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return HealthCheckResult.Unhealthy($"not registered yet (tried again): {string.Join(", ", missing)}");
        }
        return pool.IsWarm
            ? HealthCheckResult.Healthy($"serving {string.Join(", ", served.Ids.Order(StringComparer.Ordinal))}")
            : HealthCheckResult.Unhealthy("the sandbox pool is still warming up");
    }
}
