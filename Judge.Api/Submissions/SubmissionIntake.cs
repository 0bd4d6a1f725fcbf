using System.Globalization;
using Grpc.Core;
using Judge.Api.Telemetry;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Domain.Functions;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.Api.Submissions;

/// <summary>
/// Queues a validated Submit for a caller, against a given problem version: the one rule for API-key callers
/// (<c>JudgeService</c>, the current version) and candidates (<c>CandidateService</c>,
/// the session's pinned version). Errors: INVALID_ARGUMENT (an unknown language, custom input that does not hold a
/// function-style problem's arguments, or any custom input on an interactive problem), FAILED_PRECONDITION (RUN on a problem without samples), UNAVAILABLE (no worker
/// registered yet), RESOURCE_EXHAUSTED with the trailer retry-after-ms (the queue is full).
/// </summary>
public sealed class SubmissionIntake(
    SubmitRequestValidator validator,
    LanguageRegistry languages,
    SubmissionStore submissions,
    ApiMetrics metrics,
    IOptions<ApiOptions> options,
    ILogger<SubmissionIntake> logger)
{
    /// <summary>Trailer of a RESOURCE_EXHAUSTED answer: milliseconds to wait before retrying.</summary>
    public const string RetryAfterTrailer = "retry-after-ms";

    /// <summary>Checks the request's own fields (no Redis), then that a worker serves its language.</summary>
    public async Task ValidateAsync(SubmitRequest request, CancellationToken cancellationToken)
    {
        validator.Validate(request);
        if (await languages.FindAsync(request.Language, cancellationToken) is not null)
        {
            return;
        }
        var served = await languages.ListAsync(cancellationToken);
        if (served.Count == 0)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "no worker has registered its languages yet; start a worker and retry"));
        }
        throw Invalid.Argument($"unknown language '{request.Language}'; available: {string.Join(", ", served.Select(l => l.Id))}");
    }

    /// <summary>
    /// Queues <paramref name="request"/> (already validated) on <paramref name="problem"/> for <paramref name="owner"/>;
    /// a candidate's submission passes and joins its session in the same step (<paramref name="session"/>), after every
    /// check of the request, so a refused request never shuts
    /// the session's RUN or SUBMIT gate. Also RESOURCE_EXHAUSTED for the session's in-flight cap or gate,
    /// FAILED_PRECONDITION when the session has had its most submissions, and PERMISSION_DENIED when it is gone.
    /// </summary>
    public async Task<SubmitResponse> QueueAsync(SubmitRequest request, StoredProblem problem, string owner,
        SessionAdmissionPolicy? session, CancellationToken cancellationToken)
    {
        if (request.HasCustomInput && problem.Header.Signature is not null
            && FunctionValues.CheckArguments(FunctionSignature.From(problem.Header.Signature), request.CustomInput.Span) is { } error)
        {
            throw Invalid.Argument($"custom_input: {error}");
        }
        if (request.HasCustomInput && problem.Header.Interactor is not null)
        {
            throw Invalid.Argument("custom_input: an interactive problem's program talks to its interactor, not to an input; a RUN without custom_input judges the samples and shows each exchange");
        }
        var mode = request.Mode == SubmitMode.Unspecified ? SubmitMode.Submit : request.Mode;
        // A custom-input RUN is one case on the candidate's stdin, with nothing at stake; it needs no samples.
        var custom = request.HasCustomInput;
        var (job, state) = NewSubmission.Create(problem, request.Language, request.Source, mode, owner, custom ? request.CustomInput : null,
            session is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(session.Admission.Now.ToUnixTimeMilliseconds()));
        if (state.TestCount == 0)
        {
            throw Invalid.Precondition($"problem '{request.ProblemId}' has no sample tests, so there is nothing to RUN; send custom_input to run on your own");
        }
        var id = job.SubmissionId;
        var key = request.IdempotencyKey.Length > 0 ? request.IdempotencyKey : null;
        var limits = options.Value;
        var created = await submissions.CreateAsync(job, state, key, limits.MaxQueuedSubmissions, session?.Admission, cancellationToken);
        switch (created.Outcome)
        {
            case SubmissionStore.CreateOutcome.SessionInFlightFull:
                logger.LogInformation("Submit refused for {Caller}: {Unfinished} submissions in flight", owner, created.QueueDepth);
                throw RetryLater(session!.InFlightRetryAfter,
                    $"{created.QueueDepth} of your submissions are still being judged (at most {session.Admission.MaxInFlight} at once)");
            case SubmissionStore.CreateOutcome.SessionTooSoon:
                throw RetryLater(created.RetryAfter, $"one {(mode == SubmitMode.Run ? "RUN" : "SUBMIT")} per {session!.Admission.Interval.TotalSeconds:0.#} s");
            case SubmissionStore.CreateOutcome.SessionUsedUp:
                throw Invalid.Precondition($"this assessment allows {session!.Admission.MaxSubmissions} runs and submits in all, and all have been used");
            case SubmissionStore.CreateOutcome.SessionMissing:
                throw new RpcException(new Status(StatusCode.PermissionDenied, "this assessment no longer exists"));
            case SubmissionStore.CreateOutcome.QueueFull:
                logger.LogWarning("Submit refused for {Caller}: {QueueDepth} submissions unfinished, limit {MaxQueued}",
                    owner, created.QueueDepth, limits.MaxQueuedSubmissions);
                throw RetryLater(limits.QueueFullRetryAfter,
                    $"the judge is at capacity ({created.QueueDepth} submissions waiting or being judged, limit {limits.MaxQueuedSubmissions})");
            case SubmissionStore.CreateOutcome.Duplicate:
                var existing = await submissions.FindOwnedStateAsync(created.SubmissionId, owner, cancellationToken);
                return new SubmitResponse { SubmissionId = created.SubmissionId, ProblemVersion = existing?.ProblemVersion ?? 0, Duplicate = true };
        }
        metrics.Queued(request.Language, mode);
        logger.LogInformation("Submission {SubmissionId} queued for {Caller}: problem {ProblemId} v{ProblemVersion}, {Language}, {Mode}, {TestCount} tests, custom input {CustomInputBytes} bytes",
            id, owner, request.ProblemId, problem.Version, request.Language, mode, state.TestCount, custom ? request.CustomInput.Length : 0);
        return new SubmitResponse { SubmissionId = id, ProblemVersion = problem.Version };
    }

    /// <summary>A session's admission for one submission, and how long a caller over its in-flight cap is told to wait.</summary>
    public sealed record SessionAdmissionPolicy(SubmissionStore.SessionAdmission Admission, TimeSpan InFlightRetryAfter);

    /// <summary>RESOURCE_EXHAUSTED "{why}; retry in N ms", with N in the trailer retry-after-ms.</summary>
    public static RpcException RetryLater(TimeSpan after, string why)
    {
        var retryAfterMs = (long)Math.Ceiling(after.TotalMilliseconds);
        var trailers = new Metadata { { RetryAfterTrailer, retryAfterMs.ToString(CultureInfo.InvariantCulture) } };
        return new RpcException(new Status(StatusCode.ResourceExhausted, $"{why}; retry in {retryAfterMs} ms"), trailers);
    }
}
