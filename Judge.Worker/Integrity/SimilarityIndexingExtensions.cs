using Microsoft.Extensions.Options;

namespace Judge.Worker.Integrity;

public static class SimilarityIndexingExtensions
{
    /// <summary>The similarity indexer (section "Similarity"): a background loop beside judging.</summary>
    public static IServiceCollection AddSimilarityIndexing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimilarityIndexerOptions>().Bind(configuration.GetSection(SimilarityIndexerOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SimilarityGroups>();
        services.AddHostedService<SimilarityIndexer>();
        return services;
    }
}
