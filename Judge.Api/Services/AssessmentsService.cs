using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Judge.Api.Access;
using Judge.Api.Sessions;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.Options;

namespace Judge.Api.Services;

/// <summary>
/// Assessment sessions for the screening pipeline (role assessment-admin): create one (its problems' current versions
/// pinned, a candidate token and the IDE's URL returned once), end it early, and read its report. A key sees only the
/// sessions it created: any other id is NOT_FOUND.
/// </summary>
public sealed class AssessmentsService(
    SessionRequestValidator validator,
    SessionStore sessions,
    ProblemStore problems,
    LanguageRegistry languages,
    SubmissionStore submissions,
    CandidateTokens tokens,
    TimeProvider clock,
    IOptions<AssessmentOptions> options,
    ILogger<AssessmentsService> logger) : Assessments.AssessmentsBase
{
    public override async Task<AssessmentSession> CreateSession(CreateSessionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        validator.Validate(request);
        var stored = new StoredSession
        {
            Id = Guid.NewGuid().ToString("N"),
            CandidateRef = request.CandidateRef,
            StartsAt = request.StartsAt ?? Timestamp.FromDateTimeOffset(clock.GetUtcNow()),
            CreatedBy = Caller.Of(context).Name,
        };
        stored.EndsAt = Timestamp.FromDateTimeOffset(stored.StartsAt.ToDateTimeOffset() + request.Duration.ToTimeSpan());
        foreach (var id in request.ProblemIds)
        {
            var problem = await problems.FindAsync(id, 0, ct) ?? throw Invalid.NotFound($"problem_ids: problem '{id}' does not exist");
            stored.Problems.Add(new SessionProblem { ProblemId = id, Version = problem.Version, Title = problem.Header.Title });
        }
        var served = (await languages.ListAsync(ct)).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var language in request.Languages.Where(l => !served.Contains(l)))
        {
            throw Invalid.Precondition($"languages: no worker serves '{language}'; served: {string.Join(", ", served.Order(StringComparer.Ordinal))}");
        }
        stored.Languages.Add(request.Languages.Count > 0 ? request.Languages.Distinct(StringComparer.Ordinal) : served.Order(StringComparer.Ordinal));
        if (stored.Languages.Count == 0)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "no worker has registered its languages yet; start a worker and retry"));
        }
        await sessions.CreateAsync(stored, ct);

        var token = tokens.Issue(stored.Id, stored.EndsAt.ToDateTimeOffset() + options.Value.TokenGrace);
        logger.LogInformation("Session {SessionId} created by {Caller} for {CandidateRef}: {ProblemCount} problems, {LanguageCount} languages, {StartsAt} to {EndsAt}",
            stored.Id, stored.CreatedBy, stored.CandidateRef, stored.Problems.Count, stored.Languages.Count, stored.StartsAt, stored.EndsAt);
        var session = View(new SessionRecord(stored, null));
        session.CandidateToken = token;
        session.IdeUrl = $"{options.Value.IdeBaseUrl}#token={token}";
        return session;
    }

    public override async Task<AssessmentSession> EndSession(EndSessionRequest request, ServerCallContext context)
    {
        await OwnedAsync(request.SessionId, context);
        var ended = await sessions.EndAsync(request.SessionId, clock.GetUtcNow(), context.CancellationToken)
            ?? throw Invalid.NotFound($"session '{request.SessionId}' does not exist");
        logger.LogInformation("Session {SessionId} ended by {Caller} at {EndsAt}", request.SessionId, Caller.Of(context).Name, ended.EndsAt);
        return View(ended);
    }

    public override async Task<SessionReport> GetSessionReport(GetSessionReportRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var record = await OwnedAsync(request.SessionId, context);
        var states = new List<Submission>();
        foreach (var id in await sessions.SubmissionIdsAsync(request.SessionId, newest: null, ct))
        {
            if (await submissions.FindStateAsync(id, ct) is { } state)
            {
                states.Add(state);
            }
        }
        var report = new SessionReport { Session = View(record) };
        foreach (var problem in record.Session.Problems)
        {
            var mine = states.Where(s => s.ProblemId == problem.ProblemId).ToList();
            var stored = await problems.FindAsync(problem.ProblemId, problem.Version, ct);
            var scored = mine.Where(s => s.Mode == SubmitMode.Submit && s.Status == SubmissionStatus.Finished).ToList();
            report.Problems.Add(new ProblemReport
            {
                ProblemId = problem.ProblemId,
                Version = problem.Version,
                MaxScore = stored is null ? 0 : JudgedTests.MaxScore(stored.Header, SubmitMode.Submit),
                BestScore = scored.Count == 0 ? 0 : scored.Max(s => s.Score),
                Submissions = { mine.Select(Summary) },
            });
        }
        return report;
    }

    private async Task<SessionRecord> OwnedAsync(string sessionId, ServerCallContext context)
    {
        if (!Identifiers.IsSubmissionId(sessionId))
        {
            throw Invalid.Argument("session_id must be the 32 hex digits that CreateSession returned");
        }
        var record = await sessions.FindAsync(sessionId, context.CancellationToken);
        return record is not null && record.Session.CreatedBy == Caller.Of(context).Name
            ? record
            : throw Invalid.NotFound($"session '{sessionId}' does not exist");
    }

    private static SubmissionSummary Summary(Submission s) => new()
    {
        Id = s.Id,
        Language = s.Language,
        Mode = s.Mode,
        Status = s.Status,
        Verdict = s.Verdict,
        Score = s.Score,
        MaxScore = s.MaxScore,
        CreatedAt = s.CreatedAt,
        FinishedAt = s.FinishedAt,
    };

    /// <summary>The public view of a stored session (no token: it is returned once, by CreateSession).</summary>
    public static AssessmentSession View(SessionRecord record) => new()
    {
        Id = record.Session.Id,
        CandidateRef = record.Session.CandidateRef,
        Problems = { record.Session.Problems },
        Languages = { record.Session.Languages },
        StartsAt = record.Session.StartsAt,
        EndsAt = Timestamp.FromDateTimeOffset(record.EndsAt),
        EndedEarly = record.EndedAt is not null,
    };
}
