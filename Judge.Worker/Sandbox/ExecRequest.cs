namespace Judge.Worker.Sandbox;

/// <summary>One program run inside a sandbox, with every limit explicit (0 = none).</summary>
public sealed record ExecRequest
{
    public required IReadOnlyList<string> Command { get; init; }
    public IReadOnlyList<string> Environment { get; init; } = [];
    public string WorkingDirectory { get; init; } = Options.SandboxOptions.WorkDirectory;
    public ReadOnlyMemory<byte> Stdin { get; init; }
    /// <summary>A host file to use as stdin instead of <see cref="Stdin"/> (a test's cached input).</summary>
    public string? StdinFile { get; init; }
    /// <summary>Files the run reads from /judge/in (a checker's input, output and answer); only without a stdin.</summary>
    public IReadOnlyList<StagedFile> Files { get; init; } = [];
    public TimeSpan CpuTimeLimit { get; init; }
    public required TimeSpan WallTimeLimit { get; init; }
    /// <summary>Peak resident memory above this is MEMORY_LIMIT.</summary>
    public long MemoryLimitBytes { get; init; }
    public long AddressSpaceLimitBytes { get; init; }
    public long StackLimitBytes { get; init; }
    public required long StdoutLimitBytes { get; init; }
    public required long StderrLimitBytes { get; init; }
    public long FileSizeLimitBytes { get; init; }
    /// <summary>
    /// A function-style program's return value channel (<see cref="SandboxFiles.ContainerReturnValuePath"/>): created
    /// empty before the run, read back and removed after it, at most this many bytes plus one (so more than this can be told); 0 = none.
    /// </summary>
    public long ReturnValueLimitBytes { get; init; }

    /// <summary>
    /// Hand <see cref="Stdin"/> to the program <see cref="ISandbox.PrestartAsync"/> started, when it is still waiting,
    /// and run it under these limits from then on; otherwise run <see cref="Command"/> as usual.
    /// </summary>
    public bool Prestarted { get; init; }

    /// <summary>
    /// An interactive test's side: stdin and stdout are the two FIFOs of <see cref="InteractionPipes"/>, opened by the
    /// program itself in this order (EXEC_PIPED); <see cref="Stdin"/>, <see cref="StdinFile"/> and stdout are not used.
    /// </summary>
    public PipeEnds? Pipe { get; init; }
}

/// <summary>
/// One side's ends of an interactive test's two FIFOs, as container paths: the program reads <paramref name="StdinPath"/>
/// and writes <paramref name="StdoutPath"/>, opening its stdout first when <paramref name="StdoutFirst"/> (the interactor's side).
/// </summary>
public sealed record PipeEnds(string StdinPath, string StdoutPath, bool StdoutFirst);
