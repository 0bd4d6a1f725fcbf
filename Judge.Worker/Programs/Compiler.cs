using System.Diagnostics;
using System.Text;
using Judge.Worker.Functions;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Judge.Worker.Telemetry;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Programs;

/// <summary>A compile's result; <paramref name="CompiledBytes"/>: the size of what it left in the work dir (held in the sandbox's memory).</summary>
public sealed record CompileOutcome(bool Succeeded, string Output, long CompiledBytes = 0);

/// <summary>
/// Writes the source into the sandbox and runs the language's compile (or check) step once; what it
/// leaves in the work dir is then sealed, so every test starts from exactly that.
/// </summary>
internal sealed class Compiler(IOptions<SandboxOptions> sandboxOptions, CompiledPrograms compiled, CpuBudget cpuBudget, WorkerTelemetry telemetry,
    ILogger<Compiler> logger)
{
    private readonly SandboxOptions _options = sandboxOptions.Value;

    /// <summary>Compiles a whole program from one source file.</summary>
    public Task<CompileOutcome> CompileAsync(ISandbox sandbox, LanguageDefinition language, ReadOnlyMemory<byte> source, CancellationToken cancellationToken) =>
        CompileAsync(sandbox, ProgramSource.Program(language, source), cancellationToken);

    /// <summary>
    /// Writes the program's files and compiles them; a function-style program's failed compile is told in the
    /// candidate's terms (<see cref="HarnessDiagnostics"/>).
    /// </summary>
    public async Task<CompileOutcome> CompileAsync(ISandbox sandbox, ProgramSource program, CancellationToken cancellationToken)
    {
        foreach (var file in program.Files)
        {
            await sandbox.WriteFileAsync($"{SandboxOptions.WorkDirectory}/{file.Name}", file.Content, Convert.ToInt32("644", 8), cancellationToken);
        }
        CompileOutcome outcome;
        using (telemetry.StartStep("compile"))
        {
            var cacheable = compiled.Enabled && program.Language.CompileCommand.Length > 0;
            var key = cacheable ? CompiledPrograms.Key(sandbox.Language, program) : "";
            if (cacheable && await compiled.FindAsync(key, cancellationToken) is { } entry && await RestoreAsync(sandbox, entry, cancellationToken))
            {
                telemetry.CompileSkipped(sandbox.Language);
                outcome = new CompileOutcome(true, entry.CompilerOutput);
            }
            else
            {
                var started = Stopwatch.GetTimestamp();
                outcome = await RunCompileStepAsync(sandbox, program.Language, cancellationToken);
                telemetry.Compiled(sandbox.Language, Stopwatch.GetElapsedTime(started));
                if (cacheable && outcome.Succeeded)
                {
                    await KeepAsync(sandbox, key, outcome.Output, cancellationToken);
                }
            }
        }
        if (!outcome.Succeeded)
        {
            return program.Harness is { } harness ? outcome with { Output = HarnessDiagnostics.Rewrite(outcome.Output, harness) } : outcome;
        }
        return outcome with { CompiledBytes = await sandbox.SealAsync(SandboxOptions.WorkDirectory, cancellationToken) };
    }

    // The work dir as a tar, made and unpacked by tar inside the sandbox, as the sandbox's user: the worker never parses
    // what a compile left. Bounded like a compile.
    // The work dir's entries, not "." itself: the sandbox's user may not change the work dir's own mode or times.
    private static readonly string[] PackCommand = ["/bin/sh", "-c", "ls -A | exec /usr/bin/tar --create --file=- --verbatim-files-from --files-from=-"];
    private static readonly string[] UnpackCommand = ["/usr/bin/tar", "--extract", "--file=-"];
    private static readonly TimeSpan TarTimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>Keeps what the compile left for the next compile of the same source; a failure only costs the saving.</summary>
    private async Task KeepAsync(ISandbox sandbox, string key, string compilerOutput, CancellationToken cancellationToken)
    {
        var pack = await sandbox.ExecAsync(LanguageSandboxes.CompileRequest(_options, PackCommand, [], TarTimeLimit) with
        {
            StdoutLimitBytes = CompiledPrograms.MaxEntryBytes,
        }, cancellationToken);
        if (pack.Status == RunStatus.Ok && !pack.StdoutTruncated)
        {
            await compiled.StoreAsync(key, new CompiledPrograms.Entry(pack.Stdout, compilerOutput), cancellationToken);
            return;
        }
        logger.LogWarning("The compiled {Language} program is not cached: packing it ended {Status} (exit {ExitCode}, output cut {Truncated}): {Stderr}",
            sandbox.Language, pack.Status, pack.ExitCode, pack.StdoutTruncated, System.Text.Encoding.UTF8.GetString(pack.Stderr));
    }

    /// <summary>Unpacks a packed compile (<see cref="CompiledPrograms.Entry.Tar"/>) into the work dir, by tar inside the sandbox.</summary>
    internal static ExecRequest UnpackRequest(SandboxOptions options, ReadOnlyMemory<byte> tar) =>
        LanguageSandboxes.CompileRequest(options, UnpackCommand, [], TarTimeLimit) with { Stdin = tar };

    /// <summary>Unpacks a cached compile into the work dir; false when that failed (the caller compiles instead).</summary>
    private async Task<bool> RestoreAsync(ISandbox sandbox, CompiledPrograms.Entry entry, CancellationToken cancellationToken)
    {
        var unpack = await sandbox.ExecAsync(UnpackRequest(_options, entry.Tar), cancellationToken);
        if (unpack.Status != RunStatus.Ok)
        {
            logger.LogWarning("A cached {Language} program could not be unpacked ({Status}, exit {ExitCode}): {Stderr}; compiling instead",
                sandbox.Language, unpack.Status, unpack.ExitCode, System.Text.Encoding.UTF8.GetString(unpack.Stderr));
        }
        return unpack.Status == RunStatus.Ok;
    }

    private async Task<CompileOutcome> RunCompileStepAsync(ISandbox sandbox, LanguageDefinition language, CancellationToken cancellationToken)
    {
        if (language.CompileCommand.Length == 0)
        {
            return new CompileOutcome(true, "");
        }
        var request = LanguageSandboxes.CompileRequest(_options, language.CompileCommand, language.Environment, language.CompileTimeLimit);
        if (language.PrestartCommand.Length > 0)
        {
            // The compiler the pool prestarted takes this command from stdin; without one, the command runs and ignores it.
            request = request with { Prestarted = true, Stdin = Encoding.UTF8.GetBytes(string.Join('\0', language.CompileCommand)) };
        }
        var run = await cpuBudget.RunAsync(1, () => sandbox.ExecAsync(request, cancellationToken), cancellationToken);
        if (run.Prestarted)
        {
            telemetry.CompiledByPrestarted(sandbox.Language);
        }
        var output = Capped(run.Stderr, run.Stdout);
        return run.Status switch
        {
            RunStatus.Ok => new CompileOutcome(true, output),
            RunStatus.NonZeroExit => new CompileOutcome(false, output),
            RunStatus.CpuTimeLimit or RunStatus.WallTimeLimit =>
                new CompileOutcome(false, $"compilation exceeded the time limit of {language.CompileTimeLimit.TotalSeconds:0.#} s\n{output}"),
            RunStatus.MemoryLimit =>
                new CompileOutcome(false, $"compilation exceeded the memory limit of {language.CompileMemoryMiB} MiB\n{output}"),
            RunStatus.OutputLimit =>
                new CompileOutcome(false, $"the compiler's output exceeded {_options.CompileOutputLimitBytes} bytes\n{output}"),
            RunStatus.Signaled => new CompileOutcome(false, $"the compiler was killed by signal {run.Signal}\n{output}"),
            _ => throw new SandboxBrokenException($"compile step failed inside the sandbox: {run.Message}"),
        };
    }

    private string Capped(byte[] stderr, byte[] stdout)
    {
        var text = Encoding.UTF8.GetString(stderr) + Encoding.UTF8.GetString(stdout);
        return text.Length <= _options.CompileOutputLimitBytes ? text : text[.._options.CompileOutputLimitBytes] + "\n[output truncated]";
    }
}
