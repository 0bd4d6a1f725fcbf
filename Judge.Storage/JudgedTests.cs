using Judge.Contracts.V1;

namespace Judge.Storage;

/// <summary>Which tests a submission is judged on: all of them, or the samples for a RUN.</summary>
public static class JudgedTests
{
    public static IReadOnlyList<int> Select(ProblemHeader problem, SubmitMode mode) =>
        Enumerable.Range(0, problem.Tests.Count)
            .Where(i => mode != SubmitMode.Run || problem.Tests[i].Sample)
            .ToList();

    public static uint MaxScore(ProblemHeader problem, IEnumerable<int> tests) =>
        (uint)tests.Sum(i => (long)problem.Tests[i].Points);
}
