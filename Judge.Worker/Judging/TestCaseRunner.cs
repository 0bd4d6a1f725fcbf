using Google.Protobuf;
using Judge.Contracts.V1;
using Judge.Worker.Checking;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Judge.Worker.TestData;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Judging;

/// <summary>One test's result; <paramref name="ChangedCompiledFiles"/>: the program tampered with its compiled files.</summary>
internal sealed record JudgedTest(TestResult Result, bool ChangedCompiledFiles);

/// <summary>Runs the compiled program on one test inside the sandbox and checks its output outside it.</summary>
internal sealed class TestCaseRunner(TestDataCache testData, CheckerRegistry checkers, IOptions<SandboxOptions> sandboxOptions)
{
    private readonly SandboxOptions _options = sandboxOptions.Value;

    public async Task<JudgedTest> RunAsync(ISandbox sandbox, LanguageDefinition language, StoredProblem problem, int index, CancellationToken cancellationToken)
    {
        var header = problem.Header;
        var test = header.Tests[index];
        var limits = new RunLimits(_options, header, language.RuntimeMemoryOverheadMiB);
        var input = await testData.PathAsync(problem, index, TestDataPart.Input, cancellationToken);
        var run = await sandbox.ExecAsync(new ExecRequest
        {
            Command = language.RunCommandFor(header.MemoryLimitMib),
            Environment = language.Environment,
            StdinFile = input,
            CpuTimeLimit = limits.CpuTime,
            WallTimeLimit = limits.WallTime,
            MemoryLimitBytes = limits.JudgedMemoryBytes,
            StackLimitBytes = limits.MemoryBytes,
            StdoutLimitBytes = limits.StdoutBytes(test),
            StderrLimitBytes = _options.StderrLimitBytes,
            FileSizeLimitBytes = _options.FileSizeLimitBytes,
        }, cancellationToken);
        if (run.Status == RunStatus.InternalError)
        {
            throw new SandboxBrokenException($"test {index} could not be run: {run.Message}");
        }
        if (language.RanOutOfMemory(run))
        {
            run = run with { Status = RunStatus.MemoryLimit };
        }

        byte[]? expected = null;
        if (run.Status == RunStatus.Ok)
        {
            expected = await testData.ReadAsync(problem, index, TestDataPart.ExpectedOutput, cancellationToken);
        }
        // Later tests would run a program that carries state from this one: it fails here.
        var verdict = run.SealedFilesChanged
            ? Verdict.RuntimeError
            : Verdicts.ForRun(run, () => checkers.For(header.Checker).Accepts(expected, run.Stdout));
        var result = new TestResult
        {
            Index = (uint)index,
            Sample = test.Sample,
            Verdict = verdict,
            CpuTimeMs = (uint)Math.Round(run.CpuTime.TotalMilliseconds),
            WallTimeMs = (uint)Math.Round(run.WallTime.TotalMilliseconds),
            PeakMemoryKib = (ulong)run.PeakMemoryKib,
            ExitCode = run.ExitCode,
            Signal = run.Signal,
            Points = verdict == Verdict.Accepted ? test.Points : 0,
        };
        if (test.Sample)
        {
            // Only sample tests show what the program printed; hidden tests return no data at all.
            var cap = _options.SampleOutputLimitBytes;
            result.Output = ByteString.CopyFrom(run.Stdout.AsSpan(0, Math.Min(cap, run.Stdout.Length)));
            result.OutputTruncated = run.StdoutTruncated || run.Stdout.Length > cap;
            result.ErrorOutput = ByteString.CopyFrom(run.Stderr.AsSpan(0, Math.Min(cap, run.Stderr.Length)));
        }
        return new JudgedTest(result, run.SealedFilesChanged);
    }
}
