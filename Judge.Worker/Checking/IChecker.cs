namespace Judge.Worker.Checking;

/// <summary>
/// Judges one test's output outside the candidate's sandbox: a verdict, the fraction of the test's
/// points it earns and a message. Built-in checkers compare bytes in the worker; program checkers
/// (testlib, C# script) run in a sandbox of their own. A checker knows nothing of groups or scoring.
/// </summary>
public interface IChecker
{
    /// <exception cref="OperationCanceledException">Judging was cancelled.</exception>
    Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken);
}
