using Judge.Hosting;
using Docker.DotNet;
using Judge.Storage;
using Judge.Hosting.Observability;
using Polly;
using Polly.Timeout;

namespace Judge.Worker.Sandbox;

public static class DockerResilience
{
    public const string PipelineName = "docker";

    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Engine and transport faults; a 4xx answer (bad request, not found, conflict) is not retried.</summary>
    private static PredicateBuilder<object> TransientFaults() => new PredicateBuilder()
        .Handle<HttpRequestException>()
        .Handle<IOException>()
        .Handle<TimeoutRejectedException>()
        .Handle<DockerApiException>(e => (int)e.StatusCode >= 500);

    public static IServiceCollection AddDockerResiliencePipeline(this IServiceCollection services) =>
        services.AddResiliencePipeline(PipelineName, (builder, context) => builder.AddInfrastructureStrategies(TransientFaults, CallTimeout,
            context.ServiceProvider.GetRequiredService<CircuitStates>(), PipelineName));
}
