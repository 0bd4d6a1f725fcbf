using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Judge.Api.Sessions;
using Judge.Api.Submissions;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.Options;

namespace Judge.Api.Services;

/// <summary>
/// The candidate's side of a session, for the IDE (a candidate token; see <see cref="CandidateTokens"/>): the session,
/// its problems at their pinned versions, RUN and SUBMIT while the window is open, and the candidate's own submissions.
/// Outside the window, GetProblem and Submit are PERMISSION_DENIED saying when it ended (or starts); a session ended
/// or gone is told the same way. Per session: one RUN per Assessments:RunInterval and at most Assessments:MaxInFlight
/// submissions waiting or being judged, else RESOURCE_EXHAUSTED with the trailer retry-after-ms.
/// </summary>
public sealed class CandidateService(
    SessionStore sessions,
    ProblemStore problems,
    ProblemView view,
    StatementRenderer statements,
    LanguageRegistry languages,
    SubmissionIntake intake,
    SubmissionStore submissions,
    SubmissionWatcher watcher,
    TimeProvider clock,
    IOptions<AssessmentOptions> options,
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
        if (!record.Session.Languages.Contains(request.Language))
        {
            throw Invalid.Argument($"language '{request.Language}' is not allowed in this assessment; allowed: {string.Join(", ", record.Session.Languages)}");
        }
        var problem = await PinnedProblemAsync(record, request.ProblemId, ct);
        var limits = options.Value;
        await EnsureRoomAsync(record.Session.Id, identity.Owner, limits, ct);
        if (request.Mode == SubmitMode.Run && await sessions.TryPassRunGateAsync(record.Session.Id, limits.RunInterval, ct) is { } wait)
        {
            throw SubmissionIntake.RetryLater(wait, $"one RUN per {limits.RunInterval.TotalSeconds:0.#} s");
        }
        var response = await intake.QueueAsync(request, problem, identity.Owner, ct);
        await sessions.AddSubmissionAsync(record.Session.Id, response.SubmissionId, clock.GetUtcNow(), ct);
        return response;
    }

    public override async Task<Submission> GetSubmission(GetSubmissionRequest request, ServerCallContext context) =>
        await OwnAsync(request.SubmissionId, context);

    public override async Task WatchSubmission(WatchSubmissionRequest request, IServerStreamWriter<SubmissionEvent> responseStream, ServerCallContext context)
    {
        await OwnAsync(request.SubmissionId, context);
        await watcher.WatchAsync(request.SubmissionId, responseStream, context.CancellationToken);
    }

    private async Task<SessionRecord> SessionAsync(ServerCallContext context)
    {
        var identity = CandidateIdentity.Of(context);
        return await sessions.FindAsync(identity.SessionId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.PermissionDenied, "this assessment no longer exists"));
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

    private async Task<StoredProblem> PinnedProblemAsync(SessionRecord record, string problemId, CancellationToken cancellationToken)
    {
        var pinned = record.Session.Problems.FirstOrDefault(p => p.ProblemId == problemId)
            ?? throw Invalid.NotFound($"problem '{problemId}' is not part of this assessment");
        return await problems.FindAsync(pinned.ProblemId, pinned.Version, cancellationToken)
            ?? throw Invalid.NotFound($"problem '{problemId}' version {pinned.Version} no longer exists");
    }

    /// <summary>At most MaxInFlight unfinished submissions: only the newest that many can be unfinished beyond the cap.</summary>
    private async Task EnsureRoomAsync(string sessionId, string owner, AssessmentOptions limits, CancellationToken cancellationToken)
    {
        var unfinished = 0;
        foreach (var id in await sessions.SubmissionIdsAsync(sessionId, newest: limits.MaxInFlight * 4, cancellationToken))
        {
            if (await submissions.FindOwnedStateAsync(id, owner, cancellationToken) is { Status: not SubmissionStatus.Finished })
            {
                unfinished++;
            }
        }
        if (unfinished >= limits.MaxInFlight)
        {
            logger.LogInformation("Session {SessionId}: Submit refused, {Unfinished} submissions in flight", sessionId, unfinished);
            throw SubmissionIntake.RetryLater(limits.InFlightRetryAfter, $"{unfinished} of your submissions are still being judged (at most {limits.MaxInFlight} at once)");
        }
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
