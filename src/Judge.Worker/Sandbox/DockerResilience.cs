using Docker.DotNet;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Judge.Worker.Sandbox;

public static class DockerResilience
{
    public const string PipelineName = "docker";

    /// <summary>Engine and transport faults; a 4xx answer (bad request, not found, conflict) is not retried.</summary>
    private static PredicateBuilder<object> TransientFaults() => new PredicateBuilder()
        .Handle<HttpRequestException>()
        .Handle<IOException>()
        .Handle<TimeoutRejectedException>()
        .Handle<DockerApiException>(e => (int)e.StatusCode >= 500);

    public static IServiceCollection AddDockerResiliencePipeline(this IServiceCollection services) =>
        services.AddResiliencePipeline(PipelineName, builder => builder
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = TransientFaults(),
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = TransientFaults(),
                FailureRatio = 0.5,
                MinimumThroughput = 8,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(5),
            })
            .AddTimeout(TimeSpan.FromSeconds(30)));
}
