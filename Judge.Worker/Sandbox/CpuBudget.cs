using System.Diagnostics;
using Judge.Worker.Options;
using Judge.Worker.Telemetry;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Sandbox;

/// <summary>
/// The CPU cores this worker keeps busy at once (Worker:Cores; 0: every core of the engine), shared by everything it
/// runs in sandboxes: a compile (a program's or a checker's), a submission's tests (a core per test sandbox for the
/// whole of its judging; a program checker checks on its test's core, an interactor takes turns with the program on
/// it), a custom input's run, its reference's and its check. Work asks for runs (each counted as
/// Sandbox:Cpus rounded up, in cores) and waits, before its clock starts, until that many cores are free, so jobs at
/// once, parallel test sandboxes and checker sandboxes together never exceed the cores: a program is never made to
/// wait for a CPU by the worker's own work (issue 26; the wall clock's extension covers what the rest of the machine
/// does). Waiters are served first come, first served, so a submission that needs two cores is not starved by compiles
/// that need one. A request for more than there are is cut to all of them. Work started inside a hold (in its async
/// flow) is covered by it and never waits again: a nested wait could deadlock. Exported as <c>judge_cores_in_use</c>
/// and <c>judge_cores_wait_seconds</c>.
/// </summary>
public sealed class CpuBudget
{
    private readonly ISandboxEngine _engine;
    private readonly WorkerOptions _workerOptions;
    private readonly WorkerTelemetry _telemetry;
    private readonly ILogger<CpuBudget> _logger;
    private readonly AsyncLocal<Hold?> _inside = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly SemaphoreSlim _countGate = new(1, 1);
    private readonly object _gate = new();
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _cores;
    private int _inUse;

    public CpuBudget(ISandboxEngine engine, IOptions<WorkerOptions> workerOptions, IOptions<SandboxOptions> sandboxOptions, WorkerTelemetry telemetry,
        ILogger<CpuBudget> logger)
    {
        _engine = engine;
        _workerOptions = workerOptions.Value;
        _telemetry = telemetry;
        _logger = logger;
        CoresPerRun = Math.Max(1, (int)Math.Ceiling(sandboxOptions.Value.Cpus));
        telemetry.Meter.CreateObservableGauge("judge.cores.in_use", () => InUse, description: "Cores of the worker's CPU budget held now");
    }

    /// <summary>Cores one run keeps busy: Sandbox:Cpus rounded up.</summary>
    public int CoresPerRun { get; }

    /// <summary>Cores held now (for the worker's metrics).</summary>
    public int InUse
    {
        get
        {
            lock (_gate)
            {
                return _inUse;
            }
        }
    }

    /// <summary>
    /// Whether work asking for a core now would get it at once (a core is free and nothing waits), or the budget is not
    /// sized yet: the job loops take a job only then, so a worker whose cores are busy leaves it to an idle one.
    /// </summary>
    public bool HasRoom
    {
        get
        {
            lock (_gate)
            {
                return _cores == 0 || (_waiters.Count == 0 && _inUse < _cores);
            }
        }
    }

    /// <summary>Completes when cores are next given back; take it before reading <see cref="HasRoom"/>, so no release is missed.</summary>
    public Task NextRelease
    {
        get
        {
            lock (_gate)
            {
                return _released.Task;
            }
        }
    }

    /// <summary>The cores of the budget: Worker:Cores, or the engine's when that is 0 (asked once; a failed question is asked again).</summary>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<int> CoresAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _cores) is var known and > 0)
        {
            return known;
        }
        await _countGate.WaitAsync(cancellationToken);
        try
        {
            if (_cores == 0)
            {
                var engineCores = await _engine.CpuCountAsync(cancellationToken);
                var given = _workerOptions.Cores;
                if (given > engineCores)
                {
                    _logger.LogWarning("Worker:Cores is {Cores}, but the engine has {EngineCores}: programs will wait for CPUs", given, engineCores);
                }
                Volatile.Write(ref _cores, given > 0 ? given : Math.Max(1, engineCores));
                _logger.LogInformation("The worker keeps at most {Cores} cores busy at once", _cores);
            }
            return _cores;
        }
        finally
        {
            _countGate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> once cores for <paramref name="runs"/> runs at once are free (at least one run, at
    /// most every core), holding them until it ends; inside another hold it runs at once, covered by that hold.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting (nothing is held) or by the work.</exception>
    public async Task<T> RunAsync<T>(int runs, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (_inside.Value is { Released: false })
        {
            return await work();
        }
        var cores = Math.Min(await CoresAsync(cancellationToken), Math.Max(1, runs) * CoresPerRun);
        var waiting = Stopwatch.GetTimestamp();
        var hold = await AcquireAsync(cores, cancellationToken);
        _telemetry.WaitedForCores(Stopwatch.GetElapsedTime(waiting));
        _inside.Value = hold;
        try
        {
            return await work();
        }
        finally
        {
            _inside.Value = null;
            Release(hold);
        }
    }

    /// <inheritdoc cref="RunAsync{T}(int, Func{Task{T}}, CancellationToken)"/>
    public Task RunAsync(int runs, Func<Task> work, CancellationToken cancellationToken) =>
        RunAsync(runs, async () =>
        {
            await work();
            return true;
        }, cancellationToken);

    private async Task<Hold> AcquireAsync(int cores, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(cores);
        lock (_gate)
        {
            if (_waiters.Count == 0 && _inUse + cores <= _cores)
            {
                _inUse += cores;
                return new Hold(cores);
            }
            waiter.Node = _waiters.AddLast(waiter);
        }
        await using (cancellationToken.Register(() => Abandon(waiter, cancellationToken)))
        {
            return await waiter.Promise.Task;
        }
    }

    /// <summary>A cancelled waiter leaves the line (unless already granted: then its holder releases as usual).</summary>
    private void Abandon(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (waiter.Node is not { } node)
            {
                return;
            }
            _waiters.Remove(node);
            waiter.Node = null;
            // Those behind it may fit now.
            GrantLocked();
        }
        waiter.Promise.TrySetCanceled(cancellationToken);
    }

    private void Release(Hold hold)
    {
        TaskCompletionSource released;
        lock (_gate)
        {
            hold.Released = true;
            _inUse -= hold.Cores;
            GrantLocked();
            released = _released;
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        released.TrySetResult();
    }

    /// <summary>Grants waiters from the head while the head fits: first come, first served.</summary>
    private void GrantLocked()
    {
        while (_waiters.First is { } first && _inUse + first.Value.Cores <= _cores)
        {
            _waiters.RemoveFirst();
            _inUse += first.Value.Cores;
            var waiter = first.Value;
            waiter.Node = null;
            waiter.Promise.TrySetResult(new Hold(waiter.Cores));
        }
    }

    private sealed class Hold(int cores)
    {
        public int Cores { get; } = cores;

        public bool Released { get; set; }
    }

    private sealed class Waiter(int cores)
    {
        public int Cores { get; } = cores;

        /// <summary>Its place in the line; null once granted or gone.</summary>
        public LinkedListNode<Waiter>? Node { get; set; }

        public TaskCompletionSource<Hold> Promise { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
