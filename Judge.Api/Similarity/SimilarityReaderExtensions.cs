namespace Judge.Api.Similarity;

public static class SimilarityReaderExtensions
{
    /// <summary>What the API reads of similarity (section "Similarity").</summary>
    public static IServiceCollection AddSimilarityReading(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimilarityReportOptions>().Bind(configuration.GetSection(SimilarityReportOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SimilarityReader>();
        return services;
    }
}
