using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using Judge.Contracts.V1;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Judge.IntegrationTests;

/// <summary>
/// Sandbox:ParallelTests = 2 on this 2-core machine: a submission's tests are split between two sandboxes, each pinned
/// to a core of its own while it judges (seen in the engine: two containers of the worker with cpusets "0" and "1" at
/// once) and unpinned afterwards; results come back in test order with the verdicts a single sandbox gives, an
/// all-or-nothing group that fails still skips the rest of it and the groups depending on it, tampering with the
/// compiled files in the extra sandbox still stops judging, a function-style problem (one test per runner request) is
/// split the same way, and no container is left behind (the harness checks).
/// </summary>
[NonParallelizable]
public class ParallelTestsTests
{
    // Prints a+b, except that it answers 0 when a is 7, spins when a is 9, and appends to its own file when a is 5 and
    // the argument "tamper" is in its input.
    private const string Picky = """
        import os, sys
        words = sys.stdin.read().split()
        a, b = int(words[0]), int(words[1])
        if a == 5 and len(words) > 2:
            os.chmod('/w/main.py', 0o755)
            with open('/w/main.py', 'a') as f:
                f.write('# changed\n')
        if a == 9:
            while True:
                pass
        print(0 if a == 7 else a + b)
        """;

    private JudgeHarness _judge = null!;
    private IHost _worker = null!;
    private string _workerName = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(workers: 0, captureLogs: true, overrides: new Dictionary<string, string?>
        {
            ["Sandbox:ParallelTests"] = "2",
            ["Sandbox:WarmPerLanguage"] = "2",
            ["Sandbox:TestBatchSize"] = "4",
            ["Worker:Concurrency"] = "1",
            ["Worker:Languages:0"] = "python",
        });
        _workerName = $"parallel-{Guid.NewGuid():N}"[..20];
        _worker = await _judge.StartWorkerAsync(_workerName);
        await _judge.WaitForLanguagesAsync(["python"]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private static ProblemTest Sum(int a, int b, bool sample = false, string extra = "") =>
        ProblemTest.Text($"{a} {b}{extra}\n", $"{a + b}\n", sample);

    /// <summary>Both warm sandboxes back in the pool, so the next submission can rent the extra one.</summary>
    private async Task WaitForWarmAsync()
    {
        var pool = _worker.Services.GetRequiredService<SandboxPool>();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (pool.WarmCount("python") < 2)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the pool did not get 2 warm python sandboxes back");
            await Task.Delay(100);
        }
    }

    /// <summary>The cpuset of each container of this worker now ("" or "0-1": not pinned).</summary>
    private async Task<List<string>> CpusetsAsync(DockerClient docker)
    {
        var containers = await docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            Filters = new Dictionary<string, IDictionary<string, bool>>
            {
                ["label"] = new Dictionary<string, bool> { [$"judge.worker={_workerName}"] = true },
            },
        });
        var cpusets = new List<string>();
        foreach (var container in containers)
        {
            try
            {
                cpusets.Add((await docker.Containers.InspectContainerAsync(container.ID)).HostConfig.CpusetCpus ?? "");
            }
            catch (DockerContainerNotFoundException)
            {
                // Removed while being looked at.
            }
        }
        return cpusets;
    }

    [Test]
    public async Task Twenty_four_tests_on_two_pinned_sandboxes_come_back_in_order_with_the_verdicts_of_one()
    {
        var tests = Enumerable.Range(0, 24).Select(i => Sum(i == 0 ? 4 : i, 100 * i, sample: i == 0)).ToArray();
        await _judge.Problems.PutAsync("parallel", tests);
        await WaitForWarmAsync();

        // While it judges (test 9 spins to the 1 s limit), the engine is asked which cores the worker's containers have.
        using var docker = new DockerClientConfiguration().CreateClient();
        using var watching = new CancellationTokenSource();
        var seen = new ConcurrentBag<string>();
        var watcher = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                var pinned = (await CpusetsAsync(docker)).Where(c => c is "0" or "1").Order().ToList();
                seen.Add(string.Join(",", pinned));
                await Task.Delay(50);
            }
        });
        var result = await _judge.Judge.JudgeAsync("parallel", "python", Picky);
        await watching.CancelAsync();
        await watcher;
        foreach (var line in _judge.Logs!.Lines.Where(l => l.Contains("sandboxes pinned", StringComparison.Ordinal)))
        {
            await TestContext.Out.WriteLineAsync(line);
        }

        Assert.Multiple(() =>
        {
            Assert.That(result.Tests.Select(t => t.Index), Is.EqualTo(Enumerable.Range(0, 24).Select(i => (uint)i)), "recorded in test order");
            Assert.That(result.Tests.Select(t => t.Verdict),
                Is.EqualTo(Enumerable.Range(0, 24).Select(i => i == 7 ? Verdict.WrongAnswer : i == 9 ? Verdict.TimeLimitExceeded : Verdict.Accepted)),
                result.ToString());
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer), "the first failed test in test order, though test 9 may end later");
            Assert.That(Encoding.UTF8.GetString(result.Tests[0].Output.ToByteArray()), Is.EqualTo("4\n"), "the sample shows its own output");
            Assert.That(result.Tests[9].CpuTimeMs, Is.GreaterThanOrEqualTo(1000u), "the spinning test ran to its CPU limit");
            Assert.That(seen, Does.Contain("0,1"), "two containers of the worker were pinned, one to each core, at the same time");
            Assert.That(_judge.Logs!.Lines, Has.Some.Contains("Tests run in 2 sandboxes pinned to cores 0,1 (readied in"));
        });

        // Back in the pool, nothing stays pinned.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        List<string> after;
        while ((after = await CpusetsAsync(docker)).Any(c => c is "0" or "1") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        Assert.That(after, Has.None.Matches<string>(c => c is "0" or "1"), "every container is unpinned once judging ends");
    }

    [Test]
    public async Task A_failed_all_or_nothing_group_skips_its_rest_and_its_dependents_and_stops_the_other_sandbox()
    {
        // Group "second" fails at test 11 (position 3: the extra sandbox); test 14 (position 6: the first sandbox) spins, and
        // would take its 8 s limit were the first sandbox not stopped.
        var tests = Enumerable.Range(0, 24).Select(i => Sum(i == 11 ? 7 : i == 14 ? 9 : 10 + i, i)).ToArray();
        await _judge.Problems.PutAsync("parallel-groups", tests, h =>
        {
            h.Scoring = Scoring.Groups;
            h.Groups.Add(new TestGroup { Name = "first", Points = 30, Tests = { Enumerable.Range(0, 8).Select(i => (uint)i) } });
            h.Groups.Add(new TestGroup { Name = "second", Points = 30, Tests = { Enumerable.Range(8, 10).Select(i => (uint)i) } });
            h.Groups.Add(new TestGroup { Name = "third", Points = 40, Tests = { Enumerable.Range(18, 6).Select(i => (uint)i) }, DependsOn = { "second" } });
        }, timeLimitMs: 8000);
        await WaitForWarmAsync();

        var started = Stopwatch.StartNew();
        var result = await _judge.Judge.JudgeAsync("parallel-groups", "python", Picky);
        var elapsed = started.Elapsed;

        var expected = Enumerable.Range(0, 24).Select(i => i < 11 ? Verdict.Accepted : i == 11 ? Verdict.WrongAnswer : Verdict.Skipped);
        Assert.Multiple(() =>
        {
            Assert.That(result.Tests.Select(t => t.Verdict), Is.EqualTo(expected), result.ToString());
            Assert.That(result.Tests.Skip(12).Select(t => t.CpuTimeMs), Is.All.Zero, "skipped tests report no run");
            Assert.That(result.Score, Is.EqualTo(30));
            Assert.That(result.Groups.Select(g => g.Verdict), Is.EqualTo(new[] { Verdict.Accepted, Verdict.WrongAnswer, Verdict.Skipped }));
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(7)), "the spinning test in the other sandbox was stopped, not run to its 8 s limit");
        });
    }

    [Test]
    public async Task A_function_style_problem_runs_in_both_sandboxes_with_its_harness()
    {
        // One test per runner request (a return value has one channel), dealt out between the two sandboxes all the same.
        var tests = Enumerable.Range(0, 10).Select(i => ProblemTest.Text($"{i}\n{10 * i}\n", $"{11 * i}")).ToArray();
        await _judge.Problems.PutAsync("parallel-function", tests, h => h.Signature = new Signature
        {
            FunctionName = "add",
            Parameters = { new Parameter { Name = "a", Type = "int" }, new Parameter { Name = "b", Type = "int" } },
            ReturnType = "int",
        });
        await WaitForWarmAsync();

        var result = await _judge.Judge.JudgeAsync("parallel-function", "python", "def add(a: int, b: int) -> int:\n    return 0 if a == 7 else a + b\n");

        Assert.That(result.Tests.Select(t => t.Verdict),
            Is.EqualTo(Enumerable.Range(0, 10).Select(i => i == 7 ? Verdict.WrongAnswer : Verdict.Accepted)), result.ToString());
    }

    [Test]
    public async Task Tampering_with_the_compiled_files_in_the_extra_sandbox_stops_judging_at_that_test()
    {
        // Test 5 (position 5: the extra sandbox) appends to /w/main.py.
        var tests = Enumerable.Range(0, 12).Select(i => Sum(i == 0 ? 1 : i, 1, extra: i == 5 ? " tamper" : "")).ToArray();
        await _judge.Problems.PutAsync("parallel-tamper", tests);
        await WaitForWarmAsync();

        var result = await _judge.Judge.JudgeAsync("parallel-tamper", "python", Picky);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tests.Select(t => t.Verdict),
                Is.EqualTo(Enumerable.Range(0, 12).Select(i => i < 5 ? Verdict.Accepted : i == 5 ? Verdict.RuntimeError : Verdict.Skipped)),
                result.ToString());
            Assert.That(result.Message, Does.Contain("changed or removed its own compiled files"));
        });
    }
}
