namespace Judge.Worker.Sandbox;

/// <summary>An isolated place to write files and run programs with limits. Serves one submission.</summary>
public interface ISandbox : IAsyncDisposable
{
    string Id { get; }

    string Language { get; }

    /// <summary>
    /// The host directory mounted at /judge/out (<see cref="SandboxFiles.ContainerOutputDirectory"/>), on the worker's
    /// output tmpfs: where an interactive test's pipes are made (<see cref="InteractionPipes"/>).
    /// </summary>
    string HostOutputDirectory { get; }

    /// <summary>How many submissions this sandbox has been rented for (the pool counts).</summary>
    int Rentals { get; set; }

    /// <summary>False once an exchange with the runner went wrong: the sandbox must not be used again.</summary>
    bool Healthy { get; }

    /// <summary>Checks that the runner answers.</summary>
    /// <exception cref="SandboxBrokenException">It did not answer properly.</exception>
    /// <exception cref="RunnerProtocolException">It answered something else than a runner of this protocol.</exception>
    Task PingAsync(CancellationToken cancellationToken);

    Task WriteFileAsync(string path, ReadOnlyMemory<byte> content, int mode, CancellationToken cancellationToken);

    Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Starts <paramref name="request"/>'s command now, to wait for its request on stdin: the next exec with
    /// <see cref="ExecRequest.Prestarted"/> hands it over. Any other exec, a seal or a wipe ends it first.
    /// </summary>
    /// <exception cref="SandboxBrokenException">The runner could not start it.</exception>
    Task PrestartAsync(ExecRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="request"/>'s command on each of <paramref name="runs"/> in turn, in one runner request, and
    /// yields each result (stdout read) as that run ends, while the next one runs. With
    /// <paramref name="stopAfterFailedRun"/> the runs after one that did not end OK are yielded as
    /// <see cref="RunStatus.NotRun"/>. Stopping the enumeration early cancels the runs not started. The request's stdin,
    /// files and return value channel are not used. An INTERNAL_ERROR result leaves the sandbox unhealthy.
    /// </summary>
    /// <exception cref="ArgumentException">The request has a return value channel.</exception>
    /// <exception cref="SandboxBrokenException">The runner did not answer properly.</exception>
    IAsyncEnumerable<ExecResult> ExecBatchAsync(ExecRequest request, IReadOnlyList<BatchRun> runs, bool stopAfterFailedRun,
        CancellationToken cancellationToken);

    /// <summary>
    /// Records what <paramref name="directory"/> holds now (the compiled program) and write-protects it.
    /// From then on every exec ends by removing whatever it left there, in /tmp and in /dev/shm, so each
    /// test starts as the first did (<see cref="ExecResult.SealedFilesChanged"/> tells of tampering).
    /// Returns the sealed files' total size in bytes (they live in the sandbox's memory, on a tmpfs).
    /// </summary>
    Task<long> SealAsync(string directory, CancellationToken cancellationToken);

    /// <summary>Empties the work dir, /tmp and /dev/shm and forgets the seal, for another submission.</summary>
    Task WipeAsync(CancellationToken cancellationToken);

    /// <summary>Sets the memory of the whole sandbox (compiling needs more than running).</summary>
    Task SetMemoryLimitAsync(long bytes, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the CPU cores the whole sandbox may run on, in the engine's cpuset syntax ("1", "0-3"): one core pins it
    /// (parallel tests), every core unpins it.
    /// </summary>
    Task SetCpusAsync(string cpuset, CancellationToken cancellationToken);
}
