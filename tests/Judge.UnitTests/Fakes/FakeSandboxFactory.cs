using System.Threading.Channels;
using Judge.Worker.Sandbox;

namespace Judge.UnitTests.Fakes;

/// <summary>
/// Makes <see cref="FakeSandbox"/>es at once, each set up by <see cref="Configure"/> before it is handed out; records
/// every one made (<see cref="Created"/>, also readable one by one as made) with its spec and role, and the leftover sweeps.
/// </summary>
public sealed class FakeSandboxFactory : ISandboxFactory
{
    private readonly Channel<FakeSandbox> _created = Channel.CreateUnbounded<FakeSandbox>();

    public List<FakeSandbox> Created { get; } = [];
    public List<(SandboxSpec Spec, SandboxRole Role)> Requests { get; } = [];
    public Action<FakeSandbox>? Configure { get; set; }
    public int LeftoverSweeps { get; private set; }

    public Task<ISandbox> CreateAsync(SandboxSpec spec, SandboxRole role, CancellationToken cancellationToken)
    {
        var sandbox = new FakeSandbox(spec.LanguageId);
        Configure?.Invoke(sandbox);
        lock (Created)
        {
            Created.Add(sandbox);
            Requests.Add((spec, role));
        }
        _created.Writer.TryWrite(sandbox);
        return Task.FromResult<ISandbox>(sandbox);
    }

    public Task RemoveLeftoversAsync(CancellationToken cancellationToken)
    {
        LeftoverSweeps++;
        return Task.CompletedTask;
    }

    /// <summary>The next sandbox made, in order; fails the test after 10 s (a margin, not a speed figure).</summary>
    public async Task<FakeSandbox> NextCreatedAsync() => await _created.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
