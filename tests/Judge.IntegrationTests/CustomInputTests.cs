using System.Text;
using Google.Protobuf;
using Judge.Cli;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// RUN on the candidate's own stdin through the real API and worker: the program runs once on it; with a
/// reference solution, the reference runs on the same input in a sandbox of its own and the problem's
/// checker gives a verdict; without one, NOT_CHECKED. Nothing of the hidden tests comes back.
/// </summary>
[NonParallelizable]
public class CustomInputTests
{
    // The sum of every number on stdin; spins when the first number is 9 (a slow case) and exits with 3 when it is 8.
    private const string Reference = """
        import sys
        numbers = list(map(int, sys.stdin.read().split()))
        if numbers[:1] == [9]:
            while True:
                pass
        if numbers[:1] == [8]:
            sys.exit(3)
        print(sum(numbers))
        """;

    private const string Correct = """
        import sys
        numbers = list(map(int, sys.stdin.read().split()))
        print(f"read {len(numbers)} numbers", file=sys.stderr)
        print(sum(numbers))
        """;

    private const string Wrong = """
        import sys
        a, b = map(int, sys.stdin.read().split())
        print(a - b)
        """;

    private const string Spinning = "while True:\n    pass\n";

    // The hidden test's data, which no custom run may return.
    private const string HiddenInput = "31337 4242\n";
    private const string HiddenAnswer = "35579\n";

    private readonly string _workerName = $"custom-{Guid.NewGuid():N}"[..20];
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(workers: 0);
        await _judge.StartWorkerAsync(_workerName);
        ProblemTest[] tests = [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text(HiddenInput, HiddenAnswer)];
        await _judge.Problems.PutAsync("custom-plain", tests);
        await _judge.Problems.PutAsync("custom-ref", tests, h => h.Solutions.Add(new Solution
        {
            Name = "ref",
            Language = "python",
            Source = ByteString.CopyFromUtf8(Reference),
            ExpectedVerdict = Verdict.Accepted,
            Reference = true,
        }));
        await _judge.Problems.PutAsync("custom-hidden-only", [ProblemTest.Text(HiddenInput, HiddenAnswer)]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private Task<Submission> RunAsync(string problemId, string language, string source, string input)
    {
        var request = SubmissionCalls.Request(problemId, language, source, SubmitMode.Run);
        request.CustomInput = ByteString.CopyFromUtf8(input);
        return _judge.Judge.JudgeAsync(request);
    }

    private static string Text(ByteString bytes) => bytes.ToStringUtf8();

    [Test]
    public async Task Without_a_reference_the_program_runs_once_on_the_input_and_is_not_checked()
    {
        var result = await RunAsync("custom-plain", "python", Correct, "20 22\n");

        var test = result.Tests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.NotChecked), result.ToString());
            Assert.That(result.TestCount, Is.EqualTo(1));
            Assert.That((result.Score, result.MaxScore), Is.EqualTo((0.0, 0.0)));
            Assert.That(test.Custom, Is.True);
            Assert.That(test.Sample, Is.False);
            Assert.That(test.Verdict, Is.EqualTo(Verdict.NotChecked));
            Assert.That(Text(test.Output), Is.EqualTo("42\n"));
            Assert.That(Text(test.ErrorOutput), Is.EqualTo("read 2 numbers\n"));
            Assert.That(test.ExpectedOutput.IsEmpty, Is.True);
            Assert.That(result.ToString(), Does.Not.Contain("31337").And.Not.Contain("35579"), "nothing of the hidden test");
        });
    }

    [Test]
    public async Task With_a_reference_a_correct_program_is_accepted_and_shown_the_expected_output()
    {
        var result = await RunAsync("custom-ref", "python", Correct, "20 22\n");

        var test = result.Tests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            Assert.That(test.Custom, Is.True);
            Assert.That(Text(test.ExpectedOutput), Is.EqualTo("42\n"));
            Assert.That(Text(test.Output), Is.EqualTo("42\n"));
            Assert.That((result.Score, result.MaxScore), Is.EqualTo((0.0, 0.0)));
            Assert.That(result.ToString(), Does.Not.Contain("31337").And.Not.Contain("35579"), "nothing of the hidden test");
        });
    }

    [Test]
    public async Task With_a_reference_a_wrong_program_gets_wrong_answer_and_the_checkers_message()
    {
        var result = await RunAsync("custom-ref", "python", Wrong, "20 22\n");

        var test = result.Tests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer), result.ToString());
            Assert.That(test.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(Text(test.Output), Is.EqualTo("-2\n"));
            Assert.That(Text(test.ExpectedOutput), Is.EqualTo("42\n"));
            Assert.That(test.CheckerMessage, Is.EqualTo("token 1 differs: expected '42', got '-2'"));
            var checkerFiles = Path.Combine(_judge.Settings["Worker:DataDirectory"]!, _workerName, "custom-input");
            Assert.That(Directory.Exists(checkerFiles) && !Directory.EnumerateFileSystemEntries(checkerFiles).Any(), Is.True,
                "the input and expected output written for the checker are removed after the check");
        });
    }

    [Test]
    public async Task A_reference_that_fails_on_the_input_gives_no_expected_output_and_says_why()
    {
        var slow = await RunAsync("custom-ref", "python", Correct, "9 1\n");
        var crashing = await RunAsync("custom-ref", "python", Correct, "8 1\n");

        Assert.Multiple(() =>
        {
            foreach (var (result, why, output) in new[] { (slow, "exceeded the time limit", "10\n"), (crashing, "ended with exit code 3", "9\n") })
            {
                var test = result.Tests.Single();
                Assert.That(result.Verdict, Is.EqualTo(Verdict.NotChecked), result.ToString());
                Assert.That(test.CheckerMessage, Does.StartWith("no expected output: the reference solution " + why));
                Assert.That(test.ExpectedOutput.IsEmpty, Is.True);
                Assert.That(Text(test.Output), Is.EqualTo(output), "the candidate's own run is reported");
                Assert.That(test.CpuTimeMs, Is.LessThan(1000), "the times are the candidate's, not the reference's");
            }
        });
    }

    [Test]
    public async Task A_program_that_exceeds_the_time_limit_on_the_input_gets_time_limit_exceeded()
    {
        var result = await RunAsync("custom-ref", "python", Spinning, "1 2\n");

        var test = result.Tests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded), result.ToString());
            Assert.That(test.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded));
            Assert.That(test.Custom, Is.True);
            Assert.That(Text(test.ExpectedOutput), Is.EqualTo("3\n"), "the expected output is still shown");
        });
    }

    [Test]
    public async Task A_program_that_does_not_compile_gets_compilation_error()
    {
        var result = await RunAsync("custom-ref", "cpp", "int main() { return x; }", "1 2\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError), result.ToString());
            Assert.That(result.CompileOutput, Does.Contain("x"));
            Assert.That(result.Tests, Is.Empty);
            Assert.That((result.TestCount, result.MaxScore), Is.EqualTo((1u, 0.0)), "one custom case, nothing at stake");
        });
    }

    [Test]
    public async Task A_problem_without_samples_accepts_a_custom_input_run()
    {
        var result = await RunAsync("custom-hidden-only", "python", Correct, "5 6\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.NotChecked), result.ToString());
            Assert.That(Text(result.Tests.Single().Output), Is.EqualTo("11\n"));
            Assert.That(result.ToString(), Does.Not.Contain("31337").And.Not.Contain("35579"), "nothing of the hidden test");
        });
    }

    [Test]
    public async Task An_empty_custom_input_is_a_custom_run_on_empty_stdin()
    {
        var result = await RunAsync("custom-ref", "python", Correct, "");

        var test = result.Tests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            Assert.That(test.Custom, Is.True, "present but empty is still custom input, not the samples");
            Assert.That(Text(test.Output), Is.EqualTo("0\n"));
            Assert.That(Text(test.ErrorOutput), Is.EqualTo("read 0 numbers\n"));
            Assert.That(Text(test.ExpectedOutput), Is.EqualTo("0\n"));
        });
    }

    [Test]
    public async Task The_client_sends_an_input_file_and_prints_the_output_the_expected_output_and_the_checkers_message()
    {
        var directory = Directory.CreateTempSubdirectory("judge-cli-");
        try
        {
            var source = Path.Combine(directory.FullName, "wrong.py");
            var input = Path.Combine(directory.FullName, "in.txt");
            await File.WriteAllTextAsync(source, Wrong);
            await File.WriteAllTextAsync(input, "20 22\n");
            var printed = new StringWriter();

            var exitCode = await new Commands(_judge.WithKey(JudgeHarness.SubmitterKey), printed)
                .RunAsync(["submit", "custom-ref", "python", source, "--run", "--input", input]);

            var text = printed.ToString();
            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(3), text);
                Assert.That(text, Does.Contain("custom input: WRONG_ANSWER"));
                Assert.That(text, Does.Contain("expected output:\n42\n"));
                Assert.That(text, Does.Contain("output:\n-2\n"));
                Assert.That(text, Does.Contain("checker: token 1 differs: expected '42', got '-2'"));
            });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
