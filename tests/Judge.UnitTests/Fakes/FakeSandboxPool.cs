using Judge.Worker.Sandbox;

namespace Judge.UnitTests.Fakes;

/// <summary>
/// A pool that hands out a new <see cref="FakeSandbox"/> per rental (set up by <see cref="Configure"/>) and records each
/// release and whether it was reusable: enough to check that every rental ends in exactly one release.
/// </summary>
public sealed class FakeSandboxPool : ISandboxPool
{
    public Action<FakeSandbox>? Configure { get; set; }
    public List<FakeSandbox> Rented { get; } = [];
    public List<(FakeSandbox Sandbox, bool Reusable)> Released { get; } = [];

    public Task<ISandbox> RentAsync(string languageId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var sandbox = new FakeSandbox(languageId);
        Configure?.Invoke(sandbox);
        lock (Rented)
        {
            Rented.Add(sandbox);
        }
        return Task.FromResult<ISandbox>(sandbox);
    }

    public void Release(ISandbox sandbox, bool reusable)
    {
        lock (Released)
        {
            Released.Add(((FakeSandbox)sandbox, reusable));
        }
    }

    public int WarmCount(string languageId) => 0;
}
