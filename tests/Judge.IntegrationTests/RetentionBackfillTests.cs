using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Judge.Storage.Records;

namespace Judge.IntegrationTests;

/// <summary>What a deployment stored before retention existed gets its expiry and pins in the first sweep (real Redis).</summary>
[NonParallelizable]
public class RetentionBackfillTests
{
    [Test]
    public async Task The_first_sweep_gives_finished_submissions_and_sessions_stored_without_expiry_their_expiry_and_pins()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0, new Dictionary<string, string?>
        {
            ["Retention:Submissions"] = "01:00:00",
            ["Retention:IdempotencyKeys"] = "00:10:00",
            ["Retention:Sessions"] = "00:10:00",
            ["Retention:ProblemVersionGrace"] = "00:00:01",
        });
        await judge.Problems.PutAsync("legacy", [ProblemTest.Text("1 2\n", "3\n")]);
        await judge.Problems.PutAsync("legacy", [ProblemTest.Text("1 2\n", "3\n")]);
        // As stored before retention: no expiry anywhere, no pins.
        var db = await judge.RedisAsync();
        var prefix = judge.KeyPrefix;
        var finished = Guid.NewGuid().ToString("N");
        var unfinished = Guid.NewGuid().ToString("N");
        foreach (var (id, final) in new[] { (finished, true), (unfinished, false) })
        {
            await db.HashSetAsync($"{prefix}submission:{id}", [new("state", new Submission { Id = id }.ToByteArray()), new("final", final ? "1" : "0")]);
            await db.StreamAddAsync($"{prefix}submission:{id}:events", "e", "x");
        }
        var endsAt = DateTimeOffset.UtcNow.AddHours(1);
        var session = new StoredSession
        {
            Id = Guid.NewGuid().ToString("N"),
            CandidateRef = "cand-legacy",
            Problems = { new SessionProblem { ProblemId = "legacy", Version = 1, Title = "Legacy" } },
            Languages = { "python" },
            StartsAt = Timestamp.FromDateTimeOffset(endsAt.AddHours(-2)),
            EndsAt = Timestamp.FromDateTimeOffset(endsAt),
        };
        await db.HashSetAsync($"{prefix}session:{session.Id}", "session", session.ToByteArray());
        await db.SortedSetAddAsync($"{prefix}session:{session.Id}:submissions", finished, 1);

        var sweeps = judge.ApiServices.GetRequiredService<ProblemVersionRetention>();
        var first = await sweeps.SweepAsync(CancellationToken.None);
        // A second sweep past the grace: the version the session uses is pinned, so it stays.
        await Task.Delay(1500);
        await db.KeyDeleteAsync(prefix + "retention:sweep");
        var second = await sweeps.SweepAsync(CancellationToken.None);

        var expected = (endsAt + TimeSpan.FromMinutes(10)).ToUnixTimeMilliseconds();
        var sessionExpiry = (long)await db.ExecuteAsync("PEXPIRETIME", $"{prefix}session:{session.Id}");
        Assert.Multiple(async () =>
        {
            Assert.That(first.Ran && second.Ran, Is.True);
            Assert.That(await judge.TimeToLiveMsAsync($"submission:{finished}"), Is.InRange(3_500_000, 3_600_000), "a finished submission: an hour from now");
            Assert.That(await judge.TimeToLiveMsAsync($"submission:{finished}:events"), Is.InRange(3_500_000, 3_600_000));
            Assert.That(await judge.TimeToLiveMsAsync($"submission:{unfinished}"), Is.EqualTo(-1), "an unfinished one keeps none");
            Assert.That(await judge.TimeToLiveMsAsync($"submission:{unfinished}:events"), Is.EqualTo(-1));
            Assert.That(Math.Abs(sessionExpiry - expected), Is.LessThan(1000), "the session: 10 minutes after its end");
            Assert.That((long)await db.ExecuteAsync("PEXPIRETIME", $"{prefix}session:{session.Id}:submissions"), Is.EqualTo(sessionExpiry));
            Assert.That(await db.SortedSetScoreAsync($"{prefix}problem:legacy:pins", 1), Is.EqualTo(sessionExpiry), "its version pinned as long");
            Assert.That(await db.KeyExistsAsync($"{prefix}problem:legacy:v1"), Is.True, "the pinned version stays");
            Assert.That(first.Removed.Concat(second.Removed), Is.Empty);
            Assert.That(await db.KeyExistsAsync(prefix + "retention:backfilled"), Is.True, "done once");
        });
    }
}
