using Grpc.Core;
using Judge.Api.Submissions;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// A small queue limit and no worker: Submit refuses with RESOURCE_EXHAUSTED and a retry hint once
/// the limit of unfinished submissions is reached, and accepts again when a job is finished.
/// </summary>
[NonParallelizable]
public class BackPressureTests
{
    private const int Limit = 3;
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(workers: 0, new Dictionary<string, string?>
        {
            ["Api:MaxQueuedSubmissions"] = Limit.ToString(),
            ["Api:QueueFullRetryAfter"] = "00:00:02",
        });
        await _judge.RegisterLanguagesAsync("cpp");
        await _judge.Problems.PutAsync("pressure", [ProblemTest.Text("1 2\n", "3\n")]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private static SubmitRequest Request(string? idempotencyKey = null)
    {
        var request = SubmissionCalls.Request("pressure", "cpp", "int main() {}");
        request.IdempotencyKey = idempotencyKey ?? "";
        return request;
    }

    [Test]
    public async Task Past_the_queue_limit_submit_is_refused_with_a_retry_hint_and_nothing_is_stored()
    {
        var first = await _judge.Judge.SubmitAsync(Request("first"));
        for (var i = 1; i < Limit; i++)
        {
            await _judge.JudgeWithKey(JudgeHarness.OtherSubmitterKey).SubmitAsync(Request());
        }
        var submissionsBefore = await _judge.CountKeysAsync("submission:*");

        var error = Assert.ThrowsAsync<RpcException>(async () => await _judge.Judge.SubmitAsync(Request("refused")));
        var retried = await _judge.Judge.SubmitAsync(Request("first"));

        Assert.Multiple(async () =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(error.Status.Detail, Is.EqualTo($"the judge is at capacity ({Limit} submissions waiting or being judged, limit {Limit}); retry in 2000 ms"));
            Assert.That(error.Trailers.GetValue(SubmissionIntake.RetryAfterTrailer), Is.EqualTo("2000"));
            Assert.That(await _judge.QueuedJobsAsync(), Is.EqualTo(Limit));
            Assert.That(await _judge.CountKeysAsync("submission:*"), Is.EqualTo(submissionsBefore), "a refused submission stores nothing");
            Assert.That(await _judge.CountKeysAsync("idempotency:*:refused"), Is.Zero, "a refused submission does not take its idempotency key");
            // A retry of a call that was queued still gets its id: it adds nothing to the queue.
            Assert.That(retried.SubmissionId, Is.EqualTo(first.SubmissionId));
            Assert.That(retried.Duplicate, Is.True);
        });

        // A worker deletes a job from the stream when it acknowledges it; that frees a place.
        var redis = await _judge.RedisAsync();
        var oldest = (await redis.StreamRangeAsync(_judge.KeyPrefix + "jobs", "-", "+", 1))[0];
        await redis.StreamDeleteAsync(_judge.KeyPrefix + "jobs", [oldest.Id]);
        var accepted = await _judge.Judge.SubmitAsync(Request("refused"));
        Assert.That(accepted.Duplicate, Is.False);
        Assert.That(await _judge.QueuedJobsAsync(), Is.EqualTo(Limit));
    }
}
