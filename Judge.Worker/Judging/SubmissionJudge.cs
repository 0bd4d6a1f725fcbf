using Judge.Worker.Programs;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Worker.Checking;
using Judge.Worker.Functions;
using Judge.Worker.Languages;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Judge.Worker.Telemetry;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Judging;

public enum JudgeOutcome
{
    /// <summary>A final state is stored (now or earlier): the job can be acknowledged.</summary>
    Finished,

    /// <summary>The submission no longer exists: acknowledge and forget the job.</summary>
    Gone,

    /// <summary>This worker does not serve the job's language: hand the job back for a worker that does.</summary>
    NotServed,
}

/// <summary>Judges one submission from top to bottom: load, compile once, run every test (or the custom input), report.</summary>
internal sealed class SubmissionJudge(
    ISubmissionJobs submissions,
    IProblemVersions problems,
    ProgramLeases leases,
    ProgramSources programs,
    Grader grader,
    ParallelSandboxes parallelSandboxes,
    CustomInputRun customInput,
    CheckerRegistry checkers,
    CpuBudget cpuBudget,
    IOptions<LanguageTable> languages,
    IOptions<SandboxOptions> sandboxOptions,
    WorkerTelemetry telemetry,
    ILogger<SubmissionJudge> logger)
{
    public async Task<JudgeOutcome> JudgeAsync(string submissionId, uint attempt, CancellationToken cancellationToken)
    {
        var job = await submissions.FindJobAsync(submissionId, cancellationToken);
        var queued = await submissions.FindStateAsync(submissionId, cancellationToken);
        if (job is null || queued is null)
        {
            logger.LogWarning("Submission {SubmissionId} does not exist; dropping its job", submissionId);
            return JudgeOutcome.Gone;
        }
        if (queued.Status == SubmissionStatus.Finished)
        {
            return JudgeOutcome.Finished;
        }
        if (!languages.Value.TryGetValue(job.Language, out var language))
        {
            logger.LogWarning("Submission {SubmissionId}: this worker does not serve {Language}; handing the job back", submissionId, job.Language);
            return JudgeOutcome.NotServed;
        }
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["SubmissionId"] = submissionId,
            ["Language"] = job.Language,
            ["ProblemId"] = job.ProblemId,
            ["Attempt"] = attempt,
        });
        using var span = telemetry.StartJudgment(job);
        if (attempt == 1)
        {
            telemetry.QueueWait(job.Language, DateTime.UtcNow - job.CreatedAt.ToDateTime());
        }
        var reporter = new ProgressReporter(submissions, telemetry, queued, attempt, cancellationToken);
        var problem = await problems.FindAsync(job.ProblemId, job.ProblemVersion, cancellationToken);
        if (problem is null)
        {
            await reporter.InternalErrorAsync($"problem '{job.ProblemId}' version {job.ProblemVersion} no longer exists");
            return JudgeOutcome.Finished;
        }
        if (!programs.TryCreate(job.Language, language, problem.Header, job.Source.Memory, out var program, out var notServed))
        {
            await reporter.CompilationFailedAsync(notServed);
            return JudgeOutcome.Finished;
        }
        // A function-style program runs its harness with the language's function commands.
        language = program.Language;

        await reporter.StatusAsync(SubmissionStatus.Compiling);
        await using var lease = await leases.CompileAsync(job.Language, program, cancellationToken);
        var sandbox = lease.Sandbox;
        var compiled = lease.Compiled;
        if (!compiled.Succeeded)
        {
            logger.LogInformation("Submission {SubmissionId}: compilation error", submissionId);
            await reporter.CompilationFailedAsync(compiled.Output);
            return JudgeOutcome.Finished;
        }

        var limits = new RunLimits(sandboxOptions.Value, problem.Header, job.Language, language);
        if (job.HasCustomInput)
        {
            await sandbox.SetMemoryLimitAsync(limits.ContainerMemoryBytesForInput(job.CustomInput.Length, compiled.CompiledBytes), cancellationToken);
            await reporter.StatusAsync(SubmissionStatus.Running);
            await reporter.CompletedAsync(await customInput.JudgeAsync(sandbox, language, problem, limits, job.CustomInput.Memory, reporter, cancellationToken));
            lease.EndedNormally();
            logger.LogInformation("Submission {SubmissionId} ran on custom input: {Verdict}", submissionId, reporter.State.Verdict);
            return JudgeOutcome.Finished;
        }
        var plan = JudgingPlan.For(problem.Header, job.Mode, limits);
        IChecker checker;
        try
        {
            checker = await checkers.ForAsync(problem, cancellationToken);
        }
        catch (CheckerUnavailableException e)
        {
            logger.LogWarning("Submission {SubmissionId}: the problem's checker cannot judge ({Reason})", submissionId, e.Message);
            await reporter.InternalErrorAsync(e.Message);
            lease.EndedNormally();
            return JudgeOutcome.Finished;
        }
        await using var checkerInUse = checker;
        await sandbox.SetMemoryLimitAsync(limits.ContainerMemoryBytes(plan.Tests, compiled.CompiledBytes), cancellationToken);
        // Sandbox:ParallelTests: more sandboxes holding the same compiled program, each on a core of its own, no more
        // than the worker's cores.
        var runsAtOnce = Math.Max(1, await cpuBudget.CoresAsync(cancellationToken) / cpuBudget.CoresPerRun);
        var team = await parallelSandboxes.GatherAsync(sandbox, program, plan, runsAtOnce, cancellationToken);
        lease.HandOverTo(team);
        await reporter.StatusAsync(SubmissionStatus.Running);
        // A core per sandbox of the team from the first test to the last: no test waits for a core between tests, and
        // none shares one with another submission's work. A program checker checks on its test's core (TestCaseRunner).
        // Given back once the result is stored, so a job taken for the freed core never starts before this one ended.
        await cpuBudget.RunAsync(team.Sandboxes.Count, async () =>
            await reporter.CompletedAsync(await grader.GradeAsync(team.Sandboxes, language, problem, plan, checker, reporter, cancellationToken)),
            cancellationToken);
        lease.EndedNormally();
        logger.LogInformation("Submission {SubmissionId} judged: {Verdict}, score {Score}/{MaxScore}",
            submissionId, reporter.State.Verdict, reporter.State.Score, reporter.State.MaxScore);
        return JudgeOutcome.Finished;
    }

    /// <summary>Finishes a job that failed every attempt, so its submitter is not left waiting.</summary>
    public async Task GiveUpAsync(string submissionId, uint attempt, string reason, CancellationToken cancellationToken)
    {
        var queued = await submissions.FindStateAsync(submissionId, cancellationToken);
        if (queued is null || queued.Status == SubmissionStatus.Finished)
        {
            return;
        }
        await new ProgressReporter(submissions, telemetry, queued, attempt, cancellationToken).InternalErrorAsync(reason);
    }
}
