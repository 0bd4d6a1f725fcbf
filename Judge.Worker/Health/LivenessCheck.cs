using Judge.Worker.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Health;

/// <summary>GET /healthz/live: unhealthy (503) once a job loop has been silent past Worker:LivenessTimeout (<see cref="LoopWatch"/>).</summary>
internal sealed class LivenessCheck(LoopWatch watch, IOptions<WorkerOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (loop, silence) = watch.Quietest();
        var limit = options.Value.LivenessTimeout;
        return Task.FromResult(silence <= limit
            ? HealthCheckResult.Healthy($"every job loop went round within {silence.TotalSeconds:0.#} s")
            : HealthCheckResult.Unhealthy($"job loop {loop} has been silent for {silence.TotalSeconds:0} s (limit {limit.TotalSeconds:0} s)"));
    }
}
