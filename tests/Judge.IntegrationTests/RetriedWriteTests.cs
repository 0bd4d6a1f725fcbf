using System.Text;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Judge.IntegrationTests;

/// <summary>
/// Writes that Redis applied but whose reply was lost: a <see cref="ReplyDroppingProxy"/> between the
/// service and Redis drops one reply, the client times out, the Redis pipeline retries the write,
/// and the retry must find the first run's effect instead of repeating or refusing it.
/// </summary>
[NonParallelizable]
public class RetriedWriteTests
{
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(1);

    // Longer than the client's timeout, so the client times out before the connection closes.
    private static readonly TimeSpan Hold = OperationTimeout + TimeSpan.FromMilliseconds(300);

    private static readonly TimeSpan DropTimeout = TimeSpan.FromSeconds(30);

    private ReplyDroppingProxy _proxy = null!;

    [SetUp]
    public void StartProxy() => _proxy = ReplyDroppingProxy.Start(JudgeHarness.RedisAddress);

    [TearDown]
    public async Task StopProxyAsync() => await _proxy.DisposeAsync();

    [Test]
    public async Task A_retried_problem_commit_makes_exactly_one_version_with_its_real_tests()
    {
        await using var judge = await StartAsync(workers: 0);
        var tests = new[] { ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("40 2\n", "42\n") };
        var current = judge.KeyPrefix + "problem:commit:current";
        var dropped = _proxy.DropReplyAsync(request => IsScript(request) && Mentions(request, current), Hold);

        var response = await judge.Problems.PutAsync("commit", tests);

        var problem = await judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "commit" });
        var redis = await judge.RedisAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await dropped.WaitAsync(DropTimeout), Does.Contain("EVAL"), "the commit's reply was dropped");
            AssertRetried(judge);
            Assert.That(response.Version, Is.EqualTo(1));
            Assert.That(problem.Version, Is.EqualTo(1), "the current version is the one committed");
            Assert.That((long)await redis.StringGetAsync(judge.KeyPrefix + "problem:commit:versions"), Is.EqualTo(1), "one version made");
            Assert.That(await redis.KeyExistsAsync(judge.KeyPrefix + "problem:commit:v2"), Is.False);
            Assert.That(problem.Samples.Single().Input.ToStringUtf8(), Is.EqualTo("1 2\n"));
            Assert.That(SameData(await TestDataAsync(judge, "commit", 1), tests), Is.True, "every test holds the data uploaded");
        });
    }

    [Test]
    public async Task A_retried_promotion_of_a_self_checked_version_makes_it_current_once_and_permanent()
    {
        await using var judge = await StartAsync(workers: 1);
        var tests = new[] { ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("40 2\n", "42\n") };
        var pending = judge.KeyPrefix + "problem:promote:v1:pending";
        // The promote and delete scripts name the pending marker among their keys; only promotion happens here.
        var dropped = _proxy.DropReplyAsync(request => IsScript(request) && Keys(request).Contains(pending), Hold);

        var response = await judge.Problems.PutAsync("promote", tests, h => h.Solutions.Add(Reference()));

        var problem = await judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "promote" });
        var redis = await judge.RedisAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await dropped.WaitAsync(DropTimeout), Does.Contain("EVAL"), "the promotion's reply was dropped");
            AssertRetried(judge);
            Assert.That(response.Version, Is.EqualTo(1));
            Assert.That(response.Checks.Single().Passed, Is.True);
            Assert.That(problem.Version, Is.EqualTo(1), "current, not deleted as if it had been refused");
            Assert.That(await redis.KeyExistsAsync(pending), Is.False);
            Assert.That((await redis.KeyTimeToLiveAsync(judge.KeyPrefix + "problem:promote:v1:t1:in")).HasValue, Is.False, "made permanent");
            Assert.That(SameData(await TestDataAsync(judge, "promote", 1), tests), Is.True);
        });
    }

    [Test]
    public async Task A_retried_deletion_of_a_refused_version_deletes_it_whole_and_keeps_the_current_one()
    {
        await using var judge = await StartAsync(workers: 1);
        var tests = new[] { ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("40 2\n", "42\n") };
        await judge.Problems.PutAsync("refused", tests);
        var pending = judge.KeyPrefix + "problem:refused:v2:pending";
        var dropped = _proxy.DropReplyAsync(request => IsScript(request) && Keys(request).Contains(pending), Hold);

        var refused = Assert.ThrowsAsync<Grpc.Core.RpcException>(async () => await judge.Problems.PutAsync("refused",
            [tests[0], ProblemTest.Text("40 2\n", "43\n")], h => h.Solutions.Add(Reference())));

        var problem = await judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "refused" });
        Assert.Multiple(async () =>
        {
            Assert.That(await dropped.WaitAsync(DropTimeout), Does.Contain("EVAL"), "the deletion's reply was dropped");
            AssertRetried(judge);
            Assert.That(refused!.StatusCode, Is.EqualTo(Grpc.Core.StatusCode.FailedPrecondition));
            Assert.That(problem.Version, Is.EqualTo(1));
            Assert.That(await judge.CountKeysAsync("problem:refused:v2*"), Is.Zero, "deleted whole");
            Assert.That(judge.Logs!.Lines.Where(l => l.Contains("Could not delete pending version")), Is.Empty, "the retry did not fail");
            Assert.That(SameData(await TestDataAsync(judge, "refused", 1), tests), Is.True, "the current version is untouched");
        });
    }

    private static Solution Reference() => new()
    {
        Name = "solutions/sum.py",
        Language = "python",
        Source = Google.Protobuf.ByteString.CopyFromUtf8(Programs.Get("python", "sum")),
        ExpectedVerdict = Verdict.Accepted,
        Reference = true,
    };

    [Test]
    public async Task A_retried_chunk_write_leaves_the_test_data_byte_identical()
    {
        await using var judge = await StartAsync(workers: 0);
        // Three chunks of input, each different, so a repeated or misplaced chunk shows.
        var input = new byte[2 * ProblemUploads.ChunkSize + 12345];
        new Random(7).NextBytes(input);
        var tests = new[] { ProblemTest.Text("1\n", "1\n", sample: true), new ProblemTest(input, Encoding.UTF8.GetBytes("ok\n")) };
        var secondChunk = input.AsSpan(ProblemUploads.ChunkSize, ProblemUploads.ChunkSize).ToArray();
        var dropped = _proxy.DropReplyAsync(request => request.Any(argument => argument.AsSpan().SequenceEqual(secondChunk)), Hold);

        var response = await judge.Problems.PutAsync("chunks", tests);

        var problem = await judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "chunks" });
        Assert.Multiple(async () =>
        {
            Assert.That(await dropped.WaitAsync(DropTimeout), Is.Not.Empty, "the second chunk's reply was dropped");
            AssertRetried(judge);
            Assert.That(response.Version, Is.EqualTo(1));
            Assert.That(problem.Samples.Single().Input.ToStringUtf8(), Is.EqualTo("1\n"));
            Assert.That(SameData(await TestDataAsync(judge, "chunks", 1), tests), Is.True, "every test holds exactly the bytes uploaded");
        });
    }

    [Test]
    public async Task A_retried_final_result_write_finishes_the_job_once_and_acknowledges_it()
    {
        // Long enough that only an acknowledgement, not a takeover, can empty the queue in time.
        await using var judge = await StartAsync(workers: 1, new() { ["Worker:VisibilityTimeout"] = "00:00:30" });
        await judge.Problems.PutAsync("final", [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("40 2\n", "42\n")]);
        var submissions = judge.KeyPrefix + "submission:";
        // The write script's ARGV[4] says whether the state is final.
        var dropped = _proxy.DropReplyAsync(
            request => IsScript(request) && Keys(request).FirstOrDefault() is { } key && key.StartsWith(submissions) && Argv(request).ElementAtOrDefault(3) == "1",
            Hold);

        var submitted = await judge.Judge.SubmitAsync(SubmissionCalls.Request("final", "python", Programs.Get("python", "sum")));
        var events = await judge.Judge.WatchToEndAsync(submitted.SubmissionId);
        var queued = await WaitForEmptyQueueAsync(judge, TimeSpan.FromSeconds(10));

        var stored = await judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = submitted.SubmissionId });
        var logs = judge.Logs!.Lines.ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(await dropped.WaitAsync(DropTimeout), Does.Contain("EVAL"), "the final write's reply was dropped");
            AssertRetried(judge);
            Assert.That(queued, Is.Zero, "the job was acknowledged at once, not left for a takeover");
            Assert.That(stored.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(stored.Attempt, Is.EqualTo(1), "judged by its first delivery only");
            Assert.That(stored.Tests, Has.Count.EqualTo(2));
            Assert.That(events.Count(e => e.EventCase == SubmissionEvent.EventOneofCase.Final), Is.EqualTo(1), "one final event");
            Assert.That(events.Count(e => e.EventCase == SubmissionEvent.EventOneofCase.Test), Is.EqualTo(2), "every test once");
            Assert.That(logs.Count(l => l.Contains("judged: Accepted")), Is.EqualTo(1), "judged once");
            Assert.That(logs.Where(l => l.Contains("Stopped judging")), Is.Empty, "the retry was not taken for a stale write");
        });
    }

    [Test]
    public async Task A_retried_submit_creates_one_submission_and_does_not_call_itself_a_duplicate()
    {
        await using var judge = await StartAsync(workers: 0);
        await judge.RegisterLanguagesAsync("python");
        await judge.Problems.PutAsync("submit", [ProblemTest.Text("1 2\n", "3\n")]);
        var jobs = judge.KeyPrefix + "jobs";
        var dropped = _proxy.DropReplyAsync(request => IsScript(request) && Keys(request).Contains(jobs), Hold);

        var request = SubmissionCalls.Request("submit", "python", Programs.Get("python", "sum"));
        request.IdempotencyKey = "retried-submit";
        var response = await judge.Judge.SubmitAsync(request);
        var again = await judge.Judge.SubmitAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That(await dropped.WaitAsync(DropTimeout), Does.Contain("EVAL"), "the create script's reply was dropped");
            AssertRetried(judge);
            Assert.That(response.Duplicate, Is.False, "the call that created it is not told it was a duplicate");
            Assert.That(again.Duplicate, Is.True, "a later call with the key is");
            Assert.That(again.SubmissionId, Is.EqualTo(response.SubmissionId));
            Assert.That(await judge.QueuedJobsAsync(), Is.EqualTo(1), "one job");
            Assert.That(await judge.CountKeysAsync("submission:*:events"), Is.EqualTo(1), "one submission");
        });
    }

    [Test]
    public async Task A_retried_dead_letter_move_leaves_one_dead_letter()
    {
        var broken = new Dictionary<string, string?>
        {
            ["Worker:VisibilityTimeout"] = "00:00:02",
            ["Worker:MaxDeliveries"] = "1",
            ["Worker:Languages:0"] = "python",
        };
        await using var judge = await StartAsync(workers: 1, broken);
        await judge.WaitForLanguagesAsync(["python"]);
        await judge.Problems.PutAsync("poison", [ProblemTest.Text("1 2\n", "3\n")]);
        await judge.CorruptTestDataAsync("poison");
        var deadLetters = judge.KeyPrefix + "jobs:dead";
        var dropped = _proxy.DropReplyAsync(request => Mentions(request, deadLetters), Hold);

        var submitted = await judge.Judge.SubmitAsync(SubmissionCalls.Request("poison", "python", Programs.Get("python", "sum")));
        var final = (await judge.Judge.WatchToEndAsync(submitted.SubmissionId))[^1].Final;
        var queued = await WaitForEmptyQueueAsync(judge, TimeSpan.FromSeconds(20));

        var redis = await judge.RedisAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await dropped.WaitAsync(DropTimeout), Is.Not.Empty, "the dead-letter move's reply was dropped");
            AssertRetried(judge);
            Assert.That(final.Verdict, Is.EqualTo(Verdict.InternalError));
            Assert.That(queued, Is.Zero);
            Assert.That(await redis.StreamLengthAsync(deadLetters), Is.EqualTo(1), "one dead letter");
        });
    }

    [Test]
    public async Task A_retried_read_of_a_new_job_takes_the_job_it_read_at_once()
    {
        // Long enough that a job left pending by a lost read would be judged late, by a second delivery.
        await using var judge = await StartAsync(workers: 0, new() { ["Worker:VisibilityTimeout"] = "00:00:20" });
        await judge.RegisterLanguagesAsync("python");
        await judge.Problems.PutAsync("read", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        var submitted = await judge.Judge.SubmitAsync(SubmissionCalls.Request("read", "python", Programs.Get("python", "sum")));
        var jobs = judge.KeyPrefix + "jobs";
        // The worker's read of new jobs: XREADGROUP ... >, or the script that runs it.
        var dropped = _proxy.DropReplyAsync(
            request => Text(request[0]).Equals("XREADGROUP", StringComparison.OrdinalIgnoreCase) && Mentions(request, jobs)
                || IsScript(request) && Keys(request).FirstOrDefault() == jobs && Argv(request).ElementAtOrDefault(3) == "",
            Hold);

        await judge.StartWorkerAsync();
        var started = DateTime.UtcNow;
        var final = (await judge.Judge.WatchToEndAsync(submitted.SubmissionId))[^1].Final;
        var took = DateTime.UtcNow - started;

        Assert.Multiple(async () =>
        {
            Assert.That(await dropped.WaitAsync(DropTimeout), Is.Not.Empty, "the read's reply was dropped");
            AssertRetried(judge);
            Assert.That(final.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(final.Attempt, Is.EqualTo(1), "judged by the delivery that was read, not by a takeover");
            Assert.That(took, Is.LessThan(TimeSpan.FromSeconds(20)), "judged without waiting for the visibility timeout");
        });
    }

    [Test]
    public async Task A_retried_takeover_of_an_abandoned_job_takes_the_job_it_claimed_at_once()
    {
        await using var judge = await StartAsync(workers: 0, new() { ["Worker:VisibilityTimeout"] = "00:00:03" });
        await judge.RegisterLanguagesAsync("python");
        await judge.Problems.PutAsync("claim", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        var submitted = await judge.Judge.SubmitAsync(SubmissionCalls.Request("claim", "python", Programs.Get("python", "sum")));
        // A worker that read the job and died: the job is pending, and abandoned after the visibility timeout.
        var redis = await judge.RedisAsync();
        var jobs = judge.KeyPrefix + "jobs";
        await redis.StreamCreateConsumerGroupAsync(jobs, "workers", "0-0");
        Assert.That(await redis.StreamReadGroupAsync(jobs, "workers", "dead-worker", ">", 1), Has.Length.EqualTo(1));
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        // The takeover: XAUTOCLAIM, or the script that runs it.
        var dropped = _proxy.DropReplyAsync(
            request => Text(request[0]).Equals("XAUTOCLAIM", StringComparison.OrdinalIgnoreCase) && Mentions(request, jobs)
                || IsScript(request) && Keys(request).FirstOrDefault() == jobs && Argv(request).ElementAtOrDefault(3) is { Length: > 0 },
            Hold);

        await judge.StartWorkerAsync();
        var final = (await judge.Judge.WatchToEndAsync(submitted.SubmissionId))[^1].Final;

        Assert.Multiple(async () =>
        {
            Assert.That(await dropped.WaitAsync(DropTimeout), Is.Not.Empty, "the takeover's reply was dropped");
            AssertRetried(judge);
            Assert.That(final.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(final.Attempt, Is.EqualTo(2), "judged by the delivery the takeover claimed, not by a later one");
        });
    }

    /// <summary>The whole service, connected to Redis through the proxy, with a short Redis timeout and every log line kept.</summary>
    private async Task<JudgeHarness> StartAsync(int workers, Dictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(overrides ?? [])
        {
            ["Redis:Configuration"] = _proxy.Address,
            ["Redis:OperationTimeout"] = OperationTimeout.ToString(),
        };
        return await JudgeHarness.StartAsync(workers, settings, captureLogs: true);
    }

    /// <summary>The Redis pipeline logged a retry (Polly's OnRetry event).</summary>
    private static void AssertRetried(JudgeHarness judge) =>
        Assert.That(judge.Logs!.Lines.Where(l => l.Contains("OnRetry")), Is.Not.Empty, "the Redis pipeline retried");

    private static async Task<long> WaitForEmptyQueueAsync(JudgeHarness judge, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var queued = await judge.QueuedJobsAsync();
        while (queued > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            queued = await judge.QueuedJobsAsync();
        }
        return queued;
    }

    /// <summary>Every test's input and expected output of a version, as a worker reads them.</summary>
    private static async Task<byte[][][]> TestDataAsync(JudgeHarness judge, string problemId, uint version)
    {
        var store = judge.ApiServices.GetRequiredService<ProblemStore>();
        var problem = (await store.FindAsync(problemId, version, CancellationToken.None))!;
        var data = new byte[problem.Header.Tests.Count][][];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] =
            [
                await store.GetTestDataAsync(problemId, version, i, TestDataPart.Input, CancellationToken.None),
                await store.GetTestDataAsync(problemId, version, i, TestDataPart.ExpectedOutput, CancellationToken.None),
            ];
        }
        return data;
    }

    private static bool SameData(byte[][][] stored, IReadOnlyList<ProblemTest> uploaded) =>
        stored.Length == uploaded.Count && uploaded.Select((test, i) =>
            stored[i][0].AsSpan().SequenceEqual(test.Input) && stored[i][1].AsSpan().SequenceEqual(test.ExpectedOutput)).All(same => same);

    private static string Text(byte[] argument) => Encoding.UTF8.GetString(argument);

    private static bool IsScript(IReadOnlyList<byte[]> request) =>
        request.Count >= 3 && Text(request[0]).ToUpperInvariant() is "EVAL" or "EVALSHA";

    private static IEnumerable<string> Keys(IReadOnlyList<byte[]> script) =>
        script.Skip(3).Take(int.Parse(Text(script[2]))).Select(Text);

    private static IEnumerable<string> Argv(IReadOnlyList<byte[]> script) =>
        script.Skip(3 + int.Parse(Text(script[2]))).Select(Text);

    private static bool Mentions(IReadOnlyList<byte[]> request, string key) =>
        request.Any(argument => argument.Length == Encoding.UTF8.GetByteCount(key) && Text(argument) == key);
}
