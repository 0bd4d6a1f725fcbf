using System.Text;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// The conformance matrix: each verdict, for real, per language, from the programs under Conformance/,
/// compiled and run by the real toolchain in the language's sandbox image.
/// </summary>
[TestFixtureSource(nameof(Languages))]
[NonParallelizable]
public class LanguageVerdictTests(string language)
{
    /// <summary>Every id of the language table, or those named in JUDGE_TEST_LANGUAGES (e.g. "cpp python") to try a subset.</summary>
    public static readonly string[] Languages =
        Environment.GetEnvironmentVariable("JUDGE_TEST_LANGUAGES")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        ?? [.. Programs.LanguageIds];

    /// <summary>What each language family's compiler (or check step) says about the `syntax` program.</summary>
    private static readonly Dictionary<string, string> CompilerErrorMarks = new()
    {
        ["cpp"] = "error:",
        ["python"] = "SyntaxError",
        ["java"] = "error:",
        ["go"] = "syntax error",
        ["javascript"] = "SyntaxError",
        ["typescript"] = "error TS",
        ["csharp"] = "error CS",
    };

    private const string ProblemId = "sum";
    private const string FastIoProblemId = "fastio";
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.Problems.PutAsync(ProblemId,
        [
            ProblemTest.Text("1 2\n", "3\n", sample: true),
            ProblemTest.Text("10 20\n", "30\n", points: 2),
            ProblemTest.Text("5 0\n", "5\n", points: 3),
        ]);
        await _judge.Problems.PutAsync(FastIoProblemId, [FastIoTest()], timeLimitMs: 2000, memoryLimitMib: 256);
    }

    /// <summary>N = 10^6 integers in; every 10th of them out, one per line (10^5 lines).</summary>
    private static ProblemTest FastIoTest()
    {
        const int count = 1_000_000;
        var random = new Random(2026);
        var values = Enumerable.Range(0, count).Select(_ => random.Next(-1_000_000_000, 1_000_000_000)).ToArray();
        var input = $"{count}\n{string.Join(' ', values)}\n";
        var output = string.Concat(values.Where((_, i) => i % 10 == 0).Select(v => $"{v}\n"));
        return ProblemTest.Text(input, output);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private Task<Submission> JudgeAsync(string program, SubmitMode mode = SubmitMode.Submit) =>
        _judge.Judge.JudgeAsync(ProblemId, language, Programs.Get(language, program), mode);

    [Test]
    public async Task A_correct_solution_is_accepted_with_full_score()
    {
        var result = await JudgeAsync("sum");
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            Assert.That(result.Status, Is.EqualTo(SubmissionStatus.Finished));
            Assert.That(result.Score, Is.EqualTo(6));
            Assert.That(result.MaxScore, Is.EqualTo(6));
            Assert.That(result.Tests.Select(t => t.Index), Is.EqualTo(new uint[] { 0, 1, 2 }));
            Assert.That(result.Tests.Select(t => t.Verdict), Is.All.EqualTo(Verdict.Accepted));
            Assert.That(result.Tests.Select(t => t.PeakMemoryKib), Is.All.GreaterThan(0));
        });
    }

    [Test]
    public async Task A_wrong_answer_is_wrong_answer_on_the_first_test()
    {
        var result = await JudgeAsync("wrong");
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(result.Tests[0].Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(result.Tests[2].Verdict, Is.EqualTo(Verdict.Accepted), "5 - 0 is also 5 + 0");
            Assert.That(result.Score, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task An_infinite_loop_exceeds_the_time_limit()
    {
        var result = await JudgeAsync("loop", SubmitMode.Run);
        var test = result.Tests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded));
            Assert.That(test.CpuTimeMs, Is.GreaterThanOrEqualTo(1000));
            // A test of a fast program may take under half a millisecond and round to 0 ms, so wall time is asserted
            // here, where a second of CPU on at most two cores takes at least half a second of it.
            Assert.That(test.WallTimeMs, Is.GreaterThan(0), "wall time is measured");
            Assert.That(test.WallTimeMs, Is.LessThan(2600), "killed by the limit, not left running");
        });
    }

    [Test]
    public async Task Allocating_far_past_the_limit_exceeds_the_memory_limit()
    {
        var result = await JudgeAsync("memory", SubmitMode.Run);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.MemoryLimitExceeded), result.ToString());
            Assert.That(result.Tests.Single().PeakMemoryKib, Is.GreaterThan(32 * 1024));
        });
    }

    [Test]
    public async Task A_crash_is_a_runtime_error_with_how_it_ended()
    {
        var result = await JudgeAsync("crash", SubmitMode.Run);
        var test = result.Tests.Single();
        Assert.That(result.Verdict, Is.EqualTo(Verdict.RuntimeError), result.ToString());
        Assert.That(test.ExitCode != 0 || test.Signal != 0, "an exit code or signal is reported");
        if (language == "cpp")
        {
            Assert.Multiple(() =>
            {
                Assert.That(test.Signal, Is.EqualTo(11), "SIGSEGV");
                Assert.That(test.ExitCode, Is.EqualTo(-1));
            });
        }
        else if (Programs.FamilyOf(language) == "python")
        {
            Assert.Multiple(() =>
            {
                Assert.That(test.ExitCode, Is.EqualTo(1));
                Assert.That(test.ErrorOutput.ToStringUtf8(), Does.Contain("ValueError: boom"), "a sample test shows stderr");
            });
        }
    }

    [Test]
    public async Task A_non_zero_exit_is_a_runtime_error_with_the_code()
    {
        var result = await JudgeAsync("exit3", SubmitMode.Run);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.RuntimeError));
            Assert.That(result.Tests.Single().ExitCode, Is.EqualTo(3));
            Assert.That(result.Tests.Single().Signal, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task A_syntax_error_is_a_compilation_error_with_the_message()
    {
        var result = await JudgeAsync("syntax");
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.CompilationError));
            Assert.That(result.CompileOutput, Does.Contain(CompilerErrorMarks[Programs.FamilyOf(language)]));
            Assert.That(result.Tests, Is.Empty);
            Assert.That(result.Score, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task Sample_tests_return_the_output_and_hidden_tests_return_none()
    {
        var result = await JudgeAsync("echo");
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(result.Tests[0].Sample, Is.True);
            Assert.That(result.Tests[0].Output.ToStringUtf8(), Is.EqualTo("got 1 2\n"));
            Assert.That(result.Tests[0].ErrorOutput.ToStringUtf8(), Is.EqualTo("note\n"));
            Assert.That(result.Tests.Skip(1).Select(t => t.Sample), Is.All.False);
            Assert.That(result.Tests.Skip(1).Select(t => t.Output.Length + t.ErrorOutput.Length), Is.All.EqualTo(0));
        });
    }

    [Test]
    public async Task Run_mode_judges_only_the_sample_tests()
    {
        var result = await JudgeAsync("sum", SubmitMode.Run);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(result.Tests.Select(t => t.Index), Is.EqualTo(new uint[] { 0 }));
            Assert.That(result.MaxScore, Is.EqualTo(1));
            Assert.That(result.TestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Reading_a_million_integers_and_printing_a_hundred_thousand_lines_fits_the_time_limit()
    {
        var result = await _judge.Judge.JudgeAsync(FastIoProblemId, language, Programs.Get(language, "fastio"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Accepted), result.ToString());
            Assert.That(result.Tests.Single().CpuTimeMs, Is.LessThan(2000));
        });
    }

    [Test]
    public async Task Get_problem_shows_samples_only()
    {
        var problem = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = ProblemId });
        Assert.Multiple(() =>
        {
            Assert.That(problem.TestCount, Is.EqualTo(3));
            Assert.That(problem.MaxScore, Is.EqualTo(6));
            Assert.That(problem.Samples.Select(s => s.Index), Is.EqualTo(new uint[] { 0 }));
            Assert.That(Encoding.UTF8.GetString(problem.Samples[0].Input.Span), Is.EqualTo("1 2\n"));
            Assert.That(problem.ToString(), Does.Not.Contain("10 20").And.Not.Contain("30"));
        });
    }
}
