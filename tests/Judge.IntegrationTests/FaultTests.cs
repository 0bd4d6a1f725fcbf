using System.Diagnostics;
using Grpc.Core;
using Judge.Contracts.V1;
using Judge.Testbed;

namespace Judge.IntegrationTests;

/// <summary>
/// Faults of real processes: workers killed with SIGKILL or stopped with SIGTERM, Redis restarted,
/// the Docker engine restarted. After each, every submission reaches exactly one final result.
/// </summary>
[NonParallelizable]
public class FaultTests
{
    private const string SlowProblem = "slow";
    private const int SlowTests = 8;

    // Sleeps a little per test, so that a fault can land while the submission is being judged.
    private const string SlowProgram = "import time\na, b = map(int, input().split())\ntime.sleep(0.4)\nprint(a + b)\n";

    // Outlasts the engine's 10 s stop timeout, so a restart of the engine kills the judging under way.
    private const string SlowerProgram = "import time\na, b = map(int, input().split())\ntime.sleep(1.5)\nprint(a + b)\n";

    private static readonly TimeSpan WorkerStart = TimeSpan.FromSeconds(90);

    [Test]
    public async Task A_worker_killed_with_sigkill_mid_judging_is_taken_over_and_the_result_is_written_once()
    {
        await using var judge = await StartAsync(new() { ["Worker:VisibilityTimeout"] = "00:00:03" });
        await using var doomed = judge.StartWorkerProcess();
        await doomed.WaitForLogAsync("Application started", WorkerStart);
        var id = await SubmitSlowAsync(judge);
        await WaitForFirstTestAsync(judge, id);

        doomed.Signal(Signals.Kill);
        Assert.That(await doomed.WaitForExitAsync(TimeSpan.FromSeconds(10)), Is.True);
        await using var rescuer = judge.StartWorkerProcess();

        var events = await judge.Judge.WatchToEndAsync(id);
        var stored = await judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = id });
        // The job is acknowledged just after the final result is stored.
        var queued = await judge.QueuedJobsAsync();
        for (var wait = 0; queued > 0 && wait < 50; wait++)
        {
            await Task.Delay(100);
            queued = await judge.QueuedJobsAsync();
        }
        Assert.Multiple(async () =>
        {
            Assert.That(events.Count(e => e.EventCase == SubmissionEvent.EventOneofCase.Final), Is.EqualTo(1), "one final result");
            Assert.That(stored.Verdict, Is.EqualTo(Verdict.Accepted), rescuer.Output);
            Assert.That(stored.Attempt, Is.EqualTo(2), "the second delivery finished it");
            Assert.That(stored.Tests, Has.Count.EqualTo(SlowTests), "every test once, from the attempt that finished");
            Assert.That(queued, Is.EqualTo(0), "the job is acknowledged and gone");
            Assert.That(await ContainersGoneAsync(doomed.Name, TimeSpan.FromSeconds(30)), Is.True,
                "the killed worker's containers removed themselves (its runners saw end of file)");
        });
    }

    [Test]
    public async Task On_sigterm_a_worker_takes_no_new_job_finishes_the_one_in_flight_removes_its_containers_and_exits_0()
    {
        await using var judge = await StartAsync(new());
        await using var stopping = judge.StartWorkerProcess();
        await stopping.WaitForLogAsync("Application started", WorkerStart);
        var inFlight = await SubmitSlowAsync(judge);
        await WaitForFirstTestAsync(judge, inFlight);

        stopping.Signal(Signals.Terminate);
        await Task.Delay(200);
        var later = await SubmitSlowAsync(judge);
        var exited = await stopping.WaitForExitAsync(TimeSpan.FromSeconds(45));
        var finished = await judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = inFlight });
        var waiting = await judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = later });
        Assert.Multiple(async () =>
        {
            Assert.That(exited, Is.True, "it exits within its grace period");
            Assert.That(stopping.ExitCode, Is.EqualTo(0), stopping.Output);
            Assert.That(finished.Verdict, Is.EqualTo(Verdict.Accepted), "the job in flight was finished");
            Assert.That(finished.Attempt, Is.EqualTo(1));
            Assert.That(waiting.Status, Is.EqualTo(SubmissionStatus.Queued), "no job was taken after SIGTERM");
            Assert.That(await ContainersGoneAsync(stopping.Name, TimeSpan.Zero), Is.True, "its containers are removed before it exits");
        });

        await using var next = judge.StartWorkerProcess();
        var final = (await judge.Judge.WatchToEndAsync(later))[^1].Final;
        Assert.That(final.Verdict, Is.EqualTo(Verdict.Accepted));
    }

    [Test]
    public async Task On_sigterm_a_job_that_cannot_finish_in_the_grace_period_is_handed_back_at_once()
    {
        // A visibility timeout far longer than the test: only the hand-back lets the next worker take it.
        var settings = new Dictionary<string, string?> { ["Worker:ShutdownGrace"] = "00:00:01", ["Worker:VisibilityTimeout"] = "00:05:00" };
        await using var judge = await StartAsync(settings);
        await using var stopping = judge.StartWorkerProcess();
        await stopping.WaitForLogAsync("Application started", WorkerStart);
        var id = await SubmitSlowAsync(judge);
        await WaitForFirstTestAsync(judge, id);

        stopping.Signal(Signals.Terminate);
        Assert.That(await stopping.WaitForExitAsync(TimeSpan.FromSeconds(30)), Is.True);
        var handedBack = Stopwatch.StartNew();
        await using var next = judge.StartWorkerProcess();
        var final = (await judge.Judge.WatchToEndAsync(id))[^1].Final;
        Assert.Multiple(() =>
        {
            Assert.That(stopping.ExitCode, Is.EqualTo(0), stopping.Output);
            Assert.That(stopping.Output, Does.Contain("handing it back"));
            Assert.That(final.Verdict, Is.EqualTo(Verdict.Accepted), next.Output);
            Assert.That(final.Attempt, Is.EqualTo(2));
            Assert.That(handedBack.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)), "taken long before the 5 min visibility timeout");
        });
    }

    [Test]
    public async Task A_worker_stopped_while_it_starts_a_sandbox_for_a_job_leaves_no_container_behind()
    {
        // No warm sandboxes: the job's rental creates one, and SIGTERM with no grace cancels the job meanwhile.
        var settings = new Dictionary<string, string?> { ["Sandbox:WarmPerLanguage"] = "0", ["Worker:ShutdownGrace"] = "00:00:00" };
        await using var judge = await StartAsync(settings);
        for (var round = 0; round < 2; round++)
        {
            await using var stopping = judge.StartWorkerProcess();
            await stopping.WaitForLogAsync("Application started", WorkerStart);
            await SubmitSlowAsync(judge);
            await stopping.WaitForLogAsync("No warm sandbox for python", TimeSpan.FromSeconds(30));

            stopping.Signal(Signals.Terminate);
            Assert.That(await stopping.WaitForExitAsync(TimeSpan.FromSeconds(45)), Is.True, stopping.Output);
            Assert.That(await ContainersGoneAsync(stopping.Name, TimeSpan.Zero), Is.True,
                $"round {round}: a container made while the worker stopped is removed before it exits\n{stopping.Output}");
        }
    }

    [Test]
    public async Task The_api_is_not_ready_while_redis_is_down_and_ready_again_when_it_is_back()
    {
        await using var redis = new RedisServer(6392);
        await redis.StartAsync();
        await using var judge = await StartAsync(new()
        {
            ["Redis:Configuration"] = redis.Address + ",abortConnect=false,connectTimeout=1000,syncTimeout=1000",
        }, workers: 0);
        var health = new Grpc.Health.V1.Health.HealthClient(judge.WithKey(null));
        using var http = judge.CreateHttpClient();

        async Task<(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus Grpc, System.Net.HttpStatusCode Http)> ProbeAsync() =>
            ((await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest())).Status, (await http.GetAsync("/healthz/ready")).StatusCode);

        var up = await ProbeAsync();
        await redis.StopAsync();
        var down = await ProbeAsync();
        var live = (await http.GetAsync("/healthz/live")).StatusCode;
        await redis.StartAsync();
        var back = await ProbeAsync();
        for (var wait = 0; back.Grpc != Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving && wait < 30; wait++)
        {
            await Task.Delay(500);
            back = await ProbeAsync();
        }

        Assert.Multiple(() =>
        {
            Assert.That(up, Is.EqualTo((Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, System.Net.HttpStatusCode.OK)));
            Assert.That(down, Is.EqualTo((Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.NotServing, System.Net.HttpStatusCode.ServiceUnavailable)));
            Assert.That(live, Is.EqualTo(System.Net.HttpStatusCode.OK), "the process itself is alive");
            Assert.That(back, Is.EqualTo((Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, System.Net.HttpStatusCode.OK)), "ready again");
        });
    }

    [Test]
    public async Task Redis_restarted_loses_nothing_queued_the_api_answers_unavailable_meanwhile_and_everyone_reconnects()
    {
        await using var redis = new RedisServer(6391);
        await redis.StartAsync();
        await using var judge = await StartAsync(new()
        {
            ["Redis:Configuration"] = redis.Address + ",abortConnect=false,connectTimeout=2000",
            // A call during the outage fails after its retries of one operation timeout each (4 x 10 s by default).
            ["Redis:OperationTimeout"] = "00:00:02",
            ["Worker:VisibilityTimeout"] = "00:00:03",
        }, workers: 1);
        var before = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            before.Add(await SubmitSlowAsync(judge));
        }
        await WaitForFirstTestAsync(judge, before[0]);

        await redis.StopAsync();
        var duringOutage = Assert.ThrowsAsync<RpcException>(async () => await SubmitSlowAsync(judge));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await redis.StartAsync();
        var after = await SubmitWhenAvailableAsync(judge, TimeSpan.FromSeconds(60));

        var finals = new List<Submission>();
        foreach (var id in before.Append(after))
        {
            finals.Add((await judge.Judge.WatchToEndAsync(id))[^1].Final);
        }
        Assert.Multiple(() =>
        {
            Assert.That(duringOutage!.StatusCode, Is.EqualTo(StatusCode.Unavailable));
            Assert.That(duringOutage.Status.Detail, Is.Not.Empty, "a message says what is unavailable");
            Assert.That(finals.Select(f => f.Verdict), Is.All.EqualTo(Verdict.Accepted), "every submission, queued before or after, is judged");
        });
    }

    [Test]
    public async Task The_docker_engine_restarted_under_a_worker_makes_it_rebuild_its_pool_and_judge_the_submission_again()
    {
        await using var judge = await StartAsync(new() { ["Worker:VisibilityTimeout"] = "00:00:03", ["Worker:MaxDeliveries"] = "6" }, workers: 1);
        var id = await SubmitSlowAsync(judge, SlowerProgram);
        await WaitForFirstTestAsync(judge, id);

        await RestartDockerEngineAsync();
        var final = (await judge.Judge.WatchToEndAsync(id))[^1].Final;
        var next = await judge.Judge.JudgeAsync(SlowProblem, "python", SlowProgram);
        Assert.Multiple(() =>
        {
            Assert.That(final.Verdict, Is.EqualTo(Verdict.Accepted), final.Message);
            Assert.That(final.Attempt, Is.GreaterThanOrEqualTo(2), "the attempt the restart broke was not the one that finished");
            Assert.That(next.Verdict, Is.EqualTo(Verdict.Accepted), "the pool serves new submissions");
        });
    }

    private static async Task<JudgeHarness> StartAsync(Dictionary<string, string?> settings, int workers = 0)
    {
        var judge = await JudgeHarness.StartAsync(workers, settings);
        await judge.RegisterLanguagesAsync("python");
        var tests = Enumerable.Range(0, SlowTests).Select(i => ProblemTest.Text($"{i} 1\n", $"{i + 1}\n")).ToList();
        await judge.Problems.PutAsync(SlowProblem, tests, timeLimitMs: 2000);
        return judge;
    }

    private static async Task<string> SubmitSlowAsync(JudgeHarness judge, string program = SlowProgram) =>
        (await judge.Judge.SubmitAsync(SubmissionCalls.Request(SlowProblem, "python", program))).SubmissionId;

    private static async Task<string> SubmitWhenAvailableAsync(JudgeHarness judge, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return await SubmitSlowAsync(judge);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable && DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>Returns once the submission has a test result: it is being judged.</summary>
    private static async Task WaitForFirstTestAsync(JudgeHarness judge, string id)
    {
        using var call = judge.Judge.WatchSubmission(new WatchSubmissionRequest { SubmissionId = id }, deadline: DateTime.UtcNow + SubmissionCalls.JudgeTimeout);
        await foreach (var change in call.ResponseStream.ReadAllAsync())
        {
            if (change.EventCase == SubmissionEvent.EventOneofCase.Test)
            {
                return;
            }
            Assert.That(change.EventCase, Is.Not.EqualTo(SubmissionEvent.EventOneofCase.Final), "finished before the fault");
        }
    }

    private static async Task<bool> ContainersGoneAsync(string worker, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await JudgeHarness.SandboxContainersOfAsync([worker]) == 0)
            {
                return true;
            }
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }
            await Task.Delay(500);
        }
    }

    /// <summary>Stops dockerd as an operator would (SIGTERM) and starts it again with the judge's own script.</summary>
    private static async Task RestartDockerEngineAsync()
    {
        var pid = int.Parse(await File.ReadAllTextAsync("/var/run/docker.pid"));
        Signals.Send(pid, Signals.Terminate);
        for (var wait = 0; wait < 300 && Directory.Exists($"/proc/{pid}"); wait++)
        {
            await Task.Delay(100);
        }
        using var start = Process.Start(new ProcessStartInfo(Path.Combine(Repository.Root, "judge"), "images")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var log = start.StandardError.ReadToEndAsync();
        await start.WaitForExitAsync();
        Assert.That(start.ExitCode, Is.EqualTo(0), await log);
    }
}
