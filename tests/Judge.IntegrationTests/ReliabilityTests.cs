using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.IntegrationTests;

/// <summary>Jobs survive dead workers, late writes cannot replace verdicts, and poison jobs end.</summary>
[NonParallelizable]
public class ReliabilityTests
{
    private static readonly Dictionary<string, string?> FastTakeover = new()
    {
        ["Worker:VisibilityTimeout"] = "00:00:02",
        ["Worker:MaxDeliveries"] = "2",
    };

    [Test]
    public async Task A_job_left_by_a_dead_worker_is_taken_over_after_the_visibility_timeout()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0, FastTakeover);
        var languages = judge.ApiServices.GetRequiredService<LanguageRegistry>();
        await languages.RegisterAsync(new Language { Id = "python" }, CancellationToken.None);
        await judge.Problems.PutAsync("takeover", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        var submitted = await judge.Judge.SubmitAsync(SubmissionCalls.Request("takeover", "python", Programs.Get("python", "sum")));

        // A worker that read the job and died before finishing it: the job stays pending under its name.
        var redis = await judge.RedisAsync();
        var jobs = judge.KeyPrefix + "jobs";
        await redis.StreamCreateConsumerGroupAsync(jobs, "workers", "0-0");
        var taken = await redis.StreamReadGroupAsync(jobs, "workers", "dead-worker", ">", 1);
        Assert.That(taken, Has.Length.EqualTo(1));

        await judge.StartWorkerAsync();
        var events = await judge.Judge.WatchToEndAsync(submitted.SubmissionId);
        var final = events[^1].Final;
        var pending = await redis.StreamPendingAsync(jobs, "workers");
        Assert.Multiple(() =>
        {
            Assert.That(final.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(final.Attempt, Is.EqualTo(2), "the second delivery judged it");
            Assert.That(pending.PendingMessageCount, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task A_late_write_from_an_earlier_attempt_cannot_replace_a_final_result()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 0);
        await judge.ApiServices.GetRequiredService<LanguageRegistry>().RegisterAsync(new Language { Id = "cpp" }, CancellationToken.None);
        await judge.Problems.PutAsync("late", [ProblemTest.Text("1\n", "1\n")]);
        var submitted = await judge.Judge.SubmitAsync(SubmissionCalls.Request("late", "cpp", "int main() {}"));
        var store = judge.ApiServices.GetRequiredService<SubmissionStore>();
        var queued = (await store.FindStateAsync(submitted.SubmissionId, CancellationToken.None))!;

        var final = queued.Clone();
        final.Attempt = 2;
        final.Status = SubmissionStatus.Finished;
        final.Verdict = Verdict.Accepted;
        var presumedDead = queued.Clone();
        presumedDead.Attempt = 1;
        presumedDead.Status = SubmissionStatus.Finished;
        presumedDead.Verdict = Verdict.WrongAnswer;

        var none = CancellationToken.None;
        var firstAttemptEarly = await store.WriteAsync(Running(queued, 1), new SubmissionEvent(), 1, false, none);
        var secondAttempt = await store.WriteAsync(final, new SubmissionEvent { Final = final }, 1, true, none);
        var firstAttemptLate = await store.WriteAsync(presumedDead, new SubmissionEvent { Final = presumedDead }, 9, true, none);
        var secondAttemptAgain = await store.WriteAsync(presumedDead, new SubmissionEvent(), 2, true, none);
        var stored = await judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = submitted.SubmissionId });
        Assert.Multiple(() =>
        {
            Assert.That(firstAttemptEarly, Is.EqualTo(SubmissionStore.WriteOutcome.Applied));
            Assert.That(secondAttempt, Is.EqualTo(SubmissionStore.WriteOutcome.Applied));
            Assert.That(firstAttemptLate, Is.EqualTo(SubmissionStore.WriteOutcome.Stale));
            Assert.That(secondAttemptAgain, Is.EqualTo(SubmissionStore.WriteOutcome.Stale));
            Assert.That(stored.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(stored.Attempt, Is.EqualTo(2));
        });
    }

    private static Submission Running(Submission queued, uint attempt)
    {
        var running = queued.Clone();
        running.Attempt = attempt;
        running.Status = SubmissionStatus.Running;
        return running;
    }

    [Test]
    public async Task A_language_whose_version_cannot_be_read_at_start_is_registered_when_it_can()
    {
        // The version command fails until a moment 4 s from now, as a runtime too slow to start on a busy machine does.
        var ready = DateTimeOffset.UtcNow.AddSeconds(4).ToUnixTimeSeconds();
        var late = new Dictionary<string, string?>
        {
            ["Languages:late:DisplayName"] = "Python, late",
            ["Languages:late:Image"] = "judge/sandbox-python",
            ["Languages:late:SourceFile"] = "main.py",
            ["Languages:late:RunCommand:0"] = "/usr/bin/python3",
            ["Languages:late:RunCommand:1"] = "/w/main.py",
            ["Languages:late:VersionCommand:0"] = "/bin/sh",
            ["Languages:late:VersionCommand:1"] = "-c",
            ["Languages:late:VersionCommand:2"] = $"[ $(date +%s) -ge {ready} ] && echo 'late 1.0'",
        };
        await using var judge = await JudgeHarness.StartAsync(workers: 1, late);
        var registry = judge.ApiServices.GetRequiredService<LanguageRegistry>();
        var atStart = await registry.FindAsync("late", CancellationToken.None);

        await judge.WaitForLanguagesAsync(["late"], TimeSpan.FromSeconds(60));

        Assert.Multiple(async () =>
        {
            Assert.That(atStart, Is.Null, "the first reading failed");
            Assert.That((await registry.FindAsync("late", CancellationToken.None))!.Version, Is.EqualTo("late 1.0"));
        });
    }

    [Test]
    public async Task A_job_that_fails_every_attempt_ends_with_internal_error_in_the_dead_letter_stream()
    {
        await using var judge = await JudgeHarness.StartAsync(workers: 1, new Dictionary<string, string?>(FastTakeover) { ["Worker:Languages:0"] = "python" });
        await judge.WaitForLanguagesAsync(["python"]);
        await judge.Problems.PutAsync("poison", [ProblemTest.Text("1 2\n", "3\n")]);
        await judge.CorruptTestDataAsync("poison");
        var submitted = await judge.Judge.SubmitAsync(SubmissionCalls.Request("poison", "python", Programs.Get("python", "sum")));

        var final = (await judge.Judge.WatchToEndAsync(submitted.SubmissionId))[^1].Final;
        var redis = await judge.RedisAsync();
        // The verdict is stored before the job moves to the dead-letter stream (a crash in between
        // leaves the job pending, never the submission unfinished), so the move may lag a moment.
        var dead = await redis.StreamRangeAsync(judge.KeyPrefix + "jobs:dead");
        for (var wait = 0; dead.Length == 0 && wait < 50; wait++)
        {
            await Task.Delay(100);
            dead = await redis.StreamRangeAsync(judge.KeyPrefix + "jobs:dead");
        }
        Assert.Multiple(async () =>
        {
            Assert.That(final.Verdict, Is.EqualTo(Verdict.InternalError));
            Assert.That(final.Message, Does.Contain("failed on 2 attempts"));
            Assert.That(dead, Has.Length.EqualTo(1));
            Assert.That((string?)dead[0]["sid"], Is.EqualTo(submitted.SubmissionId));
            Assert.That(await redis.StreamLengthAsync(judge.KeyPrefix + "jobs"), Is.EqualTo(0), "the poison job no longer blocks the queue");
        });
    }
}
