using System.Diagnostics;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// Verdicts that do not depend on how busy the machine is (docs/verdicts.md#load): with busy loops, each in a session
/// of its own, four per core, a program that needs three quarters of its CPU limit is ACCEPTED although it takes far
/// longer than its wall-clock limit (the runner extends the wall clock by the program's wait for a CPU), and an endless
/// loop is still TIME_LIMIT_EXCEEDED, by its CPU time. The programs measure their own CPU time, so what they need does
/// not depend on the machine's speed either; a program idle on an idle machine is stopped by the wall clock, saying so.
/// </summary>
[NonParallelizable]
public class MachineLoadTests
{
    private const uint TimeLimitMs = 1000;

    // Burns the given CPU time (its own clock, not the wall clock), then answers.
    private const string Burner = """
        #include <cstdio>
        #include <ctime>
        static double cpu() { timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec / 1e9; }
        int main() {
            long a, b;
            if (scanf("%ld %ld", &a, &b) != 2) return 1;
            double start = cpu();
            volatile unsigned long spin = 0;
            while (cpu() - start < BURN) spin++;
            printf("%ld\n", a + b);
        }
        """;

    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.Problems.PutAsync("load-sum", [ProblemTest.Text("1 2\n", "3\n", sample: true)], TimeLimitMs);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    [Test]
    public async Task On_a_saturated_machine_three_quarters_of_the_cpu_limit_is_accepted_and_an_endless_loop_is_stopped_by_its_cpu_time()
    {
        var needsThreeQuarters = Burner.Replace("BURN", (0.75 * TimeLimitMs / 1000).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        var endless = Burner.Replace("BURN", "1e9");
        Submission correct, looping;
        var loops = StartBusyLoops(4 * Environment.ProcessorCount);
        try
        {
            var judged = await Task.WhenAll(
                _judge.Judge.JudgeAsync("load-sum", "cpp", needsThreeQuarters),
                _judge.Judge.JudgeAsync("load-sum", "cpp", endless));
            (correct, looping) = (judged[0], judged[1]);
        }
        finally
        {
            StopBusyLoops(loops);
        }

        Assert.Multiple(() =>
        {
            Assert.That(correct.Verdict, Is.EqualTo(Verdict.Accepted), correct.ToString());
            Assert.That(correct.Tests.Select(t => t.CpuTimeMs), Is.All.GreaterThanOrEqualTo(750).And.All.LessThan(TimeLimitMs), correct.ToString());
            Assert.That(correct.Tests.Select(t => t.CpuWaitMs), Is.All.GreaterThan(0), "the test waited for a CPU, and says so");
            Assert.That(looping.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded), looping.ToString());
            Assert.That(looping.Tests.Select(t => t.CpuTimeMs), Is.All.GreaterThanOrEqualTo(TimeLimitMs), "stopped by its CPU time, not the wall clock");
            Assert.That(looping.Tests[0].CheckerMessage, Does.Not.Contain("wall clock"), looping.ToString());
        });
    }

    [Test]
    public async Task A_program_idle_past_its_wall_clock_limit_is_stopped_and_the_sample_says_it_was_the_wall_clock()
    {
        const string sleeper = "#include <unistd.h>\nint main() { for (;;) pause(); }\n";

        var result = await _judge.Judge.JudgeAsync("load-sum", "cpp", sleeper);

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded), result.ToString());
            Assert.That(result.Tests[0].WallTimeMs, Is.GreaterThanOrEqualTo(2 * TimeLimitMs), result.ToString());
            Assert.That(result.Tests[0].CheckerMessage, Does.StartWith("stopped by the wall clock after ").And.Contain("ms of CPU time"),
                result.ToString());
        });
    }

    /// <summary>Busy loops, each in a session of its own (its own scheduling group, as another tenant's processes would be).</summary>
    private static List<Process> StartBusyLoops(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", "while :; do :; done"]))!)];

    private static void StopBusyLoops(List<Process> loops)
    {
        foreach (var loop in loops)
        {
            loop.Kill(entireProcessTree: true);
            loop.WaitForExit();
            loop.Dispose();
        }
    }
}
