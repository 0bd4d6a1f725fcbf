using System.Diagnostics;
using System.Text;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// Tests run in batches, one runner request per batch (Sandbox:TestBatchSize, here 8 so that 20 tests take three), with
/// the worker checking one test while the next runs: results come back in order with each test's own output, an
/// all-or-nothing group that fails stops the test the runner had already started, and a slow worker holds the runner
/// back instead of letting unread outputs fill the sandbox's memory (Sandbox:BatchStdoutBacklogMiB, here 1).
/// </summary>
[NonParallelizable]
public class BatchedTestsTests
{
    private const string Picky = Programs.PickyPython;

    private const string Echo = "import sys\nsys.stdout.buffer.write(sys.stdin.buffer.read())\n";

    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _judge = await JudgeHarness.StartAsync(overrides: new Dictionary<string, string?>
    {
        ["Sandbox:TestBatchSize"] = "8",
        ["Sandbox:BatchStdoutBacklogMiB"] = "1",
    });

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private static ProblemTest Sum(int a, int b, bool sample = false) => ProblemTest.Text($"{a} {b}\n", $"{a + b}\n", sample);

    [Test]
    public async Task Twenty_tests_in_three_batches_come_back_in_order_each_with_its_own_output()
    {
        var tests = Enumerable.Range(0, 20).Select(i => Sum(i == 0 ? 4 : i, 100 * i, sample: i == 0)).ToArray();
        await _judge.Problems.PutAsync("batched", tests);

        var result = await _judge.Judge.JudgeAsync("batched", "python", Picky);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tests.Select(t => t.Index), Is.EqualTo(Enumerable.Range(0, 20).Select(i => (uint)i)), "run and reported in order");
            Assert.That(result.Tests.Select(t => t.Verdict),
                Is.EqualTo(Enumerable.Range(0, 20).Select(i => i == 7 ? Verdict.WrongAnswer : i == 9 ? Verdict.TimeLimitExceeded : Verdict.Accepted)),
                result.ToString());
            Assert.That(Encoding.UTF8.GetString(result.Tests[0].Output.ToByteArray()), Is.EqualTo("4\n"), "the sample shows its own output");
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer));
        });
    }

    [Test]
    public async Task A_wrong_answer_in_an_all_or_nothing_group_ends_the_slow_test_already_started_behind_it()
    {
        // Test 2 spins: were it run to its limit (9 s of CPU at Python's 3x), judging would take far longer than this.
        await _judge.Problems.PutAsync("cancelled", [Sum(1, 1), Sum(7, 1), Sum(9, 1), Sum(2, 2)], h =>
        {
            h.Scoring = Scoring.Groups;
            h.Groups.Add(new TestGroup { Name = "all", Points = 100, Tests = { 0, 1, 2, 3 } });
        }, timeLimitMs: 3000);

        var started = Stopwatch.StartNew();
        var result = await _judge.Judge.JudgeAsync("cancelled", "python", Picky);
        var elapsed = started.Elapsed;

        Assert.Multiple(() =>
        {
            Assert.That(result.Tests.Select(t => t.Verdict),
                Is.EqualTo(new[] { Verdict.Accepted, Verdict.WrongAnswer, Verdict.Skipped, Verdict.Skipped }), result.ToString());
            Assert.That(result.Tests.Skip(2).Select(t => t.CpuTimeMs), Is.All.Zero, "skipped tests report no run");
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(6)), "the spinning test was stopped, not run to its 9 s limit");
        });
    }

    [Test]
    public async Task Outputs_larger_than_the_backlog_are_all_read_and_judged()
    {
        var random = new Random(16);
        var tests = Enumerable.Range(0, 6).Select(_ =>
        {
            var data = new byte[768 * 1024];
            random.NextBytes(data);
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = (byte)('a' + data[i] % 26);
            }
            return new ProblemTest(data, data);
        }).ToArray();
        await _judge.Problems.PutAsync("echoes", tests);

        var result = await _judge.Judge.JudgeAsync("echoes", "python", Echo);

        Assert.That(result.Tests.Select(t => t.Verdict), Is.All.EqualTo(Verdict.Accepted), result.ToString());
    }
}
