using System.Diagnostics;
using Judge.Contracts.V1;
using Judge.Storage.Records;
using Judge.Worker.Checking;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Judge.Worker.TestData;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Judging;

/// <summary>
/// Runs one test of an interactive problem: the candidate's program in its sandbox and the problem's interactor in a
/// sandbox of its own (so the program can read neither the test's input nor the interactor's files, and the interactor's
/// CPU time is not the program's), connected by two pipes (<see cref="InteractionPipes"/>), both started at once and
/// both waited for; then <see cref="InteractionVerdict"/> decides. On a sample test the worker relays the exchange and
/// records it for the candidate (<see cref="InteractionRelay"/>: slower, but samples are few); a hidden test's pipes are direct. The interactor's limits are the program's plus
/// <see cref="InteractorMargin"/> of CPU time, and a wall clock that outlasts the program's furthest one, so a program
/// that waits is stopped first and judged for it.
/// </summary>
internal sealed class InteractiveTestRunner(ITestData testData, IOptions<SandboxOptions> sandboxOptions)
{
    /// <summary>The interactor's CPU time limit over the program's.</summary>
    public static readonly TimeSpan InteractorMargin = TimeSpan.FromSeconds(1);

    /// <exception cref="SandboxBrokenException">The program's runner could not run it (the job is retried), or either runner stopped answering.</exception>
    public async Task<JudgedTest> RunAsync(ISandbox sandbox, LanguageDefinition language, StoredProblem problem, int index, RunLimits limits,
        Interaction interaction, CancellationToken cancellationToken)
    {
        var test = problem.Header.Tests[index];
        var input = await testData.PathAsync(problem, index, TestDataPart.Input, cancellationToken);
        var answer = await testData.PathAsync(problem, index, TestDataPart.ExpectedOutput, cancellationToken);
        var request = limits.RunRequest(language, limits.StdoutBytes(test));
        var interactor = interaction.Interactor;
        ExecResult program, interactorRun;
        (string Text, bool Truncated)? transcript = null;
        await interactor.Turn.WaitAsync(cancellationToken);
        try
        {
            // A sample's exchange goes through the worker, which records it for the candidate; a hidden test's is direct.
            using var pipes = test.Sample
                ? InteractionPipes.CreateRelayed(sandbox.HostOutputDirectory, interactor.Sandbox.HostOutputDirectory)
                : InteractionPipes.Create(sandbox.HostOutputDirectory, interactor.Sandbox.HostOutputDirectory);
            var relay = test.Sample ? InteractionRelay.Start(pipes, sandboxOptions.Value.SampleOutputLimitBytes) : null;
            var interacting = interactor.InteractAsync(input, answer, pipes.ForInteractor, request.CpuTimeLimit + InteractorMargin,
                request.WallTimeLimit * RunnerProtocol.WallStretchMax + InteractorMargin, cancellationToken);
            var running = sandbox.ExecAsync(request with { Pipe = pipes.ForProgram }, cancellationToken);
            try
            {
                try
                {
                    program = await running;
                }
                finally
                {
                    // Never leave the interactor's run behind: its sandbox serves the next test.
                    interactorRun = await interacting;
                }
            }
            finally
            {
                // Nor the relay's threads, whatever became of the runs.
                if (relay is not null)
                {
                    transcript = await relay.FinishAsync();
                }
            }
        }
        finally
        {
            interactor.Turn.Release();
        }
        var interactorVerdict = TestlibResult.Interpret(interactorRun, interactor.Description, request.CpuTimeLimit + InteractorMargin, interactor.MemoryLimitMiB);
        if (!(program.Status == RunStatus.InternalError && interactorVerdict.Failure is not null))
        {
            // A program that could not start because the interactor never opened its pipe is the interactor's failure,
            // not a broken sandbox.
            program = ProgramRun.Classify(language, request, program, $"test {index}");
        }
        var (decider, judged) = InteractionVerdict.Decide(program, interactorRun, interactorVerdict);
        var checkerTime = TimeSpan.Zero;
        CheckResult check;
        if (program.SealedFilesChanged)
        {
            check = new CheckResult(Verdict.RuntimeError, 0, "");
        }
        else if (decider == InteractionDecider.Program)
        {
            check = new CheckResult(Verdicts.ForFailedRun(program), 0, InteractionVerdict.WallClockStop(program));
        }
        else if (decider == InteractionDecider.Interactor || !interaction.ChecksTout)
        {
            check = judged;
        }
        else
        {
            var checking = Stopwatch.GetTimestamp();
            check = await interaction.CheckAsync(new CheckRequest(input, answer, interactorRun.ReturnValue ?? []), cancellationToken);
            checkerTime = Stopwatch.GetElapsedTime(checking);
        }
        var result = TestCaseRunner.Measured(program, check);
        result.CheckerTimeMs = Verdicts.Milliseconds(checkerTime);
        result.Index = (uint)index;
        result.Sample = test.Sample;
        if (test.Sample)
        {
            TestCaseRunner.ShowOutput(result, program, check.Message, sandboxOptions.Value.SampleOutputLimitBytes);
            result.Transcript = transcript?.Text ?? "";
            result.TranscriptTruncated = transcript?.Truncated ?? false;
        }
        return JudgedTest.Of(result, program, check);
    }
}
