using Judge.Worker.Sandbox;

namespace Judge.UnitTests.Fakes;

/// <summary>An engine that always answers and has <paramref name="cores"/> CPU cores.</summary>
public sealed class FakeSandboxEngine(int cores) : ISandboxEngine
{
    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> CpuCountAsync(CancellationToken cancellationToken) => Task.FromResult(cores);
}
