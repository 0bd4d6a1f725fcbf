using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Judge.Api.Access;
using Judge.Api.Submissions;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Storage.Functions;
using Microsoft.Extensions.Options;
using JudgeBase = Judge.Contracts.V1.Judge.JudgeBase;

namespace Judge.Api.Services;

public sealed class JudgeService(
    SubmitRequestValidator validator,
    LanguageRegistry languages,
    ProblemStore problems,
    SubmissionStore submissions,
    SubmissionWatcher watcher,
    IOptions<ApiOptions> options,
    ILogger<JudgeService> logger) : JudgeBase
{
    /// <summary>Trailer of a RESOURCE_EXHAUSTED answer: milliseconds to wait before retrying.</summary>
    public const string RetryAfterTrailer = "retry-after-ms";

    public override async Task<SubmitResponse> Submit(SubmitRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.Of(context);
        validator.Validate(request);
        await EnsureLanguageServedAsync(request.Language, ct);
        var problem = await problems.FindAsync(request.ProblemId, 0, ct)
            ?? throw Invalid.NotFound($"problem '{request.ProblemId}' does not exist");
        if (request.HasCustomInput && problem.Header.Signature is not null
            && FunctionValues.CheckArguments(FunctionSignature.From(problem.Header.Signature), request.CustomInput.Span) is { } error)
        {
            throw Invalid.Argument($"custom_input: {error}");
        }
        var mode = request.Mode == SubmitMode.Unspecified ? SubmitMode.Submit : request.Mode;
        // A custom-input RUN is one case on the candidate's stdin, with nothing at stake; it needs no samples.
        var custom = request.HasCustomInput;
        var testCount = custom ? 1 : JudgedTests.Select(problem.Header, mode).Count;
        if (testCount == 0)
        {
            throw Invalid.Precondition($"problem '{request.ProblemId}' has no sample tests, so there is nothing to RUN; send custom_input to run on your own");
        }

        var (job, state) = NewSubmission.Create(problem, request.Language, request.Source, mode, caller.Name, custom ? request.CustomInput : null);
        var id = job.SubmissionId;
        var key = request.IdempotencyKey.Length > 0 ? request.IdempotencyKey : null;
        var limits = options.Value;
        var created = await submissions.CreateAsync(job, state, key, limits.MaxQueuedSubmissions, ct);
        switch (created.Outcome)
        {
            case SubmissionStore.CreateOutcome.QueueFull:
                logger.LogWarning("Submit refused for {Caller}: {QueueDepth} submissions unfinished, limit {MaxQueued}",
                    caller.Name, created.QueueDepth, limits.MaxQueuedSubmissions);
                throw QueueFull(created.QueueDepth, limits);
            case SubmissionStore.CreateOutcome.Duplicate:
                var existing = await submissions.FindOwnedStateAsync(created.SubmissionId, caller.Name, ct);
                return new SubmitResponse { SubmissionId = created.SubmissionId, ProblemVersion = existing?.ProblemVersion ?? 0, Duplicate = true };
        }
        logger.LogInformation("Submission {SubmissionId} queued for {Caller}: problem {ProblemId} v{ProblemVersion}, {Language}, {Mode}, {TestCount} tests, custom input {CustomInputBytes} bytes",
            id, caller.Name, request.ProblemId, problem.Version, request.Language, mode, testCount, custom ? request.CustomInput.Length : 0);
        return new SubmitResponse { SubmissionId = id, ProblemVersion = problem.Version };
    }

    public override async Task<Submission> GetSubmission(GetSubmissionRequest request, ServerCallContext context)
    {
        CheckSubmissionId(request.SubmissionId);
        return await submissions.FindOwnedStateAsync(request.SubmissionId, Caller.Of(context).Name, context.CancellationToken)
            ?? throw Invalid.NotFound($"submission '{request.SubmissionId}' does not exist");
    }

    public override async Task WatchSubmission(WatchSubmissionRequest request, IServerStreamWriter<SubmissionEvent> responseStream, ServerCallContext context)
    {
        CheckSubmissionId(request.SubmissionId);
        if (await submissions.FindOwnedStateAsync(request.SubmissionId, Caller.Of(context).Name, context.CancellationToken) is null)
        {
            throw Invalid.NotFound($"submission '{request.SubmissionId}' does not exist");
        }
        await watcher.WatchAsync(request.SubmissionId, responseStream, context.CancellationToken);
    }

    public override async Task<ListLanguagesResponse> ListLanguages(ListLanguagesRequest request, ServerCallContext context) =>
        new() { Languages = { await languages.ListAsync(context.CancellationToken) } };

    private async Task EnsureLanguageServedAsync(string language, CancellationToken cancellationToken)
    {
        if (await languages.FindAsync(language, cancellationToken) is not null)
        {
            return;
        }
        var served = await languages.ListAsync(cancellationToken);
        if (served.Count == 0)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "no worker has registered its languages yet; start a worker and retry"));
        }
        throw Invalid.Argument($"unknown language '{language}'; available: {string.Join(", ", served.Select(l => l.Id))}");
    }

    private static RpcException QueueFull(long depth, ApiOptions limits)
    {
        var retryAfterMs = (long)limits.QueueFullRetryAfter.TotalMilliseconds;
        var trailers = new Metadata { { RetryAfterTrailer, retryAfterMs.ToString(CultureInfo.InvariantCulture) } };
        return new RpcException(new Status(StatusCode.ResourceExhausted,
            $"the judge is at capacity ({depth} submissions waiting or being judged, limit {limits.MaxQueuedSubmissions}); retry in {retryAfterMs} ms"),
            trailers);
    }

    private static void CheckSubmissionId(string id)
    {
        if (!Identifiers.IsSubmissionId(id))
        {
            throw Invalid.Argument("submission_id must be the 32 hex digits that Submit returned");
        }
    }
}
