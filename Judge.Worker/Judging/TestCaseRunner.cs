using System.Diagnostics;
using System.Runtime.CompilerServices;
using Google.Protobuf;
using Judge.Contracts.V1;
using Judge.Worker.Checking;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Judge.Worker.Telemetry;
using Judge.Worker.TestData;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.Worker.Judging;

/// <summary>
/// One test's result; <paramref name="ChangedCompiledFiles"/>: the program tampered with its compiled files;
/// <paramref name="CheckerFailure"/>: the checker (or interactor) failed, how (naming it, no test data);
/// <paramref name="Overloaded"/>: the machine gave the program no CPU on every run (INTERNAL_ERROR, no test data).
/// </summary>
internal sealed record JudgedTest(TestResult Result, bool ChangedCompiledFiles, string? CheckerFailure = null, string? Overloaded = null)
{
    /// <summary>A judged test from its result, its run and its check.</summary>
    public static JudgedTest Of(TestResult result, ExecResult run, CheckResult check) =>
        new(result, run.SealedFilesChanged, check.Failure, TestCaseRunner.Overload(run));
}

/// <summary>
/// Runs the compiled program on tests inside the sandbox and has the problem's checker judge each output outside
/// it. The result carries the verdict and the checker's fraction; points are the grader's business.
/// </summary>
internal sealed class TestCaseRunner(ITestData testData, InteractiveTestRunner interactive, IOptions<SandboxOptions> sandboxOptions,
    WorkerTelemetry telemetry)
{
    private readonly SandboxOptions _options = sandboxOptions.Value;

    /// <summary>
    /// Runs <paramref name="indices"/> in order and yields each judged test as it ends. Tests run in batches of
    /// <see cref="SandboxOptions.TestBatchSize"/> (one runner request each, the next test running while this one is
    /// checked by a built-in checker in the worker); a function-style program, whose return value has one channel, an
    /// interactive problem's, which runs beside its interactor (<see cref="InteractiveTestRunner"/>), and a program
    /// checked by a program checker run one test per request, checked before the next starts: the check takes the
    /// test's core (<see cref="CpuBudget"/>), so a submission never keeps more cores busy than it holds. With
    /// <paramref name="stopAfterFailedRun"/> the tests after a run that failed are not run and not yielded. Stopping the
    /// enumeration early cancels the tests not started.
    /// </summary>
    /// <exception cref="SandboxBrokenException">The runner could not run a test (the job is retried).</exception>
    public async IAsyncEnumerable<JudgedTest> RunAllAsync(ISandbox sandbox, LanguageDefinition language, StoredProblem problem,
        IReadOnlyList<int> indices, RunLimits limits, IChecker checker, bool stopAfterFailedRun,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = limits.RunRequest(language, _options.MinOutputLimitBytes);
        if (request.ReturnValueLimitBytes > 0 || checker is Interaction || checker.ChecksInSandbox || _options.TestBatchSize == 1 || indices.Count == 1)
        {
            foreach (var index in indices)
            {
                yield return await RunAsync(sandbox, language, problem, index, limits, checker, cancellationToken);
            }
            yield break;
        }
        foreach (var batch in Batches(problem.Header, indices))
        {
            var inputs = new string[batch.Length];
            var runs = new BatchRun[batch.Length];
            for (var i = 0; i < batch.Length; i++)
            {
                inputs[i] = await testData.PathAsync(problem, batch[i], TestDataPart.Input, cancellationToken);
                runs[i] = new BatchRun(inputs[i], limits.StdoutBytes(problem.Header.Tests[batch[i]]));
            }
            var position = 0;
            var started = Stopwatch.GetTimestamp();
            var span = telemetry.StartStep($"test {batch[0]}");
            try
            {
                await foreach (var run in sandbox.ExecBatchAsync(request, runs, stopAfterFailedRun, cancellationToken))
                {
                    if (run.Status == RunStatus.NotRun)
                    {
                        yield break;
                    }
                    var index = batch[position];
                    var what = $"test {index}";
                    var judged = await JudgeRunAsync(ProgramRun.Classify(language, request with { StdoutLimitBytes = runs[position].StdoutLimitBytes }, run, what),
                        problem, index, inputs[position], checker, cancellationToken);
                    position++;
                    Finish(span, sandbox.Language, started, judged);
                    yield return judged;
                    started = Stopwatch.GetTimestamp();
                    span = position < batch.Length ? telemetry.StartStep($"test {batch[position]}") : null;
                }
            }
            finally
            {
                span?.Dispose();
            }
        }
    }

    /// <summary>
    /// <paramref name="indices"/> in order, cut into batches of at most <see cref="SandboxOptions.TestBatchSize"/> tests
    /// of one kind: every input of a batch is in /judge/in for each of its runs, so a sample, whose output the candidate
    /// reads, never shares a batch with a hidden test.
    /// </summary>
    private IEnumerable<int[]> Batches(ProblemHeader header, IReadOnlyList<int> indices)
    {
        var batch = new List<int>(_options.TestBatchSize);
        foreach (var index in indices)
        {
            if (batch.Count == _options.TestBatchSize || (batch.Count > 0 && header.Tests[batch[0]].Sample != header.Tests[index].Sample))
            {
                yield return [.. batch];
                batch.Clear();
            }
            batch.Add(index);
        }
        if (batch.Count > 0)
        {
            yield return [.. batch];
        }
    }

    public async Task<JudgedTest> RunAsync(ISandbox sandbox, LanguageDefinition language, StoredProblem problem, int index,
        RunLimits limits, IChecker checker, CancellationToken cancellationToken)
    {
        var span = telemetry.StartStep($"test {index}");
        var started = Stopwatch.GetTimestamp();
        var judged = checker is Interaction interaction
            ? await interactive.RunAsync(sandbox, language, problem, index, limits, interaction, cancellationToken)
            : await RunAndCheckAsync(sandbox, language, problem, index, limits, checker, cancellationToken);
        Finish(span, sandbox.Language, started, judged);
        return judged;
    }

    /// <summary>Records a judged test's duration and verdict and ends its span.</summary>
    private void Finish(Activity? span, string language, long started, JudgedTest judged)
    {
        telemetry.Tested(language, Stopwatch.GetElapsedTime(started));
        span?.SetTag("judge.verdict", WorkerTelemetry.VerdictLabel(judged.Result.Verdict));
        span?.Dispose();
    }

    private async Task<JudgedTest> RunAndCheckAsync(ISandbox sandbox, LanguageDefinition language, StoredProblem problem, int index,
        RunLimits limits, IChecker checker, CancellationToken cancellationToken)
    {
        var header = problem.Header;
        var test = header.Tests[index];
        var input = await testData.PathAsync(problem, index, TestDataPart.Input, cancellationToken);
        var run = await ProgramRun.ExecAsync(sandbox, language,
            limits.RunRequest(language, limits.StdoutBytes(test)) with { StdinFile = input }, $"test {index}", cancellationToken);
        return await JudgeRunAsync(run, problem, index, input, checker, cancellationToken);
    }

    /// <summary>Checks a finished run of test <paramref name="index"/> (whose stdin was the host file <paramref name="input"/>) and measures it.</summary>
    private async Task<JudgedTest> JudgeRunAsync(ExecResult run, StoredProblem problem, int index, string input, IChecker checker,
        CancellationToken cancellationToken)
    {
        var test = problem.Header.Tests[index];
        var checkerTime = TimeSpan.Zero;
        CheckResult check;
        if (run.SealedFilesChanged)
        {
            // Later tests would run a program that carries state from this one: it fails here.
            check = new CheckResult(Verdict.RuntimeError, 0, "");
        }
        else if (run.Status != RunStatus.Ok)
        {
            check = new CheckResult(Verdicts.ForFailedRun(run), 0, Verdicts.WallClockStop(run));
        }
        else
        {
            var expected = await testData.PathAsync(problem, index, TestDataPart.ExpectedOutput, cancellationToken);
            var checking = Stopwatch.GetTimestamp();
            check = await checker.CheckAsync(new CheckRequest(input, expected, ProgramRun.Answer(run)), cancellationToken);
            checkerTime = Stopwatch.GetElapsedTime(checking);
        }
        var result = Measured(run, check);
        result.CheckerTimeMs = Verdicts.Milliseconds(checkerTime);
        result.Index = (uint)index;
        result.Sample = test.Sample;
        if (test.Sample)
        {
            // Only sample tests show what the program printed and what the checker said; hidden tests return no data at all.
            ShowOutput(result, run, check.Message, _options.SampleOutputLimitBytes);
        }
        return JudgedTest.Of(result, run, check);
    }

    /// <summary>
    /// For a starved run: what happened, for the submission's message, with no figure of the run (a hidden test's exact
    /// CPU time would tell of its data; the worker's log has them).
    /// </summary>
    internal static string? Overload(ExecResult run) => run.Starved
        ? $"the judge was overloaded: the program was run {run.Runs} time(s) and each time waited for a CPU until the wall clock's " +
          $"furthest extension ({RunnerProtocol.WallStretchMax} x its limit)"
        : null;

    /// <summary>A result with the run's measurements (ms, KiB, exit status) and the checker's verdict and fraction; no output.</summary>
    internal static TestResult Measured(ExecResult run, CheckResult check) => new()
    {
        Verdict = check.Verdict,
        ScoreFraction = check.Fraction,
        CpuTimeMs = Verdicts.Milliseconds(run.CpuTime),
        WallTimeMs = Verdicts.Milliseconds(run.WallTime),
        CpuWaitMs = Verdicts.Milliseconds(run.CpuWait),
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
