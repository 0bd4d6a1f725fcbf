using Judge.Domain;
using Judge.Contracts.V1;
using Judge.Storage;

namespace Judge.Worker.Judging;

/// <summary>
/// What one submission is judged on, built once before its first test: the groups in run order with
/// their tests (<see cref="JudgedTests"/>, the rule the API shares), the scoring rule, and the limits.
/// </summary>
internal sealed record JudgingPlan(IReadOnlyList<JudgedGroup> Groups, bool AllOrNothing, bool ReportGroups, RunLimits Limits)
{
    public static JudgingPlan For(ProblemHeader problem, SubmitMode mode, RunLimits limits) =>
        new(JudgedTests.Groups(problem, mode), problem.Scoring == Scoring.Groups, problem.Groups.Count > 0, limits);

    /// <summary>Test indices in run order.</summary>
    public IEnumerable<int> Tests => Groups.SelectMany(g => g.Tests);
}
