using Judge.Contracts.V1;

namespace Judge.Worker.Judging;

/// <summary>Where the grader records each test's result as it is judged; <see cref="ProgressReporter"/> is the real one.</summary>
internal interface ITestProgress
{
    /// <summary>The attempt's state; the grader sets its message (tampering, a failed checker).</summary>
    Submission State { get; }

    /// <summary>Adds a judged (or SKIPPED) test's result, in run order.</summary>
    void Test(TestResult result);
}
