using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Judge.Api.Integrity;
using Judge.Api.Sessions;
using Judge.Api.Submissions;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.Api.Services;

/// <summary>
/// The candidate's side of a session, for the IDE (a candidate token; see <see cref="CandidateTokens"/>): the session,
/// its problems at their pinned versions, RUN and SUBMIT while the window is open, drafts, and the candidate's own
/// submissions as <see cref="CandidateView"/> shows them. Outside the window, GetProblem, Submit and SaveDraft are
/// PERMISSION_DENIED saying when it ended (or starts); a session ended or gone is told the same way; once
/// Assessments:TokenGrace has passed after the end, every call is UNAUTHENTICATED. Per session: one RUN per
/// Assessments:RunInterval, one SUBMIT per Assessments:SubmitInterval and at most Assessments:MaxInFlight submissions
/// waiting or being judged, checked in one atomic step with the queueing, else RESOURCE_EXHAUSTED with the trailer
/// retry-after-ms. RecordActivity stores the IDE's record of the candidate's editing (<see cref="SessionActivityStore"/>)
/// while the window is open: at most Assessments:MaxActivityBatch events a call (else RESOURCE_EXHAUSTED), and at most
/// Assessments:MaxActivityEvents events and Assessments:MaxActivityBytes bytes a session (further events are counted
/// as dropped and the call succeeds).
/// </summary>
public sealed class CandidateService(
    SessionStore sessions,
    SessionDraftStore drafts,
    SessionActivityStore activity,
    SubmitRequestValidator validator,
    RedisKeys keys,
    ProblemStore problems,
    ProblemView view,
    StatementRenderer statements,
    LanguageRegistry languages,
    SubmissionIntake intake,
    SubmissionStore submissions,
    SubmissionWatcher watcher,
    TimeProvider clock,
    IOptions<AssessmentOptions> options,
    IOptions<ApiOptions> api,
    ILogger<CandidateService> logger) : Contracts.V1.Candidate.CandidateBase
{
    public override async Task<CandidateSession> GetSession(GetCandidateSessionRequest request, ServerCallContext context)
    {
        var record = await SessionAsync(context);
        var now = clock.GetUtcNow();
        var served = (await languages.ListAsync(context.CancellationToken)).ToDictionary(l => l.Id, StringComparer.Ordinal);
        return new CandidateSession
        {
            Problems = { record.Session.Problems },
            Languages = { record.Session.Languages.Select(id => served.TryGetValue(id, out var l) ? l : new Language { Id = id, DisplayName = id }) },
            StartsAt = record.Session.StartsAt,
            EndsAt = Timestamp.FromDateTimeOffset(record.EndsAt),
            Now = Timestamp.FromDateTimeOffset(now),
            Open = record.IsOpen(now),
        };
    }

    public override async Task<CandidateProblem> GetProblem(GetCandidateProblemRequest request, ServerCallContext context)
    {
        var record = EnsureOpen(await SessionAsync(context));
        var stored = await PinnedProblemAsync(record, request.ProblemId, context.CancellationToken);
        var allowed = record.Session.Languages.ToHashSet(StringComparer.Ordinal);
        return new CandidateProblem
        {
            Problem = await view.BuildAsync(stored, allowed.Contains, context.CancellationToken),
            StatementHtml = statements.ToHtml(stored.Header.Statement),
        };
    }

    public override async Task<SubmitResponse> Submit(SubmitRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var identity = CandidateIdentity.Of(context);
        var record = EnsureOpen(await SessionAsync(context));
        await intake.ValidateAsync(request, ct);
        EnsureAllowed(record, request.Language);
        var problem = await PinnedProblemAsync(record, request.ProblemId, ct);
        var limits = options.Value;
        var run = request.Mode == SubmitMode.Run;
        var admission = new SubmissionStore.SessionAdmission(record.Session.Id, limits.MaxInFlight,
            run ? keys.SessionRunGate(record.Session.Id) : keys.SessionSubmitGate(record.Session.Id),
            run ? limits.RunInterval : limits.SubmitInterval, clock.GetUtcNow(), limits.MaxSubmissions);
        return await intake.QueueAsync(request, problem, identity.Owner, new SubmissionIntake.SessionAdmissionPolicy(admission, limits.InFlightRetryAfter), ct);
    }

    public override async Task<Submission> GetSubmission(GetSubmissionRequest request, ServerCallContext context)
    {
        await SessionAsync(context);
        return CandidateView.Of(await OwnAsync(request.SubmissionId, context));
    }

    public override async Task WatchSubmission(WatchSubmissionRequest request, IServerStreamWriter<SubmissionEvent> responseStream, ServerCallContext context)
    {
        await SessionAsync(context);
        await OwnAsync(request.SubmissionId, context);
        await foreach (var change in watcher.FollowAsync(request.SubmissionId, context.CancellationToken))
        {
            if (CandidateView.Of(change) is { } shown)
            {
                await responseStream.WriteAsync(shown, context.CancellationToken);
            }
        }
    }

    public override async Task<ListCandidateSubmissionsResponse> ListSubmissions(ListCandidateSubmissionsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var record = await SessionAsync(context);
        var owner = CandidateIdentity.Of(context).Owner;
        var response = new ListCandidateSubmissionsResponse();
        foreach (var id in await sessions.SubmissionIdsAsync(record.Session.Id, ct))
        {
            if (await submissions.FindEntryAsync(id, ct) is not { } entry || entry.Owner != owner
                || (request.ProblemId.Length > 0 && entry.State.ProblemId != request.ProblemId))
            {
                continue;
            }
            response.Submissions.Add(new CandidateSubmission
            {
                Submission = CandidateView.Of(entry.State), Source = entry.Job.Source, CustomInput = entry.Job.HasCustomInput,
            });
        }
        return response;
    }

    public override async Task<SaveDraftResponse> SaveDraft(SaveDraftRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var record = EnsureOpen(await SessionAsync(context));
        validator.Validate(request);
        Pinned(record, request.ProblemId);
        EnsureAllowed(record, request.Language);
        var now = Timestamp.FromDateTimeOffset(clock.GetUtcNow());
        var draft = new Draft { ProblemId = request.ProblemId, Language = request.Language, Source = request.Source, SavedAt = now };
        var interval = options.Value.DraftInterval;
        var saved = await drafts.SaveAsync(record.Session.Id, draft, interval, ct);
        return saved.Outcome switch
        {
            SessionDraftStore.SaveOutcome.Saved => new SaveDraftResponse { SavedAt = now },
            SessionDraftStore.SaveOutcome.TooSoon => throw SubmissionIntake.RetryLater(saved.RetryAfter, $"one draft save per {interval.TotalSeconds:0.#} s"),
            _ => throw new RpcException(new Status(StatusCode.PermissionDenied, "this assessment no longer exists")),
        };
    }

    public override async Task<ListDraftsResponse> ListDrafts(ListDraftsRequest request, ServerCallContext context)
    {
        var record = await SessionAsync(context);
        return new ListDraftsResponse { Drafts = { await drafts.ListAsync(record.Session.Id, context.CancellationToken) } };
    }

    public override async Task<RecordActivityResponse> RecordActivity(RecordActivityRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var record = EnsureOpen(await SessionAsync(context));
        var limits = options.Value;
        if (request.Events.Count > limits.MaxActivityBatch)
        {
            // Retrying the same batch would fail again: the trailer says "at once", the message says to split it.
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                    $"events: {request.Events.Count} in one batch; at most {limits.MaxActivityBatch} (Assessments:MaxActivityBatch): send them in smaller batches"),
                new Metadata { { SubmissionIntake.RetryAfterTrailer, "0" } });
        }
        var id = record.Session.Id;
        var now = clock.GetUtcNow();
        var batch = ActivityValidator.Validate(request, record.Session.Problems.Select(p => p.ProblemId).ToHashSet(StringComparer.Ordinal),
            record.Session.Languages.ToHashSet(StringComparer.Ordinal), await activity.EditorLengthsAsync(id, ct),
            new ActivityLimits(limits.MaxPasteChars, api.Value.MaxSourceBytes), now, record.StartsAt);
        if (batch.Events.Count == 0)
        {
            return new RecordActivityResponse();
        }
        var stored = await activity.AppendAsync(id, batch.Events, new SessionActivityStore.Caps(limits.MaxActivityEvents, limits.MaxActivityBytes), now, batch.EditorLengths, ct);
        if (stored.Accepted is not { } accepted)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "this assessment no longer exists"));
        }
        if (accepted < batch.Events.Count)
        {
            logger.LogInformation("Session {SessionId} reached its activity cap ({MaxActivityEvents} events, {MaxActivityBytes} bytes): {Dropped} events dropped in all",
                id, limits.MaxActivityEvents, limits.MaxActivityBytes, stored.Dropped);
        }
        return new RecordActivityResponse { Accepted = (uint)accepted };
    }

    /// <summary>
    /// The token's session, recording the first opening when the window is open; UNAUTHENTICATED once
    /// Assessments:TokenGrace has passed after its end, PERMISSION_DENIED when gone.
    /// </summary>
    private async Task<SessionRecord> SessionAsync(ServerCallContext context)
    {
        var identity = CandidateIdentity.Of(context);
        var record = await sessions.FindAsync(identity.SessionId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.PermissionDenied, "this assessment no longer exists"));
        var now = clock.GetUtcNow();
        var expires = record.EndsAt + options.Value.TokenGrace;
        if (now >= expires)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, $"the candidate token expired at {expires:u}; the assessment is over"));
        }
        // The first call of any kind within the window is the first opening the report shows.
        if (record.IsOpen(now) && record.OpenedAt is null)
        {
            await sessions.MarkOpenedAsync(record.Session.Id, now, context.CancellationToken);
        }
        return record;
    }

    private static void EnsureAllowed(SessionRecord record, string language)
    {
        if (!record.Session.Languages.Contains(language))
        {
            throw Invalid.Argument($"language '{language}' is not allowed in this assessment; allowed: {string.Join(", ", record.Session.Languages)}");
        }
    }

    private SessionRecord EnsureOpen(SessionRecord record)
    {
        var now = clock.GetUtcNow();
        if (now < record.StartsAt)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"the assessment starts at {record.StartsAt:yyyy-MM-dd HH:mm:ss} UTC"));
        }
        if (now >= record.EndsAt)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"the assessment ended at {record.EndsAt:yyyy-MM-dd HH:mm:ss} UTC"));
        }
        return record;
    }

    /// <summary>The session's pin of the problem; NOT_FOUND when the problem is not part of the session.</summary>
    private static SessionProblem Pinned(SessionRecord record, string problemId) =>
        record.Session.Problems.FirstOrDefault(p => p.ProblemId == problemId)
            ?? throw Invalid.NotFound($"problem '{problemId}' is not part of this assessment");

    private async Task<StoredProblem> PinnedProblemAsync(SessionRecord record, string problemId, CancellationToken cancellationToken)
    {
        var pinned = Pinned(record, problemId);
        return await problems.FindAsync(pinned.ProblemId, pinned.Version, cancellationToken)
            ?? throw Invalid.NotFound($"problem '{problemId}' version {pinned.Version} no longer exists");
    }

    private async Task<Submission> OwnAsync(string submissionId, ServerCallContext context)
    {
        if (!Identifiers.IsSubmissionId(submissionId))
        {
            throw Invalid.Argument("submission_id must be the 32 hex digits that Submit returned");
        }
        return await submissions.FindOwnedStateAsync(submissionId, CandidateIdentity.Of(context).Owner, context.CancellationToken)
            ?? throw Invalid.NotFound($"submission '{submissionId}' does not exist");
    }
}
