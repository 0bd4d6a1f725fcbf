using System.Runtime.CompilerServices;
using Judge.Worker.Sandbox;

namespace Judge.UnitTests.Fakes;

/// <summary>
/// The one fake behind the sandbox seam (<see cref="ISandbox"/>): it runs nothing. Each exec is answered by
/// <see cref="OnExec"/> (by default OK with no output), each run of a batch by <see cref="OnBatchRun"/> (by default
/// <see cref="OnExec"/> of the request with the run's stdin file); faults are injected by setting a property; every
/// exec, file and limit is recorded for a test to read.
/// </summary>
public sealed class FakeSandbox(string language) : ISandbox
{
    private readonly Lock _lock = new();

    public string Id { get; } = Guid.NewGuid().ToString("N");
    public string Language => language;

    public string HostOutputDirectory => Path.Combine(Path.GetTempPath(), "fake-sandbox-out");
    public int Rentals { get; set; }
    public bool Healthy { get; set; } = true;

    public Func<ExecRequest, ExecResult> OnExec { get; set; } = _ => new ExecResult { Status = RunStatus.Ok };
    public Func<ExecRequest, BatchRun, ExecResult>? OnBatchRun { get; set; }
    public Exception? PingFault { get; set; }
    public Exception? WipeFault { get; set; }
    public bool PingBlocks { get; set; }

    /// <summary>Every request run, in order (a batch's runs each as the request with its stdin file).</summary>
    public List<ExecRequest> Execs { get; } = [];
    public Dictionary<string, byte[]> Files { get; } = [];
    public List<ExecRequest> Prestarts { get; } = [];

    /// <summary>The number of runs of each batch request, in order.</summary>
    public List<int> BatchSizes { get; } = [];
    public long MemoryLimitBytes { get; private set; }
    public string? Cpus { get; private set; }
    public int Wipes { get; private set; }
    public TaskCompletionSource Disposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        if (PingBlocks)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        if (PingFault is not null)
        {
            throw PingFault;
        }
    }

    public Task WriteFileAsync(string path, ReadOnlyMemory<byte> content, int mode, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Files[path] = content.ToArray();
        }
        return Task.CompletedTask;
    }

    public Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            Execs.Add(request);
        }
        return Task.FromResult(OnExec(request));
    }

    public Task PrestartAsync(ExecRequest request, CancellationToken cancellationToken)
    {
        Prestarts.Add(request);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<ExecResult> ExecBatchAsync(ExecRequest request, IReadOnlyList<BatchRun> runs, bool stopAfterFailedRun,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            BatchSizes.Add(runs.Count);
        }
        foreach (var run in runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var single = request with { StdinFile = run.StdinFile, StdoutLimitBytes = run.StdoutLimitBytes };
            lock (_lock)
            {
                Execs.Add(single);
            }
            var result = OnBatchRun?.Invoke(request, run) ?? OnExec(single);
            yield return result;
            await Task.Yield();
            if (stopAfterFailedRun && result.Status != RunStatus.Ok)
            {
                yield break;
            }
        }
    }

    public Task<long> SealAsync(string directory, CancellationToken cancellationToken) => Task.FromResult(0L);

    public Task WipeAsync(CancellationToken cancellationToken)
    {
        Wipes++;
        return WipeFault is null ? Task.CompletedTask : Task.FromException(WipeFault);
    }

    public Task SetMemoryLimitAsync(long bytes, CancellationToken cancellationToken)
    {
        MemoryLimitBytes = bytes;
        return Task.CompletedTask;
    }

    public Task SetCpusAsync(string cpuset, CancellationToken cancellationToken)
    {
        Cpus = cpuset;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Disposed.TrySetResult();
        return ValueTask.CompletedTask;
    }
}
