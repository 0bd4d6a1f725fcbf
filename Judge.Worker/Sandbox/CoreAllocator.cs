namespace Judge.Worker.Sandbox;

/// <summary>
/// Hands out the engine's CPU cores (numbered 0 to <see cref="Count"/> - 1) to the submissions this worker judges, for
/// pinning their sandboxes, so that no core is given to two sandboxes at once. At most <see cref="Holders"/> leases are
/// expected at once (Worker:Concurrency): each lease gets one core whenever one is free, and more only from cores that
/// no other lease could still claim as its one, so a submission starting later is not left without a core by an
/// earlier one's extra sandboxes. A lease holds its cores until disposed (or gives some back early); cores are handed
/// out lowest first, never waited for. Thread-safe.
/// </summary>
public sealed class CoreAllocator
{
    private readonly bool[] _taken;
    private int _leases;

    /// <param name="cores">The engine's CPU cores, at least 1.</param>
    /// <param name="holders">Leases expected at once at most (the worker's job loops), at least 1.</param>
    public CoreAllocator(int cores, int holders)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(holders, 1);
        _taken = new bool[cores];
        Holders = holders;
    }

    /// <summary>The cores there are, leased or not.</summary>
    public int Count => _taken.Length;

    /// <summary>Leases expected at once at most.</summary>
    public int Holders { get; }

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
    /// Up to <paramref name="wanted"/> cores: one if any is free, plus as many more as are free beyond one for each of
    /// the other leases that may still start (<see cref="Holders"/> less the leases alive, less this one). Never waits;
    /// the lease may hold no core at all.
    /// </summary>
    public CoreLease Acquire(int wanted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(wanted);
        var cores = new List<int>();
        lock (_taken)
        {
            var free = _taken.Count(taken => !taken);
            var stillToCome = Math.Max(0, Holders - _leases - 1);
            var granted = Math.Min(wanted, Math.Max(Math.Min(1, free), free - stillToCome));
            for (var core = 0; core < _taken.Length && cores.Count < granted; core++)
            {
                if (!_taken[core])
                {
                    _taken[core] = true;
                    cores.Add(core);
                }
            }
            _leases++;
        }
        return new CoreLease(this, cores);
    }

    internal void Return(IEnumerable<int> cores, bool ended)
    {
        lock (_taken)
        {
            foreach (var core in cores)
            {
                _taken[core] = false;
            }
            if (ended)
            {
                _leases--;
            }
        }
    }

    /// <summary>The whole range in the engine's cpuset syntax ("0-1"): what an unpinned sandbox may use.</summary>
    public string All => Count == 1 ? "0" : $"0-{Count - 1}";
}

/// <summary>Cores leased from a <see cref="CoreAllocator"/>; disposing gives them back and ends the lease (once).</summary>
public sealed class CoreLease : IDisposable
{
    private readonly CoreAllocator _allocator;
    private readonly List<int> _cores;
    private bool _ended;

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
        if (count < _cores.Count && !_ended)
        {
            _allocator.Return(_cores.Skip(count), ended: false);
            _cores.RemoveRange(count, _cores.Count - count);
        }
    }

    public void Dispose()
    {
        if (!_ended)
        {
            _allocator.Return(_cores, ended: true);
            _cores.Clear();
            _ended = true;
        }
    }
}
