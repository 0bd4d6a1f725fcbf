using Judge.Worker.Programs;
using System.Globalization;
using Judge.Contracts.V1;
using Judge.Worker.Functions;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.Worker.Judging;

/// <summary>
/// The reference solution's answer to a custom input: its stdout or a function's return value (at most <see cref="RunLimits.UncheckedStdoutBytes"/>),
/// or, when it gave none, why, worded to follow "the reference solution" (e.g. "exceeded the time limit of 1000 ms").
/// </summary>
internal sealed record ReferenceOutcome(byte[]? Output, string Failure)
{
    public static ReferenceOutcome Produced(byte[] output) => new(output, "");

    public static ReferenceOutcome Failed(string why) => new(null, why);
}

/// <summary>
/// Compiles the problem's reference solution and runs it once on a custom input, in a sandbox of its own
/// language rented from the pool (never the candidate's container) and under that language's effective limits.
/// A reference that does not compile or fails on the input is no fault of the candidate: it is an outcome here,
/// never an exception. Neither its compiler's output nor its stderr is returned (they may show its source).
/// </summary>
internal sealed class ReferenceRunner(
    ProgramLeases leases,
    ProgramSources programs,
    IOptions<LanguageTable> languages,
    IOptions<SandboxOptions> sandboxOptions,
    CpuBudget cpuBudget,
    ILogger<ReferenceRunner> logger)
{
    /// <exception cref="SandboxBrokenException">The reference's sandbox failed (the job is retried).</exception>
    /// <exception cref="OperationCanceledException">Judging was cancelled.</exception>
    public async Task<ReferenceOutcome> RunAsync(StoredProblem problem, Solution reference, ReadOnlyMemory<byte> input, CancellationToken cancellationToken)
    {
        if (!languages.Value.TryGetValue(reference.Language, out var language))
        {
            logger.LogWarning("Reference solution {Solution} is in {ReferenceLanguage}, which this worker does not serve", reference.Name, reference.Language);
            return ReferenceOutcome.Failed($"is in '{reference.Language}', which this worker does not serve");
        }
        if (!programs.TryCreate(reference.Language, language, problem.Header, reference.Source.Memory, out var program, out var reason))
        {
            return ReferenceOutcome.Failed($"cannot run: {reason}");
        }
        language = program.Language;
        await using var lease = await leases.CompileAsync(reference.Language, program, cancellationToken);
        if (!lease.Compiled.Succeeded)
        {
            logger.LogWarning("Reference solution {Solution} of problem {ProblemId} v{ProblemVersion} did not compile",
                reference.Name, problem.Header.Id, problem.Version);
            return ReferenceOutcome.Failed("did not compile");
        }
        var limits = new RunLimits(sandboxOptions.Value, problem.Header, reference.Language, language);
        await lease.Sandbox.SetMemoryLimitAsync(limits.ContainerMemoryBytesForInput(input.Length, lease.Compiled.CompiledBytes), cancellationToken);
        var run = await cpuBudget.RunAsync(1, () => ProgramRun.ExecAsync(lease.Sandbox, language,
            limits.RunRequest(language, limits.UncheckedStdoutBytes) with { Stdin = input }, "the reference solution's run on custom input", cancellationToken),
            cancellationToken);
        lease.EndedNormally();
        if (run.Status == RunStatus.Ok)
        {
            return ReferenceOutcome.Produced(ProgramRun.Answer(run));
        }
        logger.LogInformation("Reference solution {Solution} gave no output on a custom input: {RunStatus}", reference.Name, run.Status);
        return ReferenceOutcome.Failed(Why(run, limits));
    }

    private static string Why(ExecResult run, RunLimits limits) => run.Starved ? "could not run: the judge was overloaded" : run.Status switch
    {
        RunStatus.CpuTimeLimit or RunStatus.WallTimeLimit => $"exceeded the time limit of {limits.Effective.TimeLimitMs} ms",
        RunStatus.MemoryLimit => $"exceeded the memory limit of {limits.Effective.MemoryLimitMib} MiB",
        RunStatus.OutputLimit => $"exceeded the output limit of {limits.UncheckedStdoutBytes} bytes",
        RunStatus.NonZeroExit => $"ended with exit code {run.ExitCode.ToString(CultureInfo.InvariantCulture)}",
        RunStatus.Signaled => $"was killed by signal {run.Signal.ToString(CultureInfo.InvariantCulture)}",
        _ => $"ended as {run.Status}",
    };
}
