using System.Diagnostics;
using Docker.DotNet.Models;
using Docker.DotNet;
using Judge.Testbed;

namespace Judge.IntegrationTests;

/// <summary>
/// Sandbox containers carry labels naming their worker: a worker that died and starts again removes
/// what it left, and ops can remove every sandbox container of any worker with `./judge orphans`.
/// </summary>
[NonParallelizable]
public class LeftoverContainerTests
{
    private readonly DockerClient _docker = new DockerClientConfiguration().CreateClient();

    [OneTimeTearDown]
    public void Dispose() => _docker.Dispose();

    [Test]
    public async Task A_worker_removes_its_own_leftovers_at_start_and_no_other_workers()
    {
        var name = $"leftover-{Guid.NewGuid():N}"[..20];
        var mine = await CreateSandboxLikeContainerAsync(name);
        var others = await CreateSandboxLikeContainerAsync("someone-else-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await using var judge = await JudgeHarness.StartAsync(workers: 0);
            await judge.StartWorkerAsync(name);
            Assert.Multiple(async () =>
            {
                Assert.That(await ExistsAsync(mine), Is.False, "its own leftover is removed");
                Assert.That(await ExistsAsync(others), Is.True, "another worker's container is not its to remove");
            });
        }
        finally
        {
            await RemoveAsync(mine);
            await RemoveAsync(others);
        }
    }

    [Test]
    public async Task The_orphans_command_removes_every_sandbox_container()
    {
        var orphan = await CreateSandboxLikeContainerAsync("gone-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var script = Path.Combine(Repository.Root, "judge");
            using var process = Process.Start(new ProcessStartInfo(script, "orphans") { RedirectStandardError = true, RedirectStandardOutput = true })!;
            await process.WaitForExitAsync();
            Assert.Multiple(async () =>
            {
                Assert.That(process.ExitCode, Is.EqualTo(0), await process.StandardError.ReadToEndAsync());
                Assert.That(await ExistsAsync(orphan), Is.False);
            });
        }
        finally
        {
            await RemoveAsync(orphan);
        }
    }

    /// <summary>A container with the labels of a sandbox, never started (the state a crash can leave).</summary>
    private async Task<string> CreateSandboxLikeContainerAsync(string worker)
    {
        var created = await _docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = "judge/sandbox-cpp",
            Labels = new Dictionary<string, string> { ["judge.sandbox"] = "1", ["judge.worker"] = worker, ["judge.language"] = "cpp" },
            HostConfig = new HostConfig { NetworkMode = "none" },
        });
        return created.ID;
    }

    private async Task<bool> ExistsAsync(string id)
    {
        var found = await _docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["id"] = new Dictionary<string, bool> { [id] = true } },
        });
        return found.Count > 0;
    }

    private async Task RemoveAsync(string id)
    {
        try
        {
            await _docker.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true });
        }
        catch (DockerContainerNotFoundException)
        {
            // Removed already, as it should be.
        }
    }
}
