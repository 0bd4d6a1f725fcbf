using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Judge.Api.Submissions;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.Api.Uploads;

/// <summary>The self-check's outcome: one check per solution in the header's order, and the status refusing the version, or null.</summary>
public sealed record SelfCheckResult(IReadOnlyList<SolutionCheck> Checks, RpcException? Refusal);

/// <summary>
/// Judges a new version's solutions before it becomes current, as Polygon's invocations and library-checker's
/// [[solutions]] do: one internal SUBMIT per solution, against that exact (pending) version, then each final
/// verdict is compared with the expected one (<see cref="SolutionChecks"/>). The submissions belong to
/// <see cref="Owner"/>, a name no API key can have, so no caller can read or watch them. They are queued
/// past Api:MaxQueuedSubmissions: an upload brings at most a handful, and refusing them would fail uploads
/// exactly when candidates fill the queue; they still wait their turn behind the candidates' jobs, within
/// Api:SelfCheckTimeout.
/// </summary>
public sealed class SelfCheck(
    LanguageRegistry languages,
    SubmissionStore submissions,
    SubmissionWatcher watcher,
    IOptions<ApiOptions> options,
    ILogger<SelfCheck> logger)
{
    /// <summary>The owner of self-check submissions. '@' is not allowed in API key names (AccessOptionsValidator).</summary>
    public const string Owner = "@self-check";

    /// <summary>The trailer of a refused upload that holds its results: a serialized <see cref="PutProblemResponse"/>.</summary>
    public const string ReportTrailer = "judge-self-check-bin";

    /// <summary>
    /// Throws FAILED_PRECONDITION naming the first solution whose language no worker serves (read from the
    /// language registry), so that nothing is staged or queued for a check that could never finish.
    /// </summary>
    public async Task EnsureServedAsync(ProblemHeader header, CancellationToken cancellationToken)
    {
        foreach (var solution in header.Solutions)
        {
            if (await languages.FindAsync(solution.Language, cancellationToken) is not null)
            {
                continue;
            }
            var served = await languages.ListAsync(cancellationToken);
            throw Invalid.Precondition(served.Count == 0
                ? $"solutions[{solution.Name}]: language '{solution.Language}' cannot be judged: no worker has registered its languages yet"
                : $"solutions[{solution.Name}]: no worker serves language '{solution.Language}' (served: {string.Join(", ", served.Select(l => l.Id))})");
        }
    }

    /// <summary>
    /// Queues every solution of <paramref name="header"/> against <paramref name="version"/>, waits for their final
    /// states (at most Api:SelfCheckTimeout) and compares each with its expected verdict. A timeout is a refusal
    /// with ABORTED; the solutions judged by then are reported, the others as not judged. Cancelling
    /// <paramref name="cancellationToken"/> throws; queued submissions are not withdrawn (there is no such
    /// operation): they are judged, or finish INTERNAL_ERROR once the version is gone.
    /// </summary>
    public async Task<SelfCheckResult> RunAsync(ProblemHeader header, uint version, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var solution in header.Solutions)
        {
            ids.Add(await QueueAsync(header, version, solution, cancellationToken));
        }
        logger.LogInformation("Self-check of problem {ProblemId} version {Version}: {SolutionCount} solutions queued",
            header.Id, version, ids.Count);

        var timeout = options.Value.SelfCheckTimeout;
        var finals = new Submission?[ids.Count];
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        RpcException? timedOut = null;
        try
        {
            await Task.WhenAll(ids.Select(async (id, i) => finals[i] = await watcher.FinalStateAsync(id, deadline.Token)));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            timedOut = new RpcException(new Status(StatusCode.Aborted,
                $"the self-check did not finish within {timeout} (Api:SelfCheckTimeout): {finals.Count(f => f is not null)} of {ids.Count} solutions judged; version {version} refused, the current version is unchanged"));
        }

        var checks = header.Solutions
            .Select((solution, i) => finals[i] is { } final ? SolutionChecks.Compare(solution, final) : SolutionChecks.NotJudged(solution))
            .ToList();
        foreach (var check in checks)
        {
            logger.LogInformation("Self-check of problem {ProblemId} version {Version}: {Solution} got {Verdict}, expected {Expected}",
                header.Id, version, check.Name, check.Verdict, check.Expected);
        }
        var judged = header.Solutions.Zip(finals)
            .Where(pair => pair.Second is not null)
            .Select(pair => (pair.First, pair.Second!))
            .ToList();
        return new SelfCheckResult(checks, timedOut ?? SolutionChecks.Refusal(judged));
    }

    private async Task<string> QueueAsync(ProblemHeader header, uint version, Solution solution, CancellationToken cancellationToken)
    {
        var (job, state) = NewSubmission.Create(new StoredProblem { Header = header, Version = version }, solution.Language, solution.Source, SubmitMode.Submit, Owner);
        await submissions.CreateAsync(job, state, idempotencyKey: null, maxQueued: long.MaxValue, session: null, cancellationToken);
        return job.SubmissionId;
    }
}
