namespace Judge.Worker.Sandbox;

/// <summary>An isolated place to write files and run programs with limits. Serves one submission.</summary>
public interface ISandbox : IAsyncDisposable
{
    string Id { get; }

    string Language { get; }

    Task WriteFileAsync(string path, ReadOnlyMemory<byte> content, int mode, CancellationToken cancellationToken);

    Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken);

    /// <summary>Removes everything in <paramref name="directory"/> but the named entries, and all of /tmp.</summary>
    Task CleanAsync(string directory, IReadOnlyCollection<string> keep, CancellationToken cancellationToken);

    /// <summary>Sets the memory of the whole sandbox (compiling needs more than running).</summary>
    Task SetMemoryLimitAsync(long bytes, CancellationToken cancellationToken);
}
