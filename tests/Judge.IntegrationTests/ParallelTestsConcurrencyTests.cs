using System.Collections.Concurrent;
using Docker.DotNet;
using Docker.DotNet.Models;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// Sandbox:ParallelTests = 2 with Worker:Concurrency = 2 on this 2-core machine: two submissions judged at once each
/// get a core of their own and no extra sandbox (that would take the other's core), so no core is ever given to two
/// sandboxes at once, and both are judged right.
/// </summary>
[NonParallelizable]
public class ParallelTestsConcurrencyTests
{
    // Prints a+b; spins when a is 9 (to its 1 s limit), so that both submissions are surely judged at the same time.
    private const string Spinner = """
        import sys
        a, b = map(int, sys.stdin.read().split())
        if a == 9:
            while True:
                pass
        print(a + b)
        """;

    private JudgeHarness _judge = null!;
    private string _workerName = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(workers: 0, overrides: new Dictionary<string, string?>
        {
            ["Sandbox:ParallelTests"] = "2",
            ["Sandbox:WarmPerLanguage"] = "4",
            ["Worker:Concurrency"] = "2",
            ["Worker:Languages:0"] = "python",
        });
        _workerName = $"parallel-{Guid.NewGuid():N}"[..20];
        await _judge.StartWorkerAsync(_workerName);
        await _judge.WaitForLanguagesAsync(["python"]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    [Test]
    public async Task Two_submissions_at_once_never_share_a_core()
    {
        var tests = Enumerable.Range(0, 12).Select(i => ProblemTest.Text($"{(i == 3 ? 9 : 100 + i)} 1\n", $"{(i == 3 ? 9 : 100 + i) + 1}\n")).ToArray();
        await _judge.Problems.PutAsync("spin", tests);

        using var docker = new DockerClientConfiguration().CreateClient();
        using var watching = new CancellationTokenSource();
        var samples = new ConcurrentBag<List<string>>();
        var watcher = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                samples.Add(await PinnedAsync(docker));
                await Task.Delay(50);
            }
        });
        var results = await Task.WhenAll(
            _judge.Judge.JudgeAsync("spin", "python", Spinner),
            _judge.Judge.JudgeAsync("spin", "python", Spinner));
        await watching.CancelAsync();
        await watcher;

        var expected = Enumerable.Range(0, 12).Select(i => i == 3 ? Verdict.TimeLimitExceeded : Verdict.Accepted);
        Assert.Multiple(() =>
        {
            foreach (var result in results)
            {
                Assert.That(result.Tests.Select(t => t.Verdict), Is.EqualTo(expected), result.ToString());
            }
            Assert.That(samples.Where(s => s.Distinct().Count() != s.Count), Is.Empty, "a core was given to two containers at once");
            Assert.That(samples.Select(s => string.Join(",", s.Order())), Does.Contain("0,1"), "both submissions were pinned, each to its own core, at once");
        });
    }

    /// <summary>The single-core cpusets of this worker's containers now.</summary>
    private async Task<List<string>> PinnedAsync(DockerClient docker)
    {
        var containers = await docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            Filters = new Dictionary<string, IDictionary<string, bool>>
            {
                ["label"] = new Dictionary<string, bool> { [$"judge.worker={_workerName}"] = true },
            },
        });
        var pinned = new List<string>();
        foreach (var container in containers)
        {
            try
            {
                var cpuset = (await docker.Containers.InspectContainerAsync(container.ID)).HostConfig.CpusetCpus ?? "";
                if (cpuset is "0" or "1")
                {
                    pinned.Add(cpuset);
                }
            }
            catch (DockerContainerNotFoundException)
            {
                // Removed while being looked at.
            }
        }
        return pinned;
    }
}
