using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>Several workers consume one stream through one group: each submission is judged exactly once.</summary>
[NonParallelizable]
public class SharedStreamTests
{
    [Test]
    public async Task Two_workers_sharing_one_stream_judge_each_submission_once()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 2);
        await judge.Problems.PutAsync("shared", [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("4 5\n", "9\n")]);

        var submissions = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var language = i % 2 == 0 ? "cpp" : "python";
            var submitted = await judge.Judge.SubmitAsync(SubmissionCalls.Request("shared", language, Programs.Get(language, "sum")));
            submissions.Add(submitted.SubmissionId);
        }
        var histories = await Task.WhenAll(submissions.Select(judge.Judge.WatchToEndAsync));

        var redis = await judge.RedisAsync();
        foreach (var events in histories)
        {
            var final = events[^1].Final;
            Assert.Multiple(() =>
            {
                Assert.That(final.Verdict, Is.EqualTo(Verdict.Accepted));
                Assert.That(final.Attempt, Is.EqualTo(1), "judged on its first delivery");
                Assert.That(events.Count(e => e.EventCase == SubmissionEvent.EventOneofCase.Final), Is.EqualTo(1));
                Assert.That(events.Count(e => e.Status?.Status == SubmissionStatus.Compiling), Is.EqualTo(1), "compiled once");
                Assert.That(events.Count(e => e.EventCase == SubmissionEvent.EventOneofCase.Test), Is.EqualTo(2));
            });
        }
        var pending = await redis.StreamPendingAsync(judge.KeyPrefix + "jobs", "workers");
        Assert.Multiple(async () =>
        {
            Assert.That(pending.PendingMessageCount, Is.EqualTo(0), "every job acknowledged");
            Assert.That(await redis.StreamLengthAsync(judge.KeyPrefix + "jobs"), Is.EqualTo(0), "and removed from the stream");
        });
    }
}
