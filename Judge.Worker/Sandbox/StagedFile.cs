namespace Judge.Worker.Sandbox;

/// <summary>
/// A file a run reads from the sandbox's read-only input directory (/judge/in/NAME): a host file (hard-linked, or
/// copied across file systems) or bytes the worker writes. Staged just before the run and removed right after it.
/// </summary>
public sealed record StagedFile
{
    private StagedFile(string name, string? hostFile, ReadOnlyMemory<byte> content)
    {
        if (name.Length == 0 || name.Contains('/') || name is "." or "..")
        {
            throw new ArgumentException($"'{name}' is not a plain file name", nameof(name));
        }
        Name = name;
        HostFile = hostFile;
        Content = content;
    }

    /// <summary>The file's name in /judge/in.</summary>
    public string Name { get; }

    /// <summary>The host file staged, or null when <see cref="Content"/> is.</summary>
    public string? HostFile { get; }

    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>Where the run sees the file.</summary>
    public string ContainerPath => $"{SandboxFiles.ContainerInputDirectory}/{Name}";

    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain file name.</exception>
    public static StagedFile FromHost(string name, string hostFile) => new(name, hostFile, default);

    /// <exception cref="ArgumentException"><paramref name="name"/> is not a plain file name.</exception>
    public static StagedFile FromContent(string name, ReadOnlyMemory<byte> content) => new(name, null, content);
}
