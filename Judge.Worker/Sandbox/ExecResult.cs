namespace Judge.Worker.Sandbox;

/// <summary>How a run ended, in the runner's words. Knows nothing of right or wrong answers.</summary>
public enum RunStatus
{
    Ok = 0,
    NonZeroExit = 1,
    Signaled = 2,
    CpuTimeLimit = 3,
    WallTimeLimit = 4,
    MemoryLimit = 5,
    OutputLimit = 6,
    InternalError = 7,
    /// <summary>An item of a batch that was not run: an earlier run failed (with stop-after-failure) or the batch was cancelled.</summary>
    NotRun = 8,
}

public sealed record ExecResult
{
    public required RunStatus Status { get; init; }
    public int ExitCode { get; init; }
    public int Signal { get; init; }
    public TimeSpan CpuTime { get; init; }
    public TimeSpan WallTime { get; init; }
    public long PeakMemoryKib { get; init; }
    public bool StdoutTruncated { get; init; }
    public bool StderrTruncated { get; init; }
    public bool OomKilled { get; init; }

    /// <summary>The program changed or removed files that were sealed after compiling (the runner put everything else back).</summary>
    public bool SealedFilesChanged { get; init; }

    /// <summary>The run was the prestarted program's (<see cref="ExecRequest.Prestarted"/>), not a fresh start.</summary>
    public bool Prestarted { get; init; }

    /// <summary>
    /// How long the program waited for a CPU it could have used (its run delay); the wall-clock limit was extended by it,
    /// up to <see cref="RunnerProtocol.WallStretchMax"/> times the limit.
    /// </summary>
    public TimeSpan CpuWait { get; init; }

    /// <summary>
    /// Times the runner ran the program for this result: 1, or up to <see cref="RunnerProtocol.RunsMax"/> when a run
    /// was starved of CPU and run again.
    /// </summary>
    public int Runs { get; init; } = 1;

    /// <summary>
    /// Every run reached the wall clock's furthest extension still runnable and short of its CPU limit: the machine was
    /// overloaded, and the result says nothing of the program (status <see cref="RunStatus.WallTimeLimit"/>).
    /// </summary>
    public bool Starved { get; init; }

    /// <summary>
    /// When the run ended (the runner's first kill, or the reap), on the machine's monotonic clock in ns, which every
    /// container shares: which of two runs ended first (an interactive test's program and interactor). 0 when nothing ran.
    /// </summary>
    public long EndedAtNs { get; init; }
    public byte[] Stdout { get; init; } = [];
    public byte[] Stderr { get; init; } = [];
    /// <summary>What the harness wrote to the return value channel; null when the run had none (<see cref="ExecRequest.ReturnValueLimitBytes"/>).</summary>
    public byte[]? ReturnValue { get; init; }
    public string Message { get; init; } = "";
}
