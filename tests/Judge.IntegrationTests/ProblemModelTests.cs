using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// The OA problem model through the real API and worker: subtasks with the all-or-nothing rule and
/// SKIPPED tests, dependencies between groups, per-test scoring, a statement, and per-language limits.
/// </summary>
[NonParallelizable]
public class ProblemModelTests
{
    private const string Picky = Programs.PickyPython;

    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _judge = await JudgeHarness.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private static ProblemTest Sum(int a, int b, bool sample = false) => ProblemTest.Text($"{a} {b}\n", $"{a + b}\n", sample);

    [Test]
    public async Task Groups_score_all_or_nothing_skip_after_a_failure_and_skip_groups_that_depend_on_a_failed_one()
    {
        // 0 sample; group easy: 1, 2; group hard: 3 (wrong), 4 (skipped), 5 (skipped); group harder depends on hard: 6; group other: 7.
        var tests = new[] { Sum(1, 1, sample: true), Sum(1, 2), Sum(2, 3), Sum(7, 1), Sum(3, 4), Sum(4, 5), Sum(5, 6), Sum(6, 7) };
        await _judge.Problems.PutAsync("subtasks", tests, h =>
        {
            h.Scoring = Scoring.Groups;
            h.Groups.Add(new TestGroup { Name = "easy", Points = 20, Tests = { 1, 2 } });
            h.Groups.Add(new TestGroup { Name = "hard", Points = 30, Tests = { 3, 4, 5 } });
            h.Groups.Add(new TestGroup { Name = "harder", Points = 40, Tests = { 6 }, DependsOn = { "hard" } });
            h.Groups.Add(new TestGroup { Name = "other", Points = 10, Tests = { 7 } });
        });

        var result = await _judge.Judge.JudgeAsync("subtasks", "python", Picky);

        var verdicts = result.Tests.OrderBy(t => t.Index).Select(t => t.Verdict).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(verdicts, Is.EqualTo(new[]
            {
                Verdict.Accepted, Verdict.Accepted, Verdict.Accepted, Verdict.WrongAnswer,
                Verdict.Skipped, Verdict.Skipped, Verdict.Skipped, Verdict.Accepted,
            }), result.ToString());
            Assert.That(result.Score, Is.EqualTo(30), "easy 20 + other 10");
            Assert.That(result.MaxScore, Is.EqualTo(100));
            Assert.That(result.Verdict, Is.EqualTo(Verdict.WrongAnswer));
            Assert.That(result.Groups.Select(g => (g.Name, g.Verdict, g.Score)), Is.EqualTo(new[]
            {
                ("samples", Verdict.Accepted, 0.0), ("easy", Verdict.Accepted, 20.0), ("hard", Verdict.WrongAnswer, 0.0),
                ("harder", Verdict.Skipped, 0.0), ("other", Verdict.Accepted, 10.0),
            }));
            Assert.That(result.Tests.Single(t => t.Index == 4).Group, Is.EqualTo("hard"));
            Assert.That(result.Tests.Where(t => t.Verdict == Verdict.Skipped).Select(t => t.CpuTimeMs), Is.All.Zero, "skipped tests never ran");
        });
    }

    [Test]
    public async Task Per_test_scoring_runs_every_test_and_counts_each_tests_points()
    {
        var tests = new[] { Sum(1, 1, sample: true), Sum(7, 1) with { Points = 5 }, Sum(2, 2) with { Points = 3 }, Sum(3, 3) with { Points = 2 } };
        await _judge.Problems.PutAsync("per-test", tests, h =>
        {
            h.Scoring = Scoring.PerTest;
            h.Groups.Add(new TestGroup { Name = "all", Tests = { 1, 2, 3 } });
        });

        var result = await _judge.Judge.JudgeAsync("per-test", "python", Picky);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tests.Select(t => t.Verdict), Has.None.EqualTo(Verdict.Skipped), "per-test scoring skips nothing");
            Assert.That(result.Score, Is.EqualTo(1 + 3 + 2));
            Assert.That(result.MaxScore, Is.EqualTo(1 + 5 + 3 + 2));
            Assert.That(result.Tests.Single(t => t.Index == 2).Points, Is.EqualTo(3));
            Assert.That(result.Groups.Single(g => g.Name == "all").Score, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task A_languages_time_multiplier_turns_a_time_limit_exceeded_into_accepted_and_the_problem_can_override_it()
    {
        // About 1.5 s of CPU in Python against a 1 s limit: TLE at 1x, accepted at Python's 3x.
        const string slow = "import time\nt = time.process_time()\nwhile time.process_time() - t < 1.5:\n    pass\nprint(sum(map(int, input().split())))\n";
        await _judge.Problems.PutAsync("slow-sum", [Sum(1, 2, sample: true)]);
        await _judge.Problems.PutAsync("slow-sum-strict", [Sum(1, 2, sample: true)],
            h => h.LanguageLimits.Add(new LanguageLimits { Language = "python", TimeMultiplier = 1 }));
        // A generous wall clock: the verdict must come from CPU time, even on a loaded machine.
        var worker = new Dictionary<string, string?> { ["Languages:python:TimeMultiplier"] = "3", ["Sandbox:WallTimeFactor"] = "10" };
        await using var tripled = await JudgeHarness.StartAsync(overrides: worker);
        await tripled.Problems.PutAsync("slow-sum", [Sum(1, 2, sample: true)]);
        await tripled.Problems.PutAsync("slow-sum-strict", [Sum(1, 2, sample: true)],
            h => h.LanguageLimits.Add(new LanguageLimits { Language = "python", TimeMultiplier = 1 }));

        var atOneTimes = await _judge.Judge.JudgeAsync("slow-sum", "python", slow);
        var atThreeTimes = await tripled.Judge.JudgeAsync("slow-sum", "python", slow);
        var overridden = await tripled.Judge.JudgeAsync("slow-sum-strict", "python", slow);
        var shown = await tripled.Problems.GetProblemAsync(new GetProblemRequest { Id = "slow-sum" });

        Assert.Multiple(() =>
        {
            Assert.That(atOneTimes.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded), atOneTimes.ToString());
            Assert.That(atThreeTimes.Verdict, Is.EqualTo(Verdict.Accepted), atThreeTimes.ToString());
            Assert.That(overridden.Verdict, Is.EqualTo(Verdict.TimeLimitExceeded), "the problem's own multiplier wins");
            Assert.That(shown.Limits.Single(l => l.Language == "python").TimeLimitMs, Is.EqualTo(3000));
            Assert.That(shown.Limits.Single(l => l.Language == "cpp").TimeLimitMs, Is.EqualTo(1000));
            Assert.That(shown.Limits.Single(l => l.Language == "java").MemoryLimitMib, Is.EqualTo(64 + 64), "Java's allowance");
        });
    }

    [Test]
    public async Task Get_problem_returns_the_statement_groups_and_scoring_but_no_hidden_data()
    {
        var tests = new[] { Sum(1, 1, sample: true), Sum(40, 2) };
        await _judge.Problems.PutAsync("described", tests, h =>
        {
            h.Statement = "# Sum\n\nPrint **a + b**.";
            h.Scoring = Scoring.Groups;
            h.Groups.Add(new TestGroup { Name = "main", Points = 100, Tests = { 1 } });
        });

        var problem = await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "described" });

        Assert.Multiple(() =>
        {
            Assert.That(problem.Statement, Is.EqualTo("# Sum\n\nPrint **a + b**."));
            Assert.That(problem.Scoring, Is.EqualTo(Scoring.Groups));
            Assert.That(problem.Groups.Single().Name, Is.EqualTo("main"));
            Assert.That(problem.MaxScore, Is.EqualTo(100));
            Assert.That(problem.Samples.Select(s => s.Index), Is.EqualTo(new[] { 0u }));
            Assert.That(problem.ToString(), Does.Not.Contain("42"), "the hidden test's data is not there");
        });
    }
}
