using Judge.Domain;
using Judge.Contracts.V1;
using Judge.Worker.Checking;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Judge.Worker.TestData;
using Judge.Storage.Records;

namespace Judge.Worker.Judging;

/// <summary>The score of a judged submission: points won, the overall verdict, and each group's result.</summary>
internal sealed record GradeSummary(double Score, Verdict Verdict, IReadOnlyList<GroupResult> Groups);

/// <summary>
/// The one place that owns scoring. Walks a plan's groups in order, runs each test (or marks it SKIPPED),
/// and adds up the score:
/// SCORING_PER_TEST: every test runs and counts its points times the checker's fraction;
/// SCORING_GROUPS (the OA and IOI rule): a group counts its points times its smallest fraction only when
/// every test passes (ACCEPTED or PARTIAL); after a failure its remaining tests are SKIPPED, and a group
/// whose dependency failed is SKIPPED whole. A program that changed its compiled files stops judging there.
/// The overall verdict is <see cref="OverallVerdict"/>'s (the first failing test in run order).
/// </summary>
internal sealed class Grader(ParallelTestRunner runner, ITestData testData, ILogger<Grader> logger)
{
    /// <summary>
    /// Judges <paramref name="plan"/> in <paramref name="sandboxes"/> (one, or a pinned team sharing each group's tests:
    /// <see cref="ParallelTestRunner"/>); results are recorded in test order either way.
    /// </summary>
    public async Task<GradeSummary> GradeAsync(IReadOnlyList<ISandbox> sandboxes, LanguageDefinition language, StoredProblem problem,
        JudgingPlan plan, IChecker checker, ITestProgress reporter, CancellationToken cancellationToken)
    {
        // The version's cached test data stays on disk until the last test is judged.
        using var testDataInUse = testData.Use(problem);
        var header = problem.Header;
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<GroupResult>();
        var tests = new List<TestResult>();
        double score = 0;
        var stopped = false;
        foreach (var group in plan.Groups)
        {
            void Record(TestResult result)
            {
                result.Group = group.Name;
                tests.Add(result);
                reporter.Test(result);
            }

            var blocked = stopped || group.DependsOn.Any(failed.Contains);
            var groupFailed = false;
            var smallest = 1.0;
            Verdict? firstFailure = null;
            var judgedCount = 0;
            if (!blocked)
            {
                // With all-or-nothing groups a failed run ends the group's batch in the runner already; breaking here stops
                // the other sandboxes' batches too.
                await foreach (var judged in runner.RunAllAsync(sandboxes, language, problem, group.Tests, plan.Limits, checker,
                    stopAfterFailedRun: plan.AllOrNothing, cancellationToken))
                {
                    var index = group.Tests[judgedCount++];
                    var result = judged.Result;
                    if (judged.ChangedCompiledFiles)
                    {
                        logger.LogWarning("Test {TestIndex}: the program changed its compiled files; judging stops", index);
                        reporter.State.Message = $"test {index}: the program changed or removed its own compiled files; judging stopped";
                        stopped = true;
                    }
                    if (judged.Overloaded is { } overload)
                    {
                        // A machine that starved one test three times would starve the next ones too: the rest are skipped.
                        logger.LogWarning("Test {TestIndex}: {Overload} ({CpuTimeMs} ms of CPU time, {CpuWaitMs} ms waiting on the last run); judging stops",
                            index, overload, result.CpuTimeMs, result.CpuWaitMs);
                        if (reporter.State.Message.Length == 0)
                        {
                            reporter.State.Message = $"test {index}: {overload}; judging stopped; not the candidate's fault";
                        }
                        stopped = true;
                    }
                    if (judged.CheckerFailure is { } failure)
                    {
                        // The summary only: what a checker said may quote a hidden test's answer, which no log holds.
                        logger.LogWarning("Test {TestIndex}: {CheckerFailure}", index, failure);
                        if (reporter.State.Message.Length == 0)
                        {
                            // A checker's words may quote a hidden test's answer: they go to the log, not to the submission.
                            var role = failure.StartsWith($"the {CheckerProgram.InteractorRole} ", StringComparison.Ordinal)
                                ? CheckerProgram.InteractorRole : CheckerProgram.CheckerRole;
                            var shown = result.Sample ? failure : $"the problem's {role} failed (details in the worker's log)";
                            reporter.State.Message = $"test {index}: {shown}; not the candidate's fault";
                        }
                    }
                    if (result.Verdict is Verdict.Accepted or Verdict.Partial)
                    {
                        smallest = Math.Min(smallest, result.ScoreFraction);
                    }
                    else
                    {
                        groupFailed = true;
                        firstFailure ??= result.Verdict;
                    }
                    if (!plan.AllOrNothing)
                    {
                        result.Points = header.Tests[index].Points * result.ScoreFraction;
                        score += result.Points;
                    }
                    Record(result);
                    if (stopped || (groupFailed && plan.AllOrNothing))
                    {
                        break;
                    }
                }
            }
            foreach (var index in group.Tests.Skip(judgedCount))
            {
                Record(new TestResult { Index = (uint)index, Sample = header.Tests[index].Sample, Verdict = Verdict.Skipped });
            }
            if (groupFailed || blocked)
            {
                failed.Add(group.Name);
            }
            var groupScore = plan.AllOrNothing && !groupFailed && !blocked ? group.Points * smallest : 0;
            if (plan.AllOrNothing)
            {
                score += groupScore;
            }
            if (plan.ReportGroups)
            {
                groups.Add(new GroupResult
                {
                    Name = group.Name,
                    MaxScore = JudgedTests.MaxScoreOf(header, group),
                    Score = plan.AllOrNothing ? groupScore : tests.Where(t => t.Group == group.Name).Sum(t => t.Points),
                    Verdict = blocked ? Verdict.Skipped : firstFailure ?? (smallest < 1 ? Verdict.Partial : Verdict.Accepted),
                });
            }
        }
        return new GradeSummary(score, OverallVerdict.Of(tests), groups);
    }
}
