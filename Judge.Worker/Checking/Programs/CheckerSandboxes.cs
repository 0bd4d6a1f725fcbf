using Judge.Contracts.V1;
using Judge.Worker.Options;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.Worker.Checking;

/// <summary>
/// Compiled program checkers (and interactors) kept warm, one sandbox per problem version and role (keyed by id, version,
/// upload and role): compiled by the first submission that needs it, shared by every later one (a sandbox serves one
/// check at a time; an interactor, which runs beside a program for a whole test, is one submission's at a time, and
/// more are compiled while all are rented), at most
/// Worker:CheckerSandboxes of them; beyond that the least recently used one is dropped and its sandbox removed once no
/// submission holds it. A compile that fails (does not compile, sandbox broken) is not kept, and a sandbox that can no
/// longer run its checker is retired when handed back. Stopping the worker removes every one.
/// </summary>
internal sealed class CheckerSandboxes(CheckerCompiler compiler, IOptions<WorkerOptions> options, ILogger<CheckerSandboxes> logger) : IHostedService
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _cached = new(StringComparer.Ordinal);
    // Every entry whose sandbox may exist: cached, dropped but still held, or compiling.
    private readonly HashSet<Entry> _live = [];
    private readonly List<Task> _removals = [];
    private readonly CancellationTokenSource _stopping = new();
    private long _clock;
    private bool _stopped;

    /// <summary>How many compiled checkers are kept (for tests and logs).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _cached.Count;
            }
        }
    }

    /// <summary>
    /// The compiled checker of <paramref name="problem"/>'s version, compiling it first if no sandbox has it; dispose
    /// the result when the submission is judged.
    /// </summary>
    /// <exception cref="CheckerUnavailableException">The checker does not compile.</exception>
    /// <exception cref="Sandbox.SandboxBrokenException">Its sandbox stopped answering while compiling.</exception>
    /// <exception cref="ObjectDisposedException">The worker is stopping.</exception>
    public async Task<IChecker> RentAsync(StoredProblem problem, CheckerProgram program, CancellationToken cancellationToken)
    {
        return new ProgramChecker(await RentProgramAsync(problem, program, cancellationToken));
    }

    /// <summary>
    /// As <see cref="RentAsync"/>, the compiled program itself: a checker, or an interactive problem's interactor
    /// (<see cref="CheckerProgram.Interactor"/>), which runs beside the candidate's program.
    /// </summary>
    /// <exception cref="CheckerUnavailableException">The program does not compile.</exception>
    /// <exception cref="Sandbox.SandboxBrokenException">Its sandbox stopped answering while compiling.</exception>
    /// <exception cref="ObjectDisposedException">The worker is stopping.</exception>
    public async Task<RentedProgram> RentProgramAsync(StoredProblem problem, CheckerProgram program, CancellationToken cancellationToken)
    {
        var key = $"{problem.Header.Id}/v{problem.Version}/{problem.UploadId}/{program.Role}";
        Entry entry;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopped, this);
            entry = EntryLocked(key, exclusive: program.Role == CheckerProgram.InteractorRole, problem, program);
            entry.Users++;
            entry.LastUsed = ++_clock;
            DropBeyondCapacityLocked();
        }
        try
        {
            return new RentedProgram(await entry.Compiled.WaitAsync(cancellationToken), retire => Release(entry, retire));
        }
        catch
        {
            Release(entry, retire: false);
            throw;
        }
    }

    /// <summary>
    /// The entry to rent for <paramref name="key"/>, made (and its compile started) when there is none. A checker's is
    /// shared by every submission. An interactor's is a submission's own while rented: a test holds it from the
    /// program's start to its end, so a shared one would let one submission (a program that sleeps to its time limit on
    /// every test) hold up every other of the problem; each renter gets an idle instance ("KEY#0", "KEY#1", ...),
    /// compiled when none is idle.
    /// </summary>
    private Entry EntryLocked(string key, bool exclusive, StoredProblem problem, CheckerProgram program)
    {
        for (var instance = 0; ; instance++)
        {
            var instanceKey = exclusive ? $"{key}#{instance}" : key;
            if (_cached.TryGetValue(instanceKey, out var entry))
            {
                if (!exclusive || entry.Users == 0)
                {
                    return entry;
                }
                continue;
            }
            entry = new Entry(instanceKey);
            _cached.Add(instanceKey, entry);
            _live.Add(entry);
            entry.Compiled = Task.Run(() => CompileAsync(entry, problem, program));
            return entry;
        }
    }

    private async Task<CompiledChecker> CompileAsync(Entry entry, StoredProblem problem, CheckerProgram program)
    {
        try
        {
            var checker = await compiler.CompileAsync(problem, program, _stopping.Token);
            lock (_gate)
            {
                entry.Checker = checker;
                RemoveIfUnusedLocked(entry);
            }
            return checker;
        }
        catch
        {
            lock (_gate)
            {
                DropLocked(entry);
                _live.Remove(entry);
            }
            throw;
        }
    }

    private void Release(Entry entry, bool retire)
    {
        lock (_gate)
        {
            entry.Users--;
            if (retire)
            {
                logger.LogWarning("Checker sandbox of {ProblemVersion} can no longer run its checker; removing it", entry.Key);
                DropLocked(entry);
            }
            RemoveIfUnusedLocked(entry);
        }
    }

    private void DropBeyondCapacityLocked()
    {
        while (_cached.Count > options.Value.CheckerSandboxes)
        {
            var oldest = _cached.Values.MinBy(e => e.LastUsed)!;
            logger.LogInformation("Dropping the checker sandbox of {ProblemVersion} (least recently used of {Count})", oldest.Key, _cached.Count);
            DropLocked(oldest);
            RemoveIfUnusedLocked(oldest);
        }
    }

    /// <summary>No later submission gets this entry; its sandbox goes once no one holds it.</summary>
    private void DropLocked(Entry entry)
    {
        if (_cached.TryGetValue(entry.Key, out var cached) && cached == entry)
        {
            _cached.Remove(entry.Key);
        }
        entry.Dropped = true;
    }

    private void RemoveIfUnusedLocked(Entry entry)
    {
        if ((entry.Dropped || _stopped) && entry.Users == 0 && entry.Checker is { } checker && _live.Remove(entry))
        {
            _removals.RemoveAll(t => t.IsCompleted);
            _removals.Add(Task.Run(async () => await checker.Sandbox.DisposeAsync()));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Removes every checker sandbox: compiles under way are cancelled, and sandboxes still held are removed too.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        List<Entry> live;
        lock (_gate)
        {
            _stopped = true;
            live = [.. _live];
        }
        await _stopping.CancelAsync();
        foreach (var entry in live)
        {
            try
            {
                await entry.Compiled;
            }
            catch (Exception e)
            {
                logger.LogDebug("Checker of {ProblemVersion} was not compiled when the worker stopped: {Error}", entry.Key, e.Message);
            }
        }
        List<Task> removals;
        lock (_gate)
        {
            foreach (var entry in _live.ToList())
            {
                entry.Users = 0;
                RemoveIfUnusedLocked(entry);
            }
            removals = [.. _removals];
        }
        await Task.WhenAll(removals);
        logger.LogInformation("Checker sandboxes stopped; removed {Count}", live.Count);
    }

    private sealed class Entry(string key)
    {
        public string Key => key;

        public Task<CompiledChecker> Compiled { get; set; } = null!;

        /// <summary>Set once compiled: the entry's sandbox exists.</summary>
        public CompiledChecker? Checker { get; set; }

        /// <summary>Submissions holding it or waiting for its compile.</summary>
        public int Users { get; set; }

        public long LastUsed { get; set; }

        public bool Dropped { get; set; }
    }
}
