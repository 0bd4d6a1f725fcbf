using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>Built-in checkers judging real submissions through the API and a worker.</summary>
[NonParallelizable]
public class BuiltInCheckerTests
{
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _judge = await JudgeHarness.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    [Test]
    public async Task Floats_accept_an_answer_within_the_tolerance_and_reject_one_beyond_it_with_the_message_on_the_sample()
    {
        // Divide a by b; the expected outputs are written with fewer digits than the program prints.
        var tests = new[]
        {
            ProblemTest.Text("1 3\n", "0.333333\n", sample: true),
            ProblemTest.Text("2 3\n", "0.666667\n"),
            ProblemTest.Text("1000000 7\n", "142857.142857\n"),
        };
        await _judge.Problems.PutAsync("divide", tests, h =>
        {
            h.Checker = Checker.Floats;
            h.CheckerSettings = new CheckerSettings { AbsoluteTolerance = 1e-6, RelativeTolerance = 1e-9 };
        });

        var exact = await _judge.Judge.JudgeAsync("divide", "python", "a, b = map(int, input().split())\nprint(f'{a / b:.12f}')\n");
        var rounded = await _judge.Judge.JudgeAsync("divide", "python", "a, b = map(int, input().split())\nprint(f'{a / b:.3f}')\n");

        Assert.Multiple(() =>
        {
            Assert.That(exact.Verdict, Is.EqualTo(Verdict.Accepted), exact.ToString());
            Assert.That(exact.Score, Is.EqualTo(3));
            Assert.That(rounded.Verdict, Is.EqualTo(Verdict.WrongAnswer), rounded.ToString());
            Assert.That(rounded.Tests.Single(t => t.Index == 0).CheckerMessage,
                Does.StartWith("token 1 differs: expected '0.333333', got '0.333' (difference 0.000333"));
            Assert.That(rounded.Tests.Where(t => !t.Sample).Select(t => t.CheckerMessage), Is.All.Empty, "hidden tests show no message");
        });
    }
}
