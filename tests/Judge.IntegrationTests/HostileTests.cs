using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// Code written to break out or bring the judge down gets its verdict within its limits, and the
/// worker goes on serving. (A first part of the adversarial suite.)
/// </summary>
[NonParallelizable]
public class HostileTests
{
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.Problems.PutAsync("probe", [ProblemTest.Text("", "ok\n", sample: true)]);
        await _judge.Problems.PutAsync("daemon", [ProblemTest.Text("spawn\n", "ok\n", sample: true), ProblemTest.Text("count\n", "ok\n", sample: true)]);
        await _judge.Problems.PutAsync("sum", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    [Test]
    public async Task The_sandbox_has_only_loopback_and_reaches_no_port_of_this_machine_nor_the_docker_socket()
    {
        var result = await _judge.Judge.JudgeAsync("probe", "python", Programs.Get("python", "hostile_network"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.Tests.FirstOrDefault()?.Output.ToStringUtf8());
    }

    [Test]
    public async Task A_double_forked_setsid_daemon_dies_with_its_test()
    {
        var result = await _judge.Judge.JudgeAsync("daemon", "python", Programs.Get("python", "hostile_daemon"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.Tests.Select(t => t.Output.ToStringUtf8()).LastOrDefault());
    }

    [Test]
    public async Task A_fork_bomb_ends_at_its_limits_and_the_worker_goes_on()
    {
        var bomb = await _judge.Judge.JudgeAsync("sum", "cpp", Programs.Get("cpp", "hostile_forkbomb"));
        var next = await _judge.Judge.JudgeAsync("sum", "cpp", Programs.Get("cpp", "sum"));
        Assert.Multiple(() =>
        {
            Assert.That(bomb.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded).Or.EqualTo(Verdict.RuntimeError));
            Assert.That(next.Verdict, Is.EqualTo(Verdict.Accepted));
        });
    }

    [Test]
    public async Task Endless_output_is_capped_as_output_limit_exceeded()
    {
        var result = await _judge.Judge.JudgeAsync("sum", "python", Programs.Get("python", "hostile_flood"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.OutputLimitExceeded));
            Assert.That(result.Tests.Single().OutputTruncated, Is.True);
            Assert.That(result.Tests.Single().Output.Length, Is.LessThanOrEqualTo(64 * 1024), "a sample shows a capped part only");
        });
    }

    [Test]
    public async Task Sleeping_forever_is_ended_by_the_wall_clock_limit()
    {
        var result = await _judge.Judge.JudgeAsync("sum", "python", Programs.Get("python", "hostile_sleep"));
        var test = result.Tests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded));
            Assert.That(test.CpuTimeMs, Is.LessThan(1000), "it used almost no CPU");
            Assert.That(test.WallTimeMs, Is.GreaterThanOrEqualTo(2500), "the wall-clock limit (2 x 1 s + 0.5 s) ended it");
        });
    }
}
