using Microsoft.Extensions.Configuration;
using Judge.Hosting;
using Judge.Hosting.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Judge.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Redis connection, resilience pipeline, key names, the stores: the Redis schema the API and the workers share.</summary>
    public static IServiceCollection AddJudgeStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RedisOptions>()
            .Bind(configuration.GetSection(RedisOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRedactedResilienceTelemetry();
        services.TryAddSingleton<CircuitStates>();
        services.AddRedisResiliencePipeline();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisExecutor>();
        services.AddSingleton<RedisKeys>();
        services.AddSingleton<ProblemStore>();
        services.AddSingleton<IProblemVersions>(sp => sp.GetRequiredService<ProblemStore>());
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<ISubmissionJobs>(sp => sp.GetRequiredService<SubmissionStore>());
        services.AddSingleton<SessionStore>();
        services.AddSingleton<SessionIndex>();
        services.AddSingleton<SessionDraftStore>();
        services.AddSingleton<SimilarityStore>();
        services.AddSingleton<SessionActivityStore>();
        services.AddSingleton<LanguageRegistry>();
        services.AddSingleton<JobQueueStatistics>();
        services.AddJudgeRetention(configuration);
        return services;
    }
}
