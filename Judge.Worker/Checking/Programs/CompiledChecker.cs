using Judge.Worker.Options;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Checking;

/// <summary>
/// A program checker compiled in a sandbox of its own, ready for tests: each check stages the test's input, the
/// program's output and the expected output into the sandbox's read-only /judge/in and runs the checker on them
/// under the checker's limits. The sandbox serves one run at a time (<see cref="ISandbox.ExecAsync"/>), so
/// submissions of one problem version may share it; the work dir is sealed after compiling, so no run leaves
/// anything for the next.
/// </summary>
internal sealed class CompiledChecker(ISandbox sandbox, string name, CheckerProgram program, IReadOnlyList<string> environment,
    WorkerOptions options, SandboxOptions sandboxOptions)
{
    /// <summary>What the checker may write (stdout, and stderr in total), bytes: more is a checker failure. Testlib writes a line.</summary>
    public const int OutputLimitBytes = 1 << 20;

    /// <summary>The checker's stderr kept, bytes.</summary>
    public const int StderrKeptBytes = 64 << 10;

    /// <summary>The checker's main file, e.g. check.cpp: how messages name it.</summary>
    public string Name => name;

    public ISandbox Sandbox => sandbox;

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
        var memoryBytes = (long)options.CheckerMemoryMiB << 20;
        var run = await sandbox.ExecAsync(new ExecRequest
        {
            Command = [.. program.RunCommand, .. files.Select(f => f.ContainerPath)],
            Environment = environment,
            Files = files,
            CpuTimeLimit = options.CheckerTimeLimit,
            WallTimeLimit = options.CheckerTimeLimit * 2 + TimeSpan.FromSeconds(1),
            MemoryLimitBytes = memoryBytes,
            StackLimitBytes = memoryBytes,
            StdoutLimitBytes = OutputLimitBytes,
            StderrLimitBytes = StderrKeptBytes,
            FileSizeLimitBytes = sandboxOptions.FileSizeLimitBytes,
        }, cancellationToken);
        if (run.Status == RunStatus.InternalError)
        {
            // The runner answered but could not start the checker (its binary gone?): this sandbox is no good any more.
            Usable = false;
        }
        return TestlibResult.Interpret(run, name, options.CheckerTimeLimit, options.CheckerMemoryMiB);
    }
}
