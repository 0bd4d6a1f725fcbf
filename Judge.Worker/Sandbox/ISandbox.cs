namespace Judge.Worker.Sandbox;

/// <summary>An isolated place to write files and run programs with limits. Serves one submission.</summary>
public interface ISandbox : IAsyncDisposable
{
    string Id { get; }

    string Language { get; }

    Task WriteFileAsync(string path, ReadOnlyMemory<byte> content, int mode, CancellationToken cancellationToken);

    Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken);

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
}
