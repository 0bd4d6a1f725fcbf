using Docker.DotNet;
using Polly;
using Polly.Registry;

namespace Judge.Worker.Sandbox;

/// <summary>The container engine as the rest of the worker sees it: whether it answers, and how many cores it has.</summary>
public interface ISandboxEngine
{
    /// <summary>Pings the engine once, without retries.</summary>
    /// <exception cref="Exception">The engine does not answer, or the token was cancelled.</exception>
    Task PingAsync(CancellationToken cancellationToken);

    /// <summary>The engine's CPU count (at least 1).</summary>
    Task<int> CpuCountAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The Docker engine as the rest of the worker sees it: whether it answers, and how many cores it has. Docker is
/// used only behind this seam and <see cref="ISandboxFactory"/>.
/// </summary>
internal sealed class SandboxEngine(IDockerClient docker, ResiliencePipelineProvider<string> pipelines) : ISandboxEngine
{
    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(DockerResilience.PipelineName);

    /// <summary>Pings the engine once, without retries (a health probe must answer fast).</summary>
    /// <exception cref="Exception">The engine does not answer (any Docker.DotNet or socket error), or the token was cancelled.</exception>
    public Task PingAsync(CancellationToken cancellationToken) => docker.System.PingAsync(cancellationToken);

    /// <summary>The engine's CPU count (at least 1), through the Docker pipeline.</summary>
    public async Task<int> CpuCountAsync(CancellationToken cancellationToken)
    {
        var info = await _pipeline.ExecuteAsync(async token => await docker.System.GetSystemInfoAsync(token), cancellationToken);
        return (int)Math.Max(1, info.NCPU);
    }
}
