using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>Concurrent Submits with one idempotency key, with no worker so the stream can be counted.</summary>
[NonParallelizable]
public class IdempotencyTests
{
    private const int Callers = 20;
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(workers: 0);
        await _judge.RegisterLanguagesAsync("cpp");
        await _judge.Problems.PutAsync("race", [ProblemTest.Text("1 2\n", "3\n")]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    [Test]
    public async Task Racing_submits_with_one_key_make_exactly_one_submission_and_one_job()
    {
        var request = SubmissionCalls.Request("race", "cpp", "int main() {}");
        request.IdempotencyKey = $"race-{Guid.NewGuid():N}";
        using var start = new SemaphoreSlim(0);
        var calls = Enumerable.Range(0, Callers).Select(async _ =>
        {
            await start.WaitAsync();
            return await _judge.Judge.SubmitAsync(request);
        }).ToList();
        start.Release(Callers);
        var responses = await Task.WhenAll(calls);

        Assert.Multiple(async () =>
        {
            Assert.That(responses.Select(r => r.SubmissionId).Distinct().Count(), Is.EqualTo(1));
            Assert.That(responses.Count(r => !r.Duplicate), Is.EqualTo(1), "exactly one call created it");
            Assert.That(await _judge.QueuedJobsAsync(), Is.EqualTo(1));
            Assert.That(await _judge.CountKeysAsync("submission:*:events"), Is.EqualTo(1));
        });
    }
}
