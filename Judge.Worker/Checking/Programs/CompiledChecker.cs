using Judge.Worker.Options;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Checking;

/// <summary>
/// A program checker (or an interactive problem's interactor) compiled in a sandbox of its own, ready for tests: each
/// check stages the test's input, the program's output and the expected output into the sandbox's read-only /judge/in
/// and runs the checker on them under the checker's limits. The sandbox serves one run at a time
/// (<see cref="ISandbox.ExecAsync"/>), so submissions of one problem version may share it; the work dir is sealed after
/// compiling, so no run leaves anything for the next.
/// </summary>
internal sealed class CompiledChecker(ISandbox sandbox, CheckerProgram program, IReadOnlyList<string> environment,
    WorkerOptions options, SandboxOptions sandboxOptions)
{
    /// <summary>What the checker may write (stdout, and stderr in total), bytes: more is a checker failure. Testlib writes a line.</summary>
    public const int OutputLimitBytes = 1 << 20;

    /// <summary>The checker's stderr kept, bytes.</summary>
    public const int StderrKeptBytes = 64 << 10;

    /// <summary>"the checker check.cpp", "the interactor interactor.cpp": how messages name it.</summary>
    public string Description => program.Description;

    public ISandbox Sandbox => sandbox;

    /// <summary>The memory limit of each of its runs, MiB (Worker:CheckerMemoryMiB).</summary>
    public int MemoryLimitMiB => options.CheckerMemoryMiB;

    /// <summary>
    /// Held for a whole interactive test. An interactor is one submission's at a time, but that submission's parallel
    /// test lanes (Sandbox:ParallelTests) share it: a program may start only once the interactor is free, or it would
    /// wait in its pipe's open while its wall clock runs.
    /// </summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>False once the sandbox could not run the checker at all: it is retired instead of kept.</summary>
    public bool Usable { get; private set; } = true;

    /// <summary>Memory the sandbox needs while checking: the checker's limit, its output files and the runner, bytes.</summary>
    public static long ContainerMemoryBytes(WorkerOptions options, SandboxOptions sandboxOptions, long compiledBytes) =>
        ((long)options.CheckerMemoryMiB << 20) + OutputLimitBytes + compiledBytes + ((long)sandboxOptions.RunOverheadMiB << 20);

    /// <exception cref="SandboxBrokenException">The runner stopped answering.</exception>
    public async Task<CheckResult> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        StagedFile[] files =
        [
            StagedFile.FromHost(CheckerProgram.FileNames[0], request.InputFile),
            StagedFile.FromContent(CheckerProgram.FileNames[1], request.Output),
            StagedFile.FromHost(CheckerProgram.FileNames[2], request.ExpectedOutputFile),
        ];
        var run = await RunAsync(files, [.. files.Select(f => f.ContainerPath)], options.CheckerTimeLimit, options.CheckerTimeLimit * 2 + TimeSpan.FromSeconds(1), pipe: null, cancellationToken);
        return TestlibResult.Interpret(run, program.Description, options.CheckerTimeLimit, options.CheckerMemoryMiB);
    }

    /// <summary>
    /// Runs the interactor on one test as <c>interactor input tout answer</c> (testlib's order), its stdin and stdout the
    /// pipe's ends, under <paramref name="cpuTimeLimit"/>; tout comes back as the result's return value (at most
    /// <see cref="OutputLimitBytes"/>). The caller holds <see cref="Turn"/>.
    /// </summary>
    /// <exception cref="SandboxBrokenException">The runner stopped answering.</exception>
    public Task<ExecResult> InteractAsync(string inputFile, string answerFile, PipeEnds pipe, TimeSpan cpuTimeLimit, TimeSpan wallTimeLimit,
        CancellationToken cancellationToken)
    {
        StagedFile[] files = [StagedFile.FromHost(CheckerProgram.FileNames[0], inputFile), StagedFile.FromHost(CheckerProgram.FileNames[2], answerFile)];
        return RunAsync(files, [files[0].ContainerPath, SandboxFiles.ContainerReturnValuePath, files[1].ContainerPath], cpuTimeLimit, wallTimeLimit,
            pipe, cancellationToken);
    }

    private async Task<ExecResult> RunAsync(IReadOnlyList<StagedFile> files, IReadOnlyList<string> arguments, TimeSpan cpuTimeLimit,
        TimeSpan wallTimeLimit, PipeEnds? pipe, CancellationToken cancellationToken)
    {
        var memoryBytes = (long)options.CheckerMemoryMiB << 20;
        var run = await sandbox.ExecAsync(new ExecRequest
        {
            Command = [.. program.RunCommand, .. arguments],
            Environment = environment,
            Files = files,
            Pipe = pipe,
            CpuTimeLimit = cpuTimeLimit,
            WallTimeLimit = wallTimeLimit,
            MemoryLimitBytes = memoryBytes,
            StackLimitBytes = memoryBytes,
            StdoutLimitBytes = OutputLimitBytes,
            StderrLimitBytes = StderrKeptBytes,
            FileSizeLimitBytes = sandboxOptions.FileSizeLimitBytes,
            ReturnValueLimitBytes = pipe is null ? 0 : OutputLimitBytes,
        }, cancellationToken);
        if (run.Status == RunStatus.InternalError)
        {
            // The runner answered but could not start the program (its binary gone?): this sandbox is no good any more.
            Usable = false;
        }
        return run;
    }
}
