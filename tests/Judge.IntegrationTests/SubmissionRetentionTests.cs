using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Judge.Contracts.V1;
using AssessmentsClient = Judge.Contracts.V1.Assessments.AssessmentsClient;
using CandidateClient = Judge.Contracts.V1.Candidate.CandidateClient;

namespace Judge.IntegrationTests;

/// <summary>
/// Retention of what submissions leave in Redis (real Redis, real worker): finished submissions, their events and
/// idempotency keys expire; sessions expire after their end and their reports skip submissions gone already; the
/// dead-letter stream is capped.
/// </summary>
[NonParallelizable]
public class SubmissionRetentionTests
{
    private const string PythonSum = "a, b = map(int, input().split())\nprint(a + b)\n";

    [Test]
    public async Task Finished_submissions_their_events_and_idempotency_keys_expire_leaving_only_the_problems_keys()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 1, new Dictionary<string, string?>
        {
            ["Retention:Submissions"] = "00:00:05",
            ["Retention:IdempotencyKeys"] = "00:00:01",
        });
        await judge.Problems.PutAsync("expiring", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        await judge.WaitForLanguagesAsync(["python"]);
        var before = await judge.KeysAsync();

        var finals = new List<Submission>();
        var lives = new List<long>();
        var idempotencyKeysSeen = 0;
        for (var i = 0; i < 5; i++)
        {
            var request = SubmissionCalls.Request("expiring", "python", PythonSum, i % 2 == 0 ? SubmitMode.Submit : SubmitMode.Run);
            request.IdempotencyKey = i < 3 ? $"expiring-{i}" : "";
            var final = await judge.Judge.JudgeAsync(request);
            finals.Add(final);
            // Read at once: on a slow machine the next judgments can outlast the first one's retention.
            lives.Add(await judge.TimeToLiveMsAsync($"submission:{final.Id}"));
            lives.Add(await judge.TimeToLiveMsAsync($"submission:{final.Id}:events"));
            idempotencyKeysSeen = Math.Max(idempotencyKeysSeen, (await judge.KeysAsync("idempotency:*")).Count);
        }

        var submissionsLeft = await judge.WaitUntilGoneAsync("submission:*", TimeSpan.FromSeconds(20));
        var idempotencyLeft = await judge.WaitUntilGoneAsync("idempotency:*", TimeSpan.FromSeconds(5));
        var after = await judge.KeysAsync();
        // A worker's take of a job is noted for under a minute (a retried take returns it): transient, with its own expiry.
        var takes = after.Where(k => k.StartsWith("jobs:taken:", StringComparison.Ordinal)).ToList();
        var takeLives = new List<long>();
        foreach (var take in takes)
        {
            takeLives.Add(await judge.TimeToLiveMsAsync(take));
        }

        Assert.Multiple(() =>
        {
            Assert.That(finals.Select(f => f.Verdict), Is.All.EqualTo(Verdict.Accepted));
            Assert.That(lives, Is.All.InRange(1, 5000), "hash and events expire 5 s after the final write");
            Assert.That(idempotencyKeysSeen, Is.LessThanOrEqualTo(3), "only the three keyed submissions have one");
            Assert.That(submissionsLeft, Is.Empty, "submission hashes and event streams");
            Assert.That(idempotencyLeft, Is.Empty, "idempotency keys");
            Assert.That(after.Except(before).Except(takes), Is.Empty, "only the keys there before the submissions remain");
            Assert.That(takeLives, Is.All.InRange(1, 5 * 60 * 1000));
        });
    }

    [Test]
    public async Task A_session_report_skips_expired_submissions_and_the_session_expires_after_its_end()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 1, new Dictionary<string, string?>
        {
            ["Retention:Submissions"] = "00:00:01",
            ["Retention:IdempotencyKeys"] = "00:00:01",
            ["Retention:Sessions"] = "00:00:03",
        });
        await judge.Problems.PutAsync("reported", [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("40 2\n", "42\n")]);
        await judge.WaitForLanguagesAsync(["python"]);
        var assessments = new AssessmentsClient(judge.WithKey(JudgeHarness.AssessorKey));
        // The shortest session is a minute: this one started 50 s ago, so it ends 10 s from now.
        var session = await assessments.CreateSessionAsync(new CreateSessionRequest
        {
            CandidateRef = "cand-retention",
            ProblemIds = { "reported" },
            Languages = { "python" },
            StartsAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow - TimeSpan.FromSeconds(50)),
            Duration = Duration.FromTimeSpan(TimeSpan.FromMinutes(1)),
        });
        var candidate = new CandidateClient(judge.WithToken(session.CandidateToken));
        await candidate.RecordActivityAsync(new RecordActivityRequest
        {
            ClientNow = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            Events = { new ActivityEvent { At = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), ProblemId = "reported", Language = "python", Snapshot = PythonSum } },
        });
        var submitted = await candidate.SubmitAsync(SubmissionCalls.Request("reported", "python", PythonSum));
        Submission? final = null;
        using (var watch = candidate.WatchSubmission(new WatchSubmissionRequest { SubmissionId = submitted.SubmissionId }, deadline: DateTime.UtcNow + SubmissionCalls.JudgeTimeout))
        {
            await foreach (var change in watch.ResponseStream.ReadAllAsync())
            {
                final = change.Final ?? final;
            }
        }
        var measured = DateTimeOffset.UtcNow;
        var sessionLife = await judge.TimeToLiveMsAsync($"session:{session.Id}");
        var listLife = await judge.TimeToLiveMsAsync($"session:{session.Id}:submissions");
        var activityLife = await judge.TimeToLiveMsAsync($"session:{session.Id}:activity");
        var lengthsLife = await judge.TimeToLiveMsAsync($"session:{session.Id}:editor-lengths");

        var submissionLeft = await judge.WaitUntilGoneAsync($"submission:{submitted.SubmissionId}*", TimeSpan.FromSeconds(10));
        var report = await assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id });
        var similarityLeft = await judge.WaitUntilGoneAsync("similarity:[pgin]*", TimeSpan.FromSeconds(10));

        var sessionLeft = await judge.WaitUntilGoneAsync($"session:{session.Id}*", TimeSpan.FromSeconds(30));
        var gone = Assert.ThrowsAsync<RpcException>(async () => await assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id }));
        var endsAt = session.EndsAt.ToDateTimeOffset();

        Assert.Multiple(() =>
        {
            Assert.That(final?.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That((measured.AddMilliseconds(sessionLife) - (endsAt + TimeSpan.FromSeconds(3))).Duration(), Is.LessThan(TimeSpan.FromSeconds(1.5)),
                "the session expires 3 s after its end");
            Assert.That(Math.Abs(listLife - sessionLife), Is.LessThan(2000), "its submissions' list expires with it");
            Assert.That(Math.Abs(activityLife - sessionLife), Is.LessThan(2000), "its recorded activity expires with it");
            Assert.That(Math.Abs(lengthsLife - sessionLife), Is.LessThan(2000), "its editors' lengths expire with it");
            Assert.That(submissionLeft, Is.Empty, "the submission expired");
            Assert.That(similarityLeft, Is.Empty, "its fingerprints, group and counts expired with it");
            Assert.That(report.Problems.Single().Submissions, Is.Empty, "the report skips the expired submission");
            Assert.That(report.Problems.Single().MaxScore, Is.EqualTo(2), "the pinned version is still there");
            Assert.That(sessionLeft, Is.Empty, "the session, its list and its activity expired");
            Assert.That(DateTimeOffset.UtcNow, Is.GreaterThan(endsAt + TimeSpan.FromSeconds(3)));
            Assert.That(gone!.StatusCode, Is.EqualTo(StatusCode.NotFound));
        });
    }

    [Test]
    public async Task The_dead_letter_stream_keeps_the_newest_dead_letters_only()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0, new Dictionary<string, string?>
        {
            ["Retention:DeadLetters"] = "3",
            ["Worker:VisibilityTimeout"] = "00:00:01",
            ["Worker:MaxDeliveries"] = "1",
            ["Sandbox:WarmPerLanguage"] = "0",
        });
        await judge.RegisterLanguagesAsync("python");
        await judge.Problems.PutAsync("poison", [ProblemTest.Text("1 2\n", "3\n")]);
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await judge.Judge.SubmitAsync(SubmissionCalls.Request("poison", "python", PythonSum))).SubmissionId);
        }
        // A worker that took all five and died: each next delivery is past MaxDeliveries, so each job is dead-lettered.
        var redis = await judge.RedisAsync();
        var jobs = judge.KeyPrefix + "jobs";
        await redis.StreamCreateConsumerGroupAsync(jobs, "workers", "0-0");
        Assert.That(await redis.StreamReadGroupAsync(jobs, "workers", "dead-worker", ">", 5), Has.Length.EqualTo(5));

        await judge.StartWorkerAsync();
        var finals = new List<Submission>();
        foreach (var id in ids)
        {
            finals.Add((await judge.Judge.WatchToEndAsync(id))[^1].Final);
        }
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (await redis.StreamLengthAsync(jobs) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        var dead = await redis.StreamRangeAsync(judge.KeyPrefix + "jobs:dead");

        Assert.Multiple(async () =>
        {
            Assert.That(finals.Select(f => f.Verdict), Is.All.EqualTo(Verdict.InternalError));
            Assert.That(await redis.StreamLengthAsync(jobs), Is.Zero, "every job was dead-lettered");
            Assert.That(dead, Has.Length.EqualTo(3), "the newest 3 of 5 dead letters are kept");
            Assert.That(dead.Select(d => (string)d["sid"]!), Is.SubsetOf(ids).And.Unique);
        });
    }
}
