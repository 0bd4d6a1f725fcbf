namespace Judge.Worker.Sandbox;

/// <summary>
/// Hands out the engine's CPU cores (numbered 0 to <see cref="Count"/> - 1) to the sandboxes this worker pins, so that no
/// core is given to two sandboxes at once whatever number of submissions the worker judges. A lease holds its cores
/// until it is disposed (or gives some back early); cores are handed out lowest first. Thread-safe.
/// </summary>
public sealed class CoreAllocator
{
    private readonly bool[] _taken;

    /// <param name="cores">The engine's CPU cores, at least 1.</param>
    public CoreAllocator(int cores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        _taken = new bool[cores];
    }

    /// <summary>The cores there are, free or not.</summary>
    public int Count => _taken.Length;

    /// <summary>Cores not leased now.</summary>
    public int Free
    {
        get
        {
            lock (_taken)
            {
                return _taken.Count(taken => !taken);
            }
        }
    }

    /// <summary>
    /// Up to <paramref name="wanted"/> free cores, fewer when fewer are free, none when all are leased (never waits).
    /// </summary>
    public CoreLease Acquire(int wanted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(wanted);
        var cores = new List<int>();
        lock (_taken)
        {
            for (var core = 0; core < _taken.Length && cores.Count < wanted; core++)
            {
                if (!_taken[core])
                {
                    _taken[core] = true;
                    cores.Add(core);
                }
            }
        }
        return new CoreLease(this, cores);
    }

    internal void Return(IEnumerable<int> cores)
    {
        lock (_taken)
        {
            foreach (var core in cores)
            {
                _taken[core] = false;
            }
        }
    }

    /// <summary>The whole range in the engine's cpuset syntax ("0-1"): what an unpinned sandbox may use.</summary>
    public string All => Count == 1 ? "0" : $"0-{Count - 1}";
}

/// <summary>Cores leased from a <see cref="CoreAllocator"/>; disposing gives them back (once).</summary>
public sealed class CoreLease : IDisposable
{
    private readonly CoreAllocator _allocator;
    private readonly List<int> _cores;

    internal CoreLease(CoreAllocator allocator, List<int> cores)
    {
        _allocator = allocator;
        _cores = cores;
    }

    /// <summary>The leased cores' numbers, ascending.</summary>
    public IReadOnlyList<int> Cores => _cores;

    /// <summary>Keeps the first <paramref name="count"/> cores and gives the rest back now.</summary>
    public void Keep(int count)
    {
        if (count < _cores.Count)
        {
            _allocator.Return(_cores.Skip(count));
            _cores.RemoveRange(count, _cores.Count - count);
        }
    }

    public void Dispose() => Keep(0);
}
