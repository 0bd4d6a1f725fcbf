using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Judge.IntegrationTests;

/// <summary>
/// ListLanguages shows what live workers serve; a job of a language its worker does not serve waits in the queue,
/// uncounted, until a worker that serves it takes it.
/// </summary>
[NonParallelizable]
public class LanguagePresenceTests
{
    private static Dictionary<string, string?> Serving(string language) => new() { ["Worker:Languages:0"] = language };

    [Test]
    public async Task A_language_leaves_the_list_with_its_last_worker_and_its_jobs_wait_for_the_next()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0);
        await judge.Problems.PutAsync("presence", [ProblemTest.Text("1 2\n", "3\n")]);
        var cppWorker = await judge.StartWorkerAsync(overrides: Serving("cpp"));
        await judge.WaitForLanguagesAsync(["cpp"]);
        var listedWhileServed = await ListedAsync(judge);
        await cppWorker.StopAsync();
        var listedAfterStop = await ListedAsync(judge);

        await judge.StartWorkerAsync(overrides: Serving("python"));
        await judge.WaitForLanguagesAsync(["python"]);
        var waiting = await judge.Judge.SubmitAsync(SubmissionCalls.Request("presence", "cpp", Programs.Get("cpp", "sum")));
        var python = await judge.Judge.JudgeAsync("presence", "python", Programs.Get("python", "sum"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var store = judge.ApiServices.GetRequiredService<SubmissionStore>();
        var stillQueued = (await store.FindStateAsync(waiting.SubmissionId, CancellationToken.None))!;

        await judge.StartWorkerAsync(overrides: Serving("cpp"));
        var final = (await judge.Judge.WatchToEndAsync(waiting.SubmissionId))[^1].Final;

        Assert.Multiple(() =>
        {
            Assert.That(listedWhileServed, Is.EqualTo(new[] { "cpp" }));
            Assert.That(listedAfterStop, Is.Empty, "its only worker stopped");
            Assert.That(python.Verdict, Is.EqualTo(Verdict.Accepted), "the python worker judges what it serves");
            Assert.That(stillQueued.Status, Is.EqualTo(SubmissionStatus.Queued), "the cpp job is not failed by a worker that lacks cpp");
            Assert.That(final.Verdict, Is.EqualTo(Verdict.Accepted), "the next cpp worker judged it");
            Assert.That(final.Attempt, Is.EqualTo(1), "being handed back by the python worker counted no delivery");
        });
    }

    private static async Task<string[]> ListedAsync(JudgeHarness judge) =>
        (await judge.Judge.ListLanguagesAsync(new ListLanguagesRequest())).Languages.Select(l => l.Id).ToArray();
}
