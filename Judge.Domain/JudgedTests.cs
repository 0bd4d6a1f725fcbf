using Judge.Contracts.V1;

namespace Judge.Domain;

/// <summary>One group of a submission's plan: its tests in run order, its points (SCORING_GROUPS) and the groups it depends on.</summary>
/// <param name="Name">Empty for the unnamed group of a problem without groups.</param>
public sealed record JudgedGroup(string Name, uint Points, IReadOnlyList<int> Tests, IReadOnlyList<string> DependsOn);

/// <summary>
/// Which tests a submission is judged on, in which groups and order, and what is at stake: the one rule
/// the API (max score when queued) and the worker (the plan it runs) share. SUBMIT runs every test; RUN
/// the samples only. Under SCORING_GROUPS, samples in no group form a first group "samples" of 0 points;
/// without groups, all tests form one unnamed group.
/// </summary>
public static class JudgedTests
{
    public const string SamplesGroup = "samples";

    public static IReadOnlyList<JudgedGroup> Groups(ProblemHeader problem, SubmitMode mode)
    {
        bool Judged(int index) => mode != SubmitMode.Run || problem.Tests[index].Sample;
        var groups = new List<JudgedGroup>();
        if (problem.Groups.Count == 0)
        {
            groups.Add(new JudgedGroup("", 0, Enumerable.Range(0, problem.Tests.Count).Where(Judged).ToList(), []));
            return groups;
        }
        var grouped = problem.Groups.SelectMany(g => g.Tests).Select(t => (int)t).ToHashSet();
        var loose = Enumerable.Range(0, problem.Tests.Count).Where(i => !grouped.Contains(i) && Judged(i)).ToList();
        if (loose.Count > 0)
        {
            groups.Add(new JudgedGroup(SamplesGroup, 0, loose, []));
        }
        foreach (var group in problem.Groups)
        {
            var tests = group.Tests.Select(t => (int)t).Where(Judged).ToList();
            if (tests.Count > 0)
            {
                groups.Add(new JudgedGroup(group.Name, group.Points, tests, group.DependsOn.ToList()));
            }
        }
        return groups;
    }

    /// <summary>Test indices in run order.</summary>
    public static IReadOnlyList<int> Select(ProblemHeader problem, SubmitMode mode) =>
        Groups(problem, mode).SelectMany(g => g.Tests).ToList();

    /// <summary>How many tests a submission runs: one for a RUN on custom input, else the judged tests of <paramref name="mode"/>.</summary>
    public static int Count(ProblemHeader problem, SubmitMode mode, bool customInput) =>
        customInput ? 1 : Groups(problem, mode).Sum(g => g.Tests.Count);

    /// <summary>The points at stake: the judged groups' maxima (<see cref="MaxScoreOf"/>); 0 for a RUN on custom input.</summary>
    public static uint MaxScore(ProblemHeader problem, SubmitMode mode, bool customInput = false) =>
        customInput ? 0 : (uint)Groups(problem, mode).Sum(g => (long)MaxScoreOf(problem, g));

    /// <summary>
    /// A judged group's maximum: its points under SCORING_GROUPS (all or nothing), else the points of its judged tests.
    /// </summary>
    public static uint MaxScoreOf(ProblemHeader problem, JudgedGroup group) =>
        problem.Scoring == Scoring.Groups ? group.Points : (uint)group.Tests.Sum(i => (long)problem.Tests[i].Points);
}
