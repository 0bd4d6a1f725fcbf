using Judge.Contracts.V1;

namespace Judge.Domain;

/// <summary>
/// The one rule for a submission's overall verdict, shared by the worker's grader and the API's self-check of a
/// problem's solutions: the verdict of the first test, in run order (the order of <see cref="JudgedTests.Groups"/>,
/// which is also the order a submission's results are stored in), that is neither ACCEPTED nor SKIPPED; ACCEPTED
/// when there is none. Run order and index order differ when groups list their tests out of index order; run order is
/// what a candidate watching the results sees first.
/// </summary>
public static class OverallVerdict
{
    /// <summary>True for a verdict that decides the overall verdict (neither ACCEPTED nor SKIPPED).</summary>
    public static bool IsFailure(Verdict verdict) => verdict is not (Verdict.Accepted or Verdict.Skipped);

    /// <summary>The first failing test of <paramref name="resultsInRunOrder"/>, or null when none failed.</summary>
    public static TestResult? FirstFailing(IEnumerable<TestResult> resultsInRunOrder) =>
        resultsInRunOrder.FirstOrDefault(test => IsFailure(test.Verdict));

    /// <summary>The overall verdict of <paramref name="resultsInRunOrder"/>.</summary>
    public static Verdict Of(IEnumerable<TestResult> resultsInRunOrder) => FirstFailing(resultsInRunOrder)?.Verdict ?? Verdict.Accepted;
}
