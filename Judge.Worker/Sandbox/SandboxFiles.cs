using Judge.Worker.Native;

namespace Judge.Worker.Sandbox;

/// <summary>
/// The host side of one sandbox's input files and stdout, so that test data moves at disk speed instead of
/// through the engine's attach stream. An input directory (on the test-data cache's file system) is mounted
/// read-only at <see cref="ContainerInputDirectory"/> and holds only the current run's files: a candidate's run has
/// its stdin there (a hard link into the cache), a checker's run the test's input, the program's output and the
/// expected output (<see cref="StagedFile"/>); an output directory (on a tmpfs) is mounted at
/// <see cref="ContainerOutputDirectory"/> and holds one file, <c>stdout</c>, which the runner truncates and gives the
/// program as its stdout (RLIMIT_FSIZE caps it), and, during a function-style run only, <c>result</c>, where the
/// harness writes the return value. Both directories are owned by the worker's user, 0755, so the
/// program can create nothing there; they sit in the worker's 0700 directories, out of other host users' reach.
/// Expected outputs come only into a checker's sandbox, never a candidate's.
/// </summary>
internal sealed class SandboxFiles
{
    public const string ContainerInputDirectory = "/judge/in";
    public const string ContainerOutputDirectory = "/judge/out";
    public const string ContainerStdinPath = ContainerInputDirectory + "/stdin";
    public const string ContainerStdoutPath = ContainerOutputDirectory + "/stdout";
    /// <summary>Where a function-style program's harness writes the return value (never stdout, which the candidate's prints use).</summary>
    public const string ContainerReturnValuePath = ContainerOutputDirectory + "/result";

    private const UnixFileMode Listable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
    private const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Writable = Readable | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    private const string StdinName = "stdin";

    private readonly string _stdout;
    private readonly string _returnValue;
    private readonly List<string> _staged = [];
    private readonly List<string> _batchStdouts = [];

    private SandboxFiles(string input, string output)
    {
        Input = input;
        Output = output;
        _stdout = Path.Combine(output, "stdout");
        _returnValue = Path.Combine(output, "result");
    }

    /// <summary>The host directory mounted read-only at <see cref="ContainerInputDirectory"/>.</summary>
    public string Input { get; }

    /// <summary>The host directory mounted at <see cref="ContainerOutputDirectory"/>.</summary>
    public string Output { get; }

    /// <summary>Docker bind specifications: the input directory read-only, the output directory read-write.</summary>
    public IList<string> Binds => [$"{Input}:{ContainerInputDirectory}:ro", $"{Output}:{ContainerOutputDirectory}:rw"];

    /// <summary>Makes both directories (which must not exist yet) and an empty stdout.</summary>
    public static SandboxFiles Create(string input, string output)
    {
        var files = new SandboxFiles(input, output);
        foreach (var directory in new[] { input, output })
        {
            Directory.CreateDirectory(directory);
            File.SetUnixFileMode(directory, Listable);
        }
        File.WriteAllBytes(files._stdout, []);
        File.SetUnixFileMode(files._stdout, Writable);
        return files;
    }

    /// <summary>Makes <paramref name="hostFile"/> the next run's stdin: a hard link, or a copy across file systems.</summary>
    public void StageInput(string hostFile) => Stage([StagedFile.FromHost(StdinName, hostFile)]);

    /// <summary>Writes <paramref name="data"/> as the next run's stdin.</summary>
    public void StageInput(ReadOnlyMemory<byte> data) => Stage([StagedFile.FromContent(StdinName, data)]);

    /// <summary>
    /// Puts <paramref name="files"/>, and only them, into the input directory for the next run: a host file as a hard
    /// link (or a copy across file systems), content written synchronously (it lands in the page cache).
    /// </summary>
    /// <exception cref="IOException">A file cannot be staged (two files of one name, a missing host file).</exception>
    public void Stage(IReadOnlyList<StagedFile> files)
    {
        ClearInput();
        foreach (var file in files)
        {
            var path = Path.Combine(Input, file.Name);
            _staged.Add(path);
            if (file.HostFile is { } hostFile)
            {
                if (LibC.TryHardLink(hostFile, path))
                {
                    continue;
                }
                File.Copy(hostFile, path);
            }
            else
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
                stream.Write(file.Content.Span);
            }
            File.SetUnixFileMode(path, Readable);
        }
    }

    /// <summary>
    /// Stages a batch: run i reads the host file <paramref name="stdinFiles"/>[i] (hard-linked as /judge/in/stdin-i) and
    /// writes an empty, writable /judge/out/stdout-i, capped at <paramref name="stdoutLimitBytes"/>[i]. Returns the runner's items.
    /// </summary>
    /// <exception cref="IOException">A host file cannot be staged.</exception>
    public IReadOnlyList<RunnerProtocol.BatchItem> StageBatch(IReadOnlyList<string> stdinFiles, IReadOnlyList<long> stdoutLimitBytes)
    {
        Stage([.. stdinFiles.Select((file, i) => StagedFile.FromHost($"{StdinName}-{i}", file))]);
        ClearBatchOutputs();
        var items = new RunnerProtocol.BatchItem[stdinFiles.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var name = $"stdout-{i}";
            var path = Path.Combine(Output, name);
            _batchStdouts.Add(path);
            File.WriteAllBytes(path, []);
            File.SetUnixFileMode(path, Writable);
            items[i] = new RunnerProtocol.BatchItem($"{ContainerInputDirectory}/{StdinName}-{i}", $"{ContainerOutputDirectory}/{name}", stdoutLimitBytes[i]);
        }
        return items;
    }

    /// <summary>What batch run <paramref name="index"/> wrote to stdout, at most <paramref name="limitBytes"/> bytes; the file is removed (the runner waits for that when the backlog is full).</summary>
    public byte[] TakeBatchStdout(int index, long limitBytes)
    {
        var path = _batchStdouts[index];
        var output = Read(path, limitBytes);
        File.Delete(path);
        return output;
    }

    /// <summary>Removes a batch's stdout files that are left (read or not).</summary>
    public void ClearBatchOutputs()
    {
        foreach (var path in _batchStdouts)
        {
            File.Delete(path);
        }
        _batchStdouts.Clear();
    }

    /// <summary>Removes every staged file.</summary>
    public void ClearInput()
    {
        foreach (var path in _staged)
        {
            File.Delete(path);
        }
        _staged.Clear();
    }

    /// <summary>
    /// What the last run wrote to stdout, at most <paramref name="limitBytes"/> bytes. Read synchronously into
    /// an uninitialised array: the file sits in the page cache, and tens of MiB per test must not cost more than the copy.
    /// </summary>
    /// <remarks>
    /// The file is emptied once read: what one run printed (a compile's packed work dir, say) must not sit in the sandbox,
    /// readable and held in its memory, while the next runs write files of their own (a batch's).
    /// </remarks>
    public byte[] TakeStdout(long limitBytes) => Read(_stdout, limitBytes, empty: true);

    /// <summary>
    /// Makes an empty, writable return value file for the next run. It exists only during a function-style run, so
    /// no run finds another's value there, and no program can keep anything in it from one test to the next.
    /// </summary>
    public void CreateReturnValue()
    {
        File.WriteAllBytes(_returnValue, []);
        File.SetUnixFileMode(_returnValue, Writable);
    }

    /// <summary>What the run wrote to the return value file, at most <paramref name="limitBytes"/> bytes; the file is removed.</summary>
    public byte[] TakeReturnValue(long limitBytes)
    {
        var value = Read(_returnValue, limitBytes);
        File.Delete(_returnValue);
        return value;
    }

    private static byte[] Read(string path, long limitBytes, bool empty = false)
    {
        using var stream = new FileStream(path, FileMode.Open, empty ? FileAccess.ReadWrite : FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
        var output = ReadFrom(stream, limitBytes);
        if (empty)
        {
            stream.SetLength(0);
        }
        return output;
    }

    private static byte[] ReadFrom(FileStream stream, long limitBytes)
    {
        var length = (int)Math.Min(Math.Min(stream.Length, limitBytes), Array.MaxLength);
        var buffer = GC.AllocateUninitializedArray<byte>(length);
        var read = 0;
        while (read < length)
        {
            var n = stream.Read(buffer, read, length - read);
            if (n == 0)
            {
                return buffer[..read];
            }
            read += n;
        }
        return buffer;
    }

    /// <summary>Empties stdout and removes stdin and any return value, so nothing of one submission is left for the next.</summary>
    public void Clear()
    {
        ClearInput();
        ClearBatchOutputs();
        File.WriteAllBytes(_stdout, []);
        File.Delete(_returnValue);
    }

    /// <summary>Removes both directories (after the container is gone).</summary>
    public void Delete()
    {
        foreach (var directory in new[] { Input, Output })
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
