namespace Judge.Worker.Checking;

/// <summary>
/// Judges one test's output outside the candidate's sandbox: a verdict, the fraction of the test's
/// points it earns and a message. Built-in checkers compare bytes in the worker; program checkers
/// (testlib, C# script) run in a sandbox of their own. A checker knows nothing of groups or scoring.
/// Disposed once its submission is judged: a program checker hands its sandbox back then; a built-in holds nothing.
/// </summary>
public interface IChecker : IAsyncDisposable
{
    /// <exception cref="OperationCanceledException">Judging was cancelled.</exception>
    /// <exception cref="Sandbox.SandboxBrokenException">A program checker's sandbox stopped answering (the attempt is retried).</exception>
    Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// True for a program checker: each check runs a program in a sandbox, which takes a core as the candidate's does.
    /// A built-in compares in the worker.
    /// </summary>
    bool ChecksInSandbox => false;

    ValueTask IAsyncDisposable.DisposeAsync() => ValueTask.CompletedTask;
}
