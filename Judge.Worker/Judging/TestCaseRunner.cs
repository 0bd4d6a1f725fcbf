using System.Diagnostics;
using Google.Protobuf;
using Judge.Contracts.V1;
using Judge.Worker.Checking;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Judge.Worker.Telemetry;
using Judge.Worker.TestData;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Judging;

/// <summary>
/// One test's result; <paramref name="ChangedCompiledFiles"/>: the program tampered with its compiled files;
/// <paramref name="CheckerFailure"/>: the checker failed, how (naming the checker, no test data).
/// </summary>
internal sealed record JudgedTest(TestResult Result, bool ChangedCompiledFiles, string? CheckerFailure = null);

/// <summary>
/// Runs the compiled program on one test inside the sandbox and has the problem's checker judge its output
/// outside it. The result carries the verdict and the checker's fraction; points are the grader's business.
/// </summary>
internal sealed class TestCaseRunner(TestDataCache testData, IOptions<SandboxOptions> sandboxOptions, WorkerTelemetry telemetry)
{
    private readonly SandboxOptions _options = sandboxOptions.Value;

    public async Task<JudgedTest> RunAsync(ISandbox sandbox, LanguageDefinition language, StoredProblem problem, int index,
        RunLimits limits, IChecker checker, CancellationToken cancellationToken)
    {
        using var span = telemetry.StartStep($"test {index}");
        var started = Stopwatch.GetTimestamp();
        var judged = await RunAndCheckAsync(sandbox, language, problem, index, limits, checker, cancellationToken);
        telemetry.Tested(sandbox.Language, Stopwatch.GetElapsedTime(started));
        span?.SetTag("judge.verdict", WorkerTelemetry.VerdictLabel(judged.Result.Verdict));
        return judged;
    }

    private async Task<JudgedTest> RunAndCheckAsync(ISandbox sandbox, LanguageDefinition language, StoredProblem problem, int index,
        RunLimits limits, IChecker checker, CancellationToken cancellationToken)
    {
        var header = problem.Header;
        var test = header.Tests[index];
        var input = await testData.PathAsync(problem, index, TestDataPart.Input, cancellationToken);
        var run = await ProgramRun.ExecAsync(sandbox, language,
            limits.RunRequest(language, limits.StdoutBytes(test)) with { StdinFile = input }, $"test {index}", cancellationToken);

        // Later tests would run a program that carries state from this one: it fails here.
        var check = run.SealedFilesChanged
            ? new CheckResult(Verdict.RuntimeError, 0, "")
            : await CheckAsync(run, checker, new CheckRequest(input,
                run.Status == RunStatus.Ok ? await testData.PathAsync(problem, index, TestDataPart.ExpectedOutput, cancellationToken) : "",
                ProgramRun.Answer(run)), cancellationToken);
        var result = Measured(run, check);
        result.Index = (uint)index;
        result.Sample = test.Sample;
        if (test.Sample)
        {
            // Only sample tests show what the program printed and what the checker said; hidden tests return no data at all.
            ShowOutput(result, run, check.Message, _options.SampleOutputLimitBytes);
        }
        return new JudgedTest(result, run.SealedFilesChanged, check.Failure);
    }

    /// <summary>The checker's answer on a clean run; a failed run gets its verdict without checking.</summary>
    private static async Task<CheckResult> CheckAsync(ExecResult run, IChecker checker, CheckRequest request, CancellationToken cancellationToken) =>
        run.Status == RunStatus.Ok
            ? await checker.CheckAsync(request, cancellationToken)
            : new CheckResult(Verdicts.ForFailedRun(run.Status), 0, "");

    /// <summary>A result with the run's measurements (ms, KiB, exit status) and the checker's verdict and fraction; no output.</summary>
    internal static TestResult Measured(ExecResult run, CheckResult check) => new()
    {
        Verdict = check.Verdict,
        ScoreFraction = check.Fraction,
        CpuTimeMs = (uint)Math.Round(run.CpuTime.TotalMilliseconds),
        WallTimeMs = (uint)Math.Round(run.WallTime.TotalMilliseconds),
        PeakMemoryKib = (ulong)run.PeakMemoryKib,
        ExitCode = run.ExitCode,
        Signal = run.Signal,
    };

    /// <summary>Puts the program's stdout and stderr, a function's return value (each capped) and the checker's message into a visible result.</summary>
    internal static void ShowOutput(TestResult result, ExecResult run, string checkerMessage, int cap)
    {
        if (run.ReturnValue is { } returned)
        {
            result.ReturnValue = ByteString.CopyFrom(returned.AsSpan(0, Math.Min(cap, returned.Length)));
        }
        result.Output = ByteString.CopyFrom(run.Stdout.AsSpan(0, Math.Min(cap, run.Stdout.Length)));
        result.OutputTruncated = run.StdoutTruncated || run.Stdout.Length > cap;
        result.ErrorOutput = ByteString.CopyFrom(run.Stderr.AsSpan(0, Math.Min(cap, run.Stderr.Length)));
        result.CheckerMessage = checkerMessage;
    }
}
