using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Storage;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>The "Retention" options (validated at start) and the problem-version sweep, for the API and the workers.</summary>
    public static IServiceCollection AddJudgeRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<RetentionBackfill>();
        services.AddSingleton<ProblemVersionRetention>();
        return services;
    }
}
