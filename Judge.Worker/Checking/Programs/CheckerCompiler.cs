using Judge.Contracts.V1;
using System.Diagnostics;
using System.Text;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.Worker.Checking;

/// <summary>
/// Builds a problem version's program checker: a new sandbox of the checker's image (locked down as every sandbox is,
/// never a candidate's), the author's files written into /w, the compile step run once, the work dir sealed and the
/// sandbox's memory set for checking. Any failure removes the sandbox.
/// </summary>
internal sealed class CheckerCompiler(
    ISandboxFactory factory,
    IOptions<LanguageTable> languages,
    IOptions<WorkerOptions> workerOptions,
    IOptions<SandboxOptions> sandboxOptions,
    CpuBudget cpuBudget,
    ILogger<CheckerCompiler> logger)
{
    /// <summary>
    /// How the message of a checker (or interactor, <paramref name="role"/>) that does not compile starts: "the checker does
    /// not compile:"; the compiler's first lines follow.
    /// </summary>
    public static string DoesNotCompile(string role) => $"the {role} does not compile:";

    /// <summary>Lines of the compiler's output kept in that message.</summary>
    private const int ShownLines = 20;

    private readonly WorkerOptions _options = workerOptions.Value;
    private readonly SandboxOptions _sandboxOptions = sandboxOptions.Value;

    /// <exception cref="CheckerUnavailableException">The checker does not compile, or this worker has no image for its kind.</exception>
    /// <exception cref="SandboxBrokenException">The sandbox stopped answering.</exception>
    public async Task<CompiledChecker> CompileAsync(StoredProblem problem, CheckerProgram program, CancellationToken cancellationToken)
    {
        var header = problem.Header;
        var name = program.MainFile;
        if (!languages.Value.TryGetValue(program.LanguageId, out var language))
        {
            throw new CheckerUnavailableException(
                $"{program.Description} runs in the {program.LanguageId} sandbox image, which this worker does not serve");
        }
        var started = Stopwatch.GetTimestamp();
        // Not cancelled mid-call, as the pool's creates: a create cut off there can leave a container behind.
        var sandbox = await factory.CreateAsync(LanguageSandboxes.Spec(program.LanguageId, language, _sandboxOptions), SandboxRole.Checker, CancellationToken.None);
        try
        {
            foreach (var file in program.Files)
            {
                await sandbox.WriteFileAsync($"{SandboxOptions.WorkDirectory}/{file.Name}", file.Content.Memory, Convert.ToInt32("644", 8), cancellationToken);
            }
            var compile = LanguageSandboxes.CompileRequest(_sandboxOptions, program.CompileCommand, language.Environment, _options.CheckerCompileTimeLimit);
            var run = await cpuBudget.RunAsync(1, () => sandbox.ExecAsync(compile, cancellationToken), cancellationToken);
            if (run.Status == RunStatus.InternalError)
            {
                throw new SandboxBrokenException($"{program.Description} could not be compiled inside its sandbox: {run.Message}");
            }
            if (run.Status != RunStatus.Ok)
            {
                logger.LogInformation("{Role} {Checker} of problem {ProblemId} v{ProblemVersion} does not compile ({RunStatus})",
                    program.Role, name, header.Id, problem.Version, run.Status);
                throw new CheckerUnavailableException($"{DoesNotCompile(program.Role)} {name}: {Why(run, language)}");
            }
            var compiledBytes = await sandbox.SealAsync(SandboxOptions.WorkDirectory, cancellationToken);
            await sandbox.SetMemoryLimitAsync(CompiledChecker.ContainerMemoryBytes(_options, _sandboxOptions, compiledBytes), cancellationToken);
            logger.LogInformation("Compiled {Role} {Checker} of problem {ProblemId} v{ProblemVersion} in sandbox {ContainerId} ({ElapsedMs} ms)",
                program.Role, name, header.Id, problem.Version, sandbox.Id, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new CompiledChecker(sandbox, program, language.Environment, _options, _sandboxOptions);
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    private string Why(ExecResult run, LanguageDefinition language) => run.Status switch
    {
        RunStatus.CpuTimeLimit or RunStatus.WallTimeLimit => $"compiling exceeded the time limit of {_options.CheckerCompileTimeLimit.TotalSeconds:0.#} s\n{FirstLines(run)}",
        RunStatus.MemoryLimit => $"compiling exceeded the memory limit of {language.CompileMemoryMiB} MiB\n{FirstLines(run)}",
        RunStatus.OutputLimit => $"the compiler's output exceeded {_sandboxOptions.CompileOutputLimitBytes} bytes\n{FirstLines(run)}",
        RunStatus.Signaled => $"the compiler was killed by signal {run.Signal}\n{FirstLines(run)}",
        _ => FirstLines(run),
    };

    /// <summary>The compiler's first lines (stderr, then stdout).</summary>
    private static string FirstLines(ExecResult run)
    {
        var lines = (Encoding.UTF8.GetString(run.Stderr) + Encoding.UTF8.GetString(run.Stdout)).TrimEnd().Split('\n');
        return string.Join('\n', lines.Take(ShownLines)) + (lines.Length > ShownLines ? $"\n[{lines.Length - ShownLines} more lines]" : "");
    }
}
