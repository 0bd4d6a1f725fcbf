namespace Judge.Worker.Checking;

/// <summary>
/// A submission's use of a compiled program checker (<see cref="CheckerSandboxes"/>): checks run in the checker's
/// sandbox; disposing hands the sandbox back, retiring it when it can no longer run the checker.
/// </summary>
internal sealed class ProgramChecker(RentedProgram checker) : IChecker
{
    public Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
        checker.Program.CheckAsync(request, cancellationToken);

    public bool ChecksInSandbox => true;

    public ValueTask DisposeAsync() => checker.DisposeAsync();
}
