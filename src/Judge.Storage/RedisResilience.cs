using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using StackExchange.Redis;

namespace Judge.Storage;

public static class RedisResilience
{
    public const string PipelineName = "redis";

    /// <summary>Only infrastructure faults are transient; a script error or wrong type is a bug and fails at once.</summary>
    public static PredicateBuilder<object> TransientFaults() => new PredicateBuilder()
        .Handle<RedisConnectionException>()
        .Handle<RedisTimeoutException>()
        .Handle<TimeoutRejectedException>();

    public static IServiceCollection AddRedisResiliencePipeline(this IServiceCollection services) =>
        services.AddResiliencePipeline(PipelineName, (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<RedisOptions>>().Value;
            builder
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
                    MinimumThroughput = 10,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(5),
                })
                .AddTimeout(options.OperationTimeout);
        });
}
