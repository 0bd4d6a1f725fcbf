using Judge.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Judge.Api.Health;

/// <summary>
/// The API is ready only while Redis answers a PING within <see cref="Timeout"/>: without it nothing can be stored,
/// queued or read. Reported by the gRPC health service (grpc.health.v1, service "") and GET /healthz/ready.
/// </summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var database = await redis.GetDatabaseAsync(timeout.Token);
            var latency = await database.PingAsync().WaitAsync(timeout.Token);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(e is OperationCanceledException
                ? $"Redis did not answer within {Timeout.TotalSeconds:0} s"
                : $"Redis does not answer: {e.Message}");
        }
    }
}
