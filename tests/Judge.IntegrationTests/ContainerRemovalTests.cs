using Docker.DotNet;
using Docker.DotNet.Models;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Judge.IntegrationTests;

/// <summary>
/// "Removed" must mean gone: a sandbox whose runner has exited is already being auto-removed, and a
/// removal that meets that (409 Conflict) waits for it, or a stop's check still lists the container.
/// </summary>
[NonParallelizable]
public class ContainerRemovalTests
{
    [Test]
    public async Task Removing_a_container_whose_auto_removal_is_under_way_returns_once_it_is_gone()
    {
        using var docker = new DockerClientConfiguration().CreateClient();
        var label = $"removal-{Guid.NewGuid():N}"[..20];
        for (var round = 0; round < 20; round++)
        {
            // The runner reads end-of-file at once (no stdin), exits, and the engine starts removing the container.
            var created = await docker.Containers.CreateContainerAsync(new CreateContainerParameters
            {
                Image = "judge/sandbox-cpp",
                Labels = new Dictionary<string, string> { ["judge.sandbox"] = "1", ["judge.worker"] = label },
                HostConfig = new HostConfig { NetworkMode = "none", AutoRemove = true },
            });
            await docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
            await Task.Delay(round * 5);

            await ContainerRemoval.RemoveAsync(docker, ResiliencePipeline.Empty, created.ID, NullLogger.Instance);

            Assert.That(await JudgeHarness.SandboxContainersOfAsync([label]), Is.Zero, $"round {round}: still listed after removal returned");
        }
    }
}
