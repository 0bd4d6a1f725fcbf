using Judge.Worker.Native;

namespace Judge.Worker.Sandbox;

/// <summary>
/// The host side of one sandbox's stdin and stdout, so that test data moves at disk speed instead of
/// through the engine's attach stream. <c>in/</c> is mounted read-only at <see cref="ContainerInputDirectory"/>
/// and holds only the current test's input (a hard link into the test-data cache); <c>out/</c> is mounted at
/// <see cref="ContainerOutputDirectory"/> and holds one file, <c>stdout</c>, which the runner truncates and
/// gives the program as its stdout (RLIMIT_FSIZE caps it). Both directories are root-owned 0755, so the
/// program can create nothing there; the tree sits in the worker's 0700 directory, out of other host users' reach.
/// Expected outputs never come here.
/// </summary>
internal sealed class SandboxFiles
{
    public const string ContainerInputDirectory = "/judge/in";
    public const string ContainerOutputDirectory = "/judge/out";
    public const string ContainerStdinPath = ContainerInputDirectory + "/stdin";
    public const string ContainerStdoutPath = ContainerOutputDirectory + "/stdout";

    private const UnixFileMode Listable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
    private const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Writable = Readable | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    private readonly string _stdin;
    private readonly string _stdout;

    private SandboxFiles(string root)
    {
        Root = root;
        _stdin = Path.Combine(root, "in", "stdin");
        _stdout = Path.Combine(root, "out", "stdout");
    }

    public string Root { get; }

    /// <summary>Docker bind specifications: host in/ read-only, host out/ read-write.</summary>
    public IList<string> Binds =>
        [$"{Path.Combine(Root, "in")}:{ContainerInputDirectory}:ro", $"{Path.Combine(Root, "out")}:{ContainerOutputDirectory}:rw"];

    /// <summary>Makes the tree at <paramref name="root"/> (which must not exist yet): in/, out/ and an empty out/stdout.</summary>
    public static SandboxFiles Create(string root)
    {
        var files = new SandboxFiles(root);
        foreach (var directory in new[] { root, Path.Combine(root, "in"), Path.Combine(root, "out") })
        {
            Directory.CreateDirectory(directory);
            File.SetUnixFileMode(directory, Listable);
        }
        File.WriteAllBytes(files._stdout, []);
        File.SetUnixFileMode(files._stdout, Writable);
        return files;
    }

    /// <summary>Makes <paramref name="hostFile"/> the next run's stdin: a hard link, or a copy across file systems.</summary>
    public void StageInput(string hostFile)
    {
        ClearInput();
        if (!LibC.TryHardLink(hostFile, _stdin))
        {
            File.Copy(hostFile, _stdin);
            File.SetUnixFileMode(_stdin, Readable);
        }
    }

    /// <summary>Writes <paramref name="data"/> as the next run's stdin.</summary>
    public async Task StageInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        ClearInput();
        await using (var stream = new FileStream(_stdin, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await stream.WriteAsync(data, cancellationToken);
        }
        File.SetUnixFileMode(_stdin, Readable);
    }

    public void ClearInput() => File.Delete(_stdin);

    /// <summary>What the last run wrote to stdout, at most <paramref name="limitBytes"/> bytes.</summary>
    public async Task<byte[]> ReadStdoutAsync(long limitBytes, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(_stdout, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, useAsync: false);
        var length = (int)Math.Min(Math.Min(stream.Length, limitBytes), Array.MaxLength);
        var buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                return buffer[..read];
            }
            read += n;
        }
        return buffer;
    }

    /// <summary>Empties stdout and removes stdin, so nothing of one submission is left for the next.</summary>
    public void Clear()
    {
        ClearInput();
        File.WriteAllBytes(_stdout, []);
    }

    /// <summary>Removes the whole tree (after the container is gone).</summary>
    public void Delete()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
