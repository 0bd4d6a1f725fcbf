using System.Text;
using Judge.Contracts.V1;
using Judge.Storage.Records;
using Judge.UnitTests.Fakes;
using Judge.Worker.Checking;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Judge.Worker.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Judge.UnitTests;

/// <summary>
/// The grader with the real test runners and a built-in checker, over the shared fake sandbox and test data on a temp
/// directory: scoring rules, skipping, the overall verdict's rule, what a hidden test's result carries, and batching.
/// No Docker, no Redis. Each test's "program" answers each input with what <see cref="Answers"/> says.
/// </summary>
public class GraderTests
{
    private static readonly LanguageDefinition Cpp = new() { Image = "judge/sandbox-cpp", SourceFile = "main.cpp", RunCommand = ["/w/main"] };

    [Test]
    public async Task A_failed_test_of_an_all_or_nothing_group_skips_the_rest_of_it_and_every_group_that_depends_on_it()
    {
        var problem = Problem(Scoring.Groups, tests: 5,
            Group("a", 30, [0, 1]), Group("b", 30, [2, 3], dependsOn: "a"), Group("c", 40, [4]));
        var (summary, progress, sandbox) = await GradeAsync(problem, Answers(wrongOn: [0]));

        Assert.Multiple(() =>
        {
            Assert.That(progress.Results.Select(t => (t.Index, t.Verdict)), Is.EqualTo(new[]
            {
                (0u, Verdict.WrongAnswer), (1u, Verdict.Skipped), (2u, Verdict.Skipped), (3u, Verdict.Skipped), (4u, Verdict.Accepted),
            }));
            Assert.That(summary.Score, Is.EqualTo(40));
            Assert.That(summary.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(summary.Groups.Select(g => (g.Name, g.Verdict, g.Score, g.MaxScore)), Is.EqualTo(new[]
            {
                ("a", Verdict.WrongAnswer, 0d, 30u), ("b", Verdict.Skipped, 0d, 30u), ("c", Verdict.Accepted, 40d, 40u),
            }));
            Assert.That(sandbox.Execs, Has.Count.EqualTo(2), "only tests 0 and 4 ran");
        });
    }

    [Test]
    public async Task The_overall_verdict_is_the_first_failure_in_run_order_when_groups_list_tests_out_of_index_order()
    {
        // Run order: 3 (WRONG_ANSWER), then 1 (RUNTIME_ERROR). By index, test 1 would come first.
        var problem = Problem(Scoring.Groups, tests: 4, Group("late", 50, [3]), Group("early", 50, [1]), Group("rest", 0, [0, 2]));
        var (summary, progress, _) = await GradeAsync(problem, Answers(wrongOn: [3], crashOn: [1]));

        Assert.Multiple(() =>
        {
            Assert.That(progress.Results.Select(t => t.Index), Is.EqualTo(new uint[] { 3, 1, 0, 2 }), "recorded in run order");
            Assert.That(summary.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(Judge.Domain.OverallVerdict.FirstFailing(progress.Results)?.Index, Is.EqualTo(3u), "the API's self-check reads the same rule");
        });
    }

    [Test]
    public async Task Per_test_scoring_runs_every_test_and_adds_each_ones_points()
    {
        var problem = Problem(Scoring.PerTest, tests: 3);
        problem.Header.Tests[0].Points = 10;
        problem.Header.Tests[1].Points = 20;
        problem.Header.Tests[2].Points = 30;
        var (summary, progress, _) = await GradeAsync(problem, Answers(wrongOn: [1]));

        Assert.Multiple(() =>
        {
            Assert.That(progress.Results.Select(t => t.Verdict), Is.EqualTo(new[] { Verdict.Accepted, Verdict.WrongAnswer, Verdict.Accepted }));
            Assert.That(progress.Results.Select(t => t.Points), Is.EqualTo(new[] { 10d, 0d, 30d }));
            Assert.That(summary.Score, Is.EqualTo(40));
            Assert.That(summary.Verdict, Is.EqualTo(Verdict.WrongAnswer));
        });
    }

    [Test]
    public async Task A_hidden_tests_result_carries_its_verdict_and_figures_but_no_output_and_a_samples_shows_it()
    {
        var problem = Problem(Scoring.PerTest, tests: 2);
        problem.Header.Tests[0].Sample = true;
        var (_, progress, _) = await GradeAsync(problem, Answers(wrongOn: [0, 1]));

        Assert.Multiple(() =>
        {
            Assert.That(progress.Results[0].Output.ToStringUtf8(), Is.EqualTo("wrong\n"), "a sample shows what the program printed");
            Assert.That(progress.Results[1].Output.IsEmpty, Is.True, "a hidden test shows nothing");
            Assert.That(progress.Results[1].CheckerMessage, Is.Empty);
            Assert.That(progress.Results[1].CpuTimeMs, Is.EqualTo(7u));
        });
    }

    [Test]
    public async Task Tests_run_in_batches_of_the_configured_size_and_the_test_data_is_held_until_the_last_is_judged()
    {
        var problem = Problem(Scoring.PerTest, tests: 5);
        using var data = new FakeTestData(Enumerable.Range(0, 5).Select(i => ($"{i}\n", $"{i}\n")).ToList());
        var sandbox = new FakeSandbox("cpp") { OnBatchRun = (_, run) => Answers(wrongOn: [])(File.ReadAllText(run.StdinFile)) };
        var progress = new RecordedProgress(data);

        var summary = await Grader(data, batchSize: 2).GradeAsync([sandbox], Cpp, problem, Plan(problem), new TokenChecker(), progress, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(sandbox.BatchSizes, Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(progress.HeldAtEachResult, Is.All.EqualTo(1));
            Assert.That(data.Held, Is.Zero, "released after grading");
        });
    }

    [Test]
    public async Task A_sample_never_shares_a_batch_with_a_hidden_test_whose_input_it_could_read()
    {
        var problem = Problem(Scoring.PerTest, tests: 5);
        problem.Header.Tests[1].Sample = true;
        problem.Header.Tests[4].Sample = true;

        var (summary, _, sandbox) = await GradeAsync(problem, Answers(wrongOn: []));

        Assert.Multiple(() =>
        {
            Assert.That(summary.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(sandbox.BatchSizes, Is.EqualTo(new[] { 1, 1, 2, 1 }), "hidden 0 | sample 1 | hidden 2, 3 | sample 4");
        });
    }

    private static async Task<(GradeSummary, RecordedProgress, FakeSandbox)> GradeAsync(StoredProblem problem, Func<string, ExecResult> answers)
    {
        using var data = new FakeTestData(Enumerable.Range(0, problem.Header.Tests.Count).Select(i => ($"{i}\n", $"{i}\n")).ToList());
        var sandbox = new FakeSandbox("cpp") { OnExec = request => answers(File.ReadAllText(request.StdinFile!)) };
        sandbox.OnBatchRun = (_, run) => answers(File.ReadAllText(run.StdinFile));
        var progress = new RecordedProgress(data);
        var summary = await Grader(data, batchSize: 64).GradeAsync([sandbox], Cpp, problem, Plan(problem), new TokenChecker(), progress, CancellationToken.None);
        return (summary, progress, sandbox);
    }

    /// <summary>The program: echoes its input, prints "wrong" on <paramref name="wrongOn"/>, exits 1 on <paramref name="crashOn"/>; 7 ms of CPU each.</summary>
    private static Func<string, ExecResult> Answers(int[] wrongOn, int[]? crashOn = null) => input =>
    {
        var index = int.Parse(input.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        if (crashOn?.Contains(index) == true)
        {
            return new ExecResult { Status = RunStatus.NonZeroExit, ExitCode = 1, CpuTime = TimeSpan.FromMilliseconds(7) };
        }
        return new ExecResult
        {
            Status = RunStatus.Ok,
            Stdout = Encoding.UTF8.GetBytes(wrongOn.Contains(index) ? "wrong\n" : input),
            CpuTime = TimeSpan.FromMilliseconds(7),
        };
    };

    private static Grader Grader(FakeTestData data, int batchSize)
    {
        var options = Options.Create(new SandboxOptions { TestBatchSize = batchSize });
        var telemetry = TestTelemetry.Create();
        var runner = new TestCaseRunner(data, new InteractiveTestRunner(data, options), options, telemetry);
        return new Grader(new ParallelTestRunner(runner, NullLogger<ParallelTestRunner>.Instance), data, NullLogger<Grader>.Instance);
    }

    private static JudgingPlan Plan(StoredProblem problem) =>
        JudgingPlan.For(problem.Header, SubmitMode.Submit, new RunLimits(new SandboxOptions(), problem.Header, "cpp", Cpp));

    private static StoredProblem Problem(Scoring scoring, int tests, params TestGroup[] groups)
    {
        var header = new ProblemHeader { Id = "p", TimeLimitMs = 1000, MemoryLimitMib = 256, Scoring = scoring, Groups = { groups } };
        for (var i = 0; i < tests; i++)
        {
            header.Tests.Add(new TestCaseHeader { Points = 1, InputSize = 2, ExpectedOutputSize = 2 });
        }
        return new StoredProblem { Header = header, Version = 1, UploadId = "u" };
    }

    private static TestGroup Group(string name, uint points, uint[] tests, string? dependsOn = null)
    {
        var group = new TestGroup { Name = name, Points = points, Tests = { tests } };
        if (dependsOn is not null)
        {
            group.DependsOn.Add(dependsOn);
        }
        return group;
    }

    private sealed class RecordedProgress(FakeTestData data) : ITestProgress
    {
        public Submission State { get; } = new() { Id = "s" };
        public List<TestResult> Results { get; } = [];
        public List<int> HeldAtEachResult { get; } = [];

        public void Test(TestResult result)
        {
            Results.Add(result);
            HeldAtEachResult.Add(data.Held);
        }
    }
}
