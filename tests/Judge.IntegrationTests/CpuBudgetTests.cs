using Google.Protobuf;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// Worker:Cores: the worker never keeps more programs busy at once than the cores it was given, counting every
/// submission's tests, their program checker and compiles. Each program and each check says, in its output and
/// message, when it ran on the clock all containers share; at no instant do more than two of them overlap, with three
/// submissions judged at once (Worker:Concurrency 3) on a budget of two cores (with the budget lifted, three do).
/// Ordering only: the test reads no duration.
/// </summary>
[NonParallelizable]
public class CpuBudgetTests
{
    private const int Cores = 2;

    // Spends about 80 ms of CPU time, then prints when it ran (ns of CLOCK_MONOTONIC).
    private const string Timed = """
        #include <cstdio>
        #include <ctime>
        static long long now() { timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1000000000LL + t.tv_nsec; }
        int main() {
            long long start = now();
            volatile unsigned long long sink = 0;
            while (clock() < CLOCKS_PER_SEC / 1000 * 80) sink = sink + 1;
            std::printf("%lld %lld\n", start, now());
        }
        """;

    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Worker:Cores"] = Cores.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Worker:Concurrency"] = "3",
        });
        var tests = Enumerable.Range(0, 4).Select(i => ProblemTest.Text($"{i}\n", "any\n", sample: true)).ToArray();
        await _judge.Problems.PutAsync("budget", tests, header =>
        {
            header.Checker = Checker.Testlib;
            header.CheckerSettings = new CheckerSettings { MainFile = "timed.cpp", Files = { File("timed.cpp"), File("testlib.h") } };
            header.Solutions.Add(new Solution
            {
                Name = "reference.cpp", Language = "cpp", Reference = true, ExpectedVerdict = Verdict.Accepted, Source = ByteString.CopyFromUtf8(Timed),
            });
        }, timeLimitMs: 5000);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    [Test]
    public async Task Programs_and_checks_of_submissions_judged_at_once_never_outnumber_the_workers_cores()
    {
        // Distinct sources, so that each is compiled (the compiled-program cache would share one compile).
        var results = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(i => _judge.Judge.JudgeAsync("budget", "cpp", Timed + $"// submission {i}\n")));

        var intervals = new List<(long Start, long End, string What)>();
        foreach (var (result, submission) in results.Select((r, i) => (r, i)))
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            foreach (var test in result.Tests)
            {
                var ran = test.Output.ToStringUtf8().Split(' ', StringSplitOptions.TrimEntries);
                intervals.Add((long.Parse(ran[0]), long.Parse(ran[1]), $"submission {submission} test {test.Index}"));
                var checkedAt = test.CheckerMessage.Split(' ');
                Assert.That(checkedAt[0], Is.EqualTo("checked"), test.CheckerMessage);
                intervals.Add((long.Parse(checkedAt[1]), long.Parse(checkedAt[2]), $"submission {submission} check {test.Index}"));
            }
        }

        Assert.That(intervals, Has.Count.EqualTo(24));
        var (most, when) = MostAtOnce(intervals);
        Assert.That(most, Is.LessThanOrEqualTo(Cores), $"at once: {string.Join(", ", when)}");
    }

    [Test]
    public async Task A_worker_whose_cores_are_busy_leaves_the_next_job_in_the_queue_for_an_idle_worker()
    {
        // One worker with one core and two job loops: while a program that sleeps to the wall clock on every test holds
        // the core, the second loop takes no job (it would only wait there), so the honest submission stays queued
        // for another worker. Ordering only: every sample reads the honest one's status first, then the hog's.
        await using var judge = await JudgeHarness.StartAsync(workers: 0, overrides: new Dictionary<string, string?>
        {
            ["Worker:Cores"] = "1",
            ["Worker:Concurrency"] = "2",
            ["Worker:Languages:0"] = "cpp",
        });
        await judge.StartWorkerAsync($"busy-{Guid.NewGuid():N}"[..20]);
        await judge.WaitForLanguagesAsync(["cpp"]);
        await judge.Problems.PutAsync("budget-queue", Enumerable.Range(0, 3).Select(i => ProblemTest.Text($"{i} 1\n", $"{i + 1}\n")).ToArray());
        var hog = await judge.Judge.SubmitAsync(SubmissionCalls.Request("budget-queue", "cpp", "#include <unistd.h>\nint main() { for (;;) pause(); }\n"));
        // Its first test's result is reported inside its hold of the core, which lasts to its final result.
        await WaitForFirstTestAsync(judge, hog.SubmissionId);
        var honest = await judge.Judge.SubmitAsync(SubmissionCalls.Request("budget-queue", "cpp", Programs.Get("cpp", "sum")));

        var takenDuringHog = new List<SubmissionStatus>();
        while (true)
        {
            var honestStatus = (await StateAsync(judge, honest.SubmissionId)).Status;
            if ((await StateAsync(judge, hog.SubmissionId)).Status == SubmissionStatus.Finished)
            {
                break;
            }
            if (honestStatus != SubmissionStatus.Queued)
            {
                takenDuringHog.Add(honestStatus);
            }
            await Task.Delay(100);
        }
        var honestFinal = (await judge.Judge.WatchToEndAsync(honest.SubmissionId))[^1].Final;

        Assert.Multiple(() =>
        {
            Assert.That(takenDuringHog, Is.Empty, "the busy worker took the honest submission while the hog held its only core");
            Assert.That(honestFinal.Verdict, Is.EqualTo(Verdict.Accepted), honestFinal.ToString());
        });
    }

    private static async Task<Submission> StateAsync(JudgeHarness judge, string submissionId) =>
        await judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = submissionId });

    private static async Task WaitForFirstTestAsync(JudgeHarness judge, string submissionId)
    {
        var deadline = DateTime.UtcNow + SubmissionCalls.JudgeTimeout;
        while ((await StateAsync(judge, submissionId)).Tests.Count == 0)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"submission {submissionId} reported no test");
            await Task.Delay(50);
        }
    }

    /// <summary>The most intervals that overlap at one instant, and which they are.</summary>
    private static (int Count, IReadOnlyList<string> Which) MostAtOnce(IReadOnlyList<(long Start, long End, string What)> intervals)
    {
        var most = 0;
        IReadOnlyList<string> which = [];
        foreach (var (start, _, _) in intervals)
        {
            var running = intervals.Where(i => i.Start <= start && start < i.End).Select(i => i.What).ToList();
            if (running.Count > most)
            {
                (most, which) = (running.Count, running);
            }
        }
        return (most, which);
    }

    private static SourceFile File(string name) => new()
    {
        Name = name,
        Content = ByteString.CopyFrom(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Checkers", name))),
    };
}
