namespace Judge.Worker.Checking;

/// <summary>
/// A submission's use of a compiled checker or interactor (<see cref="CheckerSandboxes"/>); disposing hands the sandbox
/// back, retiring it when it can no longer run the program.
/// </summary>
internal sealed class RentedProgram(CompiledChecker program, Action<bool> release) : IAsyncDisposable
{
    private int _released;

    public CompiledChecker Program => program;

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            release(!program.Usable || !program.Sandbox.Healthy);
        }
        return ValueTask.CompletedTask;
    }
}
