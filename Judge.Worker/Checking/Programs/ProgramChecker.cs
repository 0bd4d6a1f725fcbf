namespace Judge.Worker.Checking;

/// <summary>
/// A submission's use of a compiled program checker (<see cref="CheckerSandboxes"/>): checks run in the checker's
/// sandbox; disposing hands the sandbox back, retiring it when it can no longer run the checker.
/// </summary>
internal sealed class ProgramChecker(CompiledChecker checker, Action<bool> release) : IChecker
{
    private int _released;

    public Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
        checker.CheckAsync(request, cancellationToken);

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            release(!checker.Usable || !checker.Sandbox.Healthy);
        }
        return ValueTask.CompletedTask;
    }
}
