using Judge.Hosting;
using Judge.Hosting.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using StackExchange.Redis;

namespace Judge.Storage;

public static class RedisResilience
{
    public const string PipelineName = "redis";

    /// <summary>Only infrastructure faults are transient; a script error or wrong type is a bug and fails at once.</summary>
    private static PredicateBuilder<object> TransientFaults() => new PredicateBuilder()
        .Handle<RedisConnectionException>()
        .Handle<RedisTimeoutException>()
        .Handle<TimeoutRejectedException>();

    public static IServiceCollection AddRedisResiliencePipeline(this IServiceCollection services) =>
        services.AddResiliencePipeline(PipelineName, (builder, context) =>
            builder.AddInfrastructureStrategies(TransientFaults,
                context.ServiceProvider.GetRequiredService<IOptions<RedisOptions>>().Value.OperationTimeout,
                context.ServiceProvider.GetRequiredService<CircuitStates>(), PipelineName));
}
