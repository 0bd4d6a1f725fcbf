using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.DependencyInjection;
using AssessmentsClient = Judge.Contracts.V1.Assessments.AssessmentsClient;

namespace Judge.IntegrationTests;

/// <summary>
/// The API's retention sweep removes a problem version nothing refers to any more, after the grace period: never the
/// current one, never one an unfinished submission uses or a session pins (real Redis, real worker).
/// </summary>
[NonParallelizable]
public class ProblemVersionRetentionTests
{
    private const string PythonSum = "a, b = map(int, input().split())\nprint(a + b)\n";
    private static readonly ProblemTest[] Tests = [ProblemTest.Text("1 2\n", "3\n"), ProblemTest.Text("40 2\n", "42\n")];

    [Test]
    public async Task A_version_is_removed_after_the_grace_once_no_submission_or_session_refers_to_it()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0, new Dictionary<string, string?>
        {
            ["Retention:ProblemVersionGrace"] = "00:00:01",
            ["Retention:SweepInterval"] = "00:00:01",
            ["Retention:Sessions"] = "00:00:02",
        });
        await judge.RegisterLanguagesAsync("python");
        // "unused" v1: nothing refers to it once v2 is current.
        await judge.Problems.PutAsync("unused", Tests);
        await judge.Problems.PutAsync("unused", Tests);
        // "queued" v1: a submission waits on it (no worker yet).
        await judge.Problems.PutAsync("queued", Tests);
        var queued = await judge.Judge.SubmitAsync(SubmissionCalls.Request("queued", "python", PythonSum));
        await judge.Problems.PutAsync("queued", Tests);
        // "pinned" v1: a session pins it; the session ends 12 s from now and is kept 2 s more.
        await judge.Problems.PutAsync("pinned", Tests);
        var session = await new AssessmentsClient(judge.WithKey(JudgeHarness.AssessorKey)).CreateSessionAsync(new CreateSessionRequest
        {
            CandidateRef = "cand-pins",
            ProblemIds = { "pinned" },
            Languages = { "python" },
            StartsAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow - TimeSpan.FromSeconds(48)),
            Duration = Duration.FromTimeSpan(TimeSpan.FromMinutes(1)),
        });
        var pinnedUntil = session.EndsAt.ToDateTimeOffset() + TimeSpan.FromSeconds(2);
        await judge.Problems.PutAsync("pinned", Tests);
        var allKeys = await judge.KeysAsync();

        var unusedLeft = await judge.WaitUntilGoneAsync("problem:unused:v1*", TimeSpan.FromSeconds(20));
        var afterFirstRemoval = await judge.KeysAsync();
        var removedVersion = Assert.ThrowsAsync<RpcException>(async () => await judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "unused", Version = 1 }));

        // The worker judges the waiting submission on its version, which goes once it is finished.
        await judge.StartWorkerAsync();
        var judged = (await judge.Judge.WatchToEndAsync(queued.SubmissionId))[^1].Final;
        var queuedLeft = await judge.WaitUntilGoneAsync("problem:queued:v1*", TimeSpan.FromSeconds(20));

        var pinnedLeft = await judge.WaitUntilGoneAsync("problem:pinned:v1*", TimeSpan.FromSeconds(40));
        var pinnedGoneAt = DateTimeOffset.UtcNow;
        var final = await judge.KeysAsync();
        var sweeps = judge.ApiServices.GetRequiredService<ProblemVersionRetention>();
        // Two replicas sweeping at once, as soon as the lock is free.
        await (await judge.RedisAsync()).KeyDeleteAsync(judge.KeyPrefix + "retention:sweep");
        var sweptAgain = await Task.WhenAll(sweeps.SweepAsync(CancellationToken.None), sweeps.SweepAsync(CancellationToken.None));

        string[] versionOne = ["v1", "v1:t0:in", "v1:t0:out", "v1:t1:in", "v1:t1:out"];
        string[] versionTwo = ["v2", "v2:t0:in", "v2:t0:out", "v2:t1:in", "v2:t1:out", "current", "versions"];
        Assert.Multiple(() =>
        {
            Assert.That(allKeys, Is.SupersetOf(new[] { "unused", "queued", "pinned" }.SelectMany(p => versionOne.Select(k => $"problem:{p}:{k}"))),
                "every version was whole before the sweep");
            Assert.That(unusedLeft, Is.Empty, "the unused version's record and test data are gone");
            Assert.That(removedVersion!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(afterFirstRemoval, Is.SupersetOf(versionOne.Select(k => $"problem:queued:{k}")), "the queued submission's version stays");
            Assert.That(afterFirstRemoval, Is.SupersetOf(versionOne.Select(k => $"problem:pinned:{k}")), "the pinned version stays");
            Assert.That(judged.Verdict, Is.EqualTo(Verdict.Accepted), "judged on its whole version");
            Assert.That(queuedLeft, Is.Empty, "the version goes once its submission is finished");
            Assert.That(pinnedLeft, Is.Empty, "the pinned version goes once the session has expired");
            Assert.That(pinnedGoneAt, Is.GreaterThan(pinnedUntil), "not before the pin ended");
            Assert.That(final, Is.SupersetOf(new[] { "unused", "queued", "pinned" }.SelectMany(p => versionTwo.Select(k => $"problem:{p}:{k}"))),
                "current versions are never removed");
            Assert.That(sweptAgain.Count(s => s.Ran), Is.EqualTo(1), "two sweeps at once: one takes the lock");
            Assert.That(sweptAgain.SelectMany(s => s.Removed), Is.Empty, "nothing more to remove");
        });
    }
}
