using Docker.DotNet;
using Docker.DotNet.Models;
using Polly;

namespace Judge.Worker.Sandbox;

/// <summary>
/// Removes a container and returns only once the engine no longer lists it: a container whose
/// auto-removal is already under way answers 409 Conflict, and is waited for (up to 5 s).
/// Never throws; what it could not do is logged.
/// </summary>
internal static class ContainerRemoval
{
    public static async Task RemoveAsync(IDockerClient docker, ResiliencePipeline pipeline, string containerId, ILogger logger)
    {
        try
        {
            await pipeline.ExecuteAsync(
                async token => await docker.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true }, token),
                CancellationToken.None);
        }
        catch (DockerContainerNotFoundException)
        {
            // Auto-removed already.
        }
        catch (DockerApiException e) when (e.StatusCode == System.Net.HttpStatusCode.Conflict)
        {
            await WaitUntilGoneAsync(docker, containerId, logger);
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not remove container {ContainerId}: {Error}", containerId, e.Message);
        }
    }

    private static async Task WaitUntilGoneAsync(IDockerClient docker, string containerId, ILogger logger)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await docker.Containers.InspectContainerAsync(containerId, CancellationToken.None);
            }
            catch (DockerContainerNotFoundException)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogDebug("Container {ContainerId}: removal not confirmed ({Error})", containerId, e.Message);
                return;
            }
            await Task.Delay(50);
        }
        logger.LogWarning("Container {ContainerId} is still being removed", containerId);
    }
}
