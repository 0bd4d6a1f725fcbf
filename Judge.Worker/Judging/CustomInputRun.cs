using Judge.Worker.Programs;
using Google.Protobuf;
using Judge.Contracts.V1;
using Judge.Worker.Checking;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.Worker.Judging;

/// <summary>
/// A RUN on the candidate's own stdin (as HackerRank's and LeetCode's "custom input"): the compiled program runs
/// once on it, and one result (custom = true) shows its stdout and stderr (capped as for samples). Its verdict:
/// the run's own when it failed (TLE, RE, MLE, OLE); NOT_CHECKED when the problem has no reference solution;
/// otherwise the reference runs on the same input (<see cref="ReferenceRunner"/>), its stdout is the expected output
/// (shown, capped) and the problem's checker decides. A reference that gives no output makes the result NOT_CHECKED
/// with "no expected output: the reference solution ..." as the checker message. Nothing is at stake: score 0 of 0.
/// Only what the candidate's own input produced is returned, nothing of the problem's tests.
/// </summary>
internal sealed class CustomInputRun(
    ReferenceRunner references,
    CheckerRegistry checkers,
    WorkerDirectories directories,
    CpuBudget cpuBudget,
    IOptions<SandboxOptions> sandboxOptions,
    ILogger<CustomInputRun> logger)
{
    private readonly SandboxOptions _options = sandboxOptions.Value;

    /// <summary>Runs, reports the one result, and returns the summary the submission finishes with.</summary>
    /// <exception cref="SandboxBrokenException">A sandbox failed (the job is retried).</exception>
    /// <exception cref="NotSupportedException">The problem's checker is of a kind this worker does not run.</exception>
    public async Task<GradeSummary> JudgeAsync(ISandbox sandbox, LanguageDefinition language, StoredProblem problem, RunLimits limits,
        ReadOnlyMemory<byte> input, ProgressReporter reporter, CancellationToken cancellationToken)
    {
        var run = await cpuBudget.RunAsync(1, () => ProgramRun.ExecAsync(sandbox, language,
            limits.RunRequest(language, limits.UncheckedStdoutBytes) with { Stdin = input }, "the run on custom input", cancellationToken), cancellationToken);
        var reference = problem.Header.Solutions.FirstOrDefault(s => s.Reference);
        // The expected output is worth showing even when the candidate's run failed, as the OA platforms do.
        var expected = reference is null ? null : await references.RunAsync(problem, reference, input, cancellationToken);
        var check = await VerdictAsync(run, problem, input, expected, cancellationToken);
        var result = TestCaseRunner.Measured(run, check);
        result.Custom = true;
        TestCaseRunner.ShowOutput(result, run, check.Message, _options.SampleOutputLimitBytes);
        if (expected?.Output is { } output)
        {
            result.ExpectedOutput = ByteString.CopyFrom(output.AsSpan(0, Math.Min(output.Length, _options.SampleOutputLimitBytes)));
        }
        reporter.Test(result);
        return new GradeSummary(0, result.Verdict, []);
    }

    private async Task<CheckResult> VerdictAsync(ExecResult run, StoredProblem problem, ReadOnlyMemory<byte> input, ReferenceOutcome? expected,
        CancellationToken cancellationToken)
    {
        var noExpectedOutput = expected is { Output: null } ? "no expected output: the reference solution " + expected.Failure : "";
        if (run.Status != RunStatus.Ok)
        {
            return new CheckResult(Verdicts.ForFailedRun(run), 0, TestCaseRunner.Overload(run) ?? noExpectedOutput);
        }
        if (expected?.Output is not { } answer)
        {
            return new CheckResult(Verdict.NotChecked, 0, noExpectedOutput);
        }
        CheckResult check;
        try
        {
            await using var checker = await checkers.ForAsync(problem, cancellationToken);
            check = await CheckAsync(checker, input, answer, ProgramRun.Answer(run), cancellationToken);
        }
        catch (CheckerUnavailableException e)
        {
            logger.LogWarning("The checker of problem {ProblemId} v{ProblemVersion} cannot judge: {Reason}", problem.Header.Id, problem.Version, e.Message);
            return new CheckResult(Verdict.NotChecked, 0, "not checked: the problem's checker cannot judge");
        }
        if (check.Verdict == Verdict.InternalError)
        {
            // Any stdin may be sent: a checker that validates the input (testlib's) may rightly refuse it.
            logger.LogWarning("The checker of problem {ProblemId} v{ProblemVersion} failed on a custom input: {CheckerMessage}",
                problem.Header.Id, problem.Version, check.Message);
            return new CheckResult(Verdict.NotChecked, 0, "not checked: the checker failed on this input: " + check.Message);
        }
        return check;
    }

    /// <summary>The checker reads host files: the input and the reference's output go to the worker's private directory while it runs.</summary>
    private async Task<CheckResult> CheckAsync(IChecker checker, ReadOnlyMemory<byte> input, byte[] answer, byte[] output,
        CancellationToken cancellationToken)
    {
        var name = Path.Combine(directories.CustomInputs, Guid.NewGuid().ToString("N"));
        var inputFile = name + ".in";
        var answerFile = name + ".ans";
        try
        {
            await File.WriteAllBytesAsync(inputFile, input, cancellationToken);
            await File.WriteAllBytesAsync(answerFile, answer, cancellationToken);
            var request = new CheckRequest(inputFile, answerFile, output);
            return checker.ChecksInSandbox
                ? await cpuBudget.RunAsync(1, () => checker.CheckAsync(request, cancellationToken), cancellationToken)
                : await checker.CheckAsync(request, cancellationToken);
        }
        finally
        {
            File.Delete(inputFile);
            File.Delete(answerFile);
        }
    }
}
