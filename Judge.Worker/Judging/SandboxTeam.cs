using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>
/// The sandboxes one submission's tests run in: the one it compiled in first, then any extras holding the same sealed
/// program, each pinned to its own core of <see cref="Cores"/> when there are any (none: one sandbox, not pinned).
/// <see cref="ReleaseAsync"/> unpins them and hands every one back to the pool.
/// </summary>
internal sealed class SandboxTeam
{
    private readonly ISandboxPool _pool;
    private readonly CoreLease? _lease;
    private readonly string _allCores;
    private readonly ILogger _logger;

    public SandboxTeam(IReadOnlyList<ISandbox> sandboxes, ISandboxPool pool, CoreLease? lease, string allCores, ILogger logger)
    {
        Sandboxes = sandboxes;
        _pool = pool;
        _lease = lease;
        _allCores = allCores;
        _logger = logger;
    }

    /// <summary>A team of the compiled sandbox alone, not pinned.</summary>
    public static SandboxTeam Alone(ISandbox sandbox, ISandboxPool pool, ILogger logger) => new([sandbox], pool, null, "", logger);

    public IReadOnlyList<ISandbox> Sandboxes { get; }

    /// <summary>The core each sandbox is pinned to, in the order of <see cref="Sandboxes"/>; empty when not pinned.</summary>
    public IReadOnlyList<int> Cores => _lease?.Cores ?? [];

    /// <summary>
    /// Hands every sandbox back to the pool, reusable when the submission ended normally and (when pinned) unpinning it
    /// worked; the pool removes any other. Then the cores go back to the allocator. Never throws.
    /// </summary>
    public async Task ReleaseAsync(bool endedNormally)
    {
        await Task.WhenAll(Sandboxes.Select((sandbox, i) => ReleaseAsync(sandbox, i, endedNormally)));
        _lease?.Dispose();
    }

    private async Task ReleaseAsync(ISandbox sandbox, int position, bool endedNormally)
    {
        var reusable = endedNormally;
        if (reusable && position < Cores.Count)
        {
            try
            {
                // Not cancelled: a sandbox that goes back to the pool must not stay on one core. The pipeline bounds the call.
                await sandbox.SetCpusAsync(_allCores, CancellationToken.None);
            }
            catch (Exception e)
            {
                _logger.LogWarning("Sandbox {ContainerId} could not be unpinned from core {Core} ({Error}); removing it",
                    sandbox.Id, Cores[position], e.Message);
                reusable = false;
            }
        }
        _pool.Release(sandbox, reusable);
    }
}
