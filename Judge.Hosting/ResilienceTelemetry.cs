using Microsoft.Extensions.DependencyInjection;
using Polly.Telemetry;

namespace Judge.Hosting;

public static class ResilienceTelemetry
{
    /// <summary>
    /// Polly logs each execution with its result, and by default the result as-is: a Redis read of
    /// hidden test data would put that data into a log line (at Debug and Information). Only
    /// numbers and booleans are logged; anything else as its type name.
    /// </summary>
    public static IServiceCollection AddRedactedResilienceTelemetry(this IServiceCollection services) =>
        services.Configure<TelemetryOptions>(options => options.ResultFormatter = (_, result) => result switch
        {
            null or bool or int or long or uint or ulong or double => result,
            _ => $"({result.GetType().Name})",
        });
}
