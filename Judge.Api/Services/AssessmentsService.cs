using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Judge.Api.Access;
using Judge.Api.Sessions;
using Judge.Api.Similarity;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using Microsoft.Extensions.Options;
using Judge.Storage.Records;

namespace Judge.Api.Services;

/// <summary>
/// Assessment sessions for the screening pipeline (role assessment-admin): create one (its problems' current versions
/// pinned, a candidate token and the IDE's URL returned once), end it early, extend it, list them, and read a session's
/// report (<see cref="SessionReportBuilder"/>), its timeline (<see cref="SessionTimelineBuilder"/>), and issue a reviewer
/// link to its replay page (<see cref="ReviewerTokens"/>). A key sees only the sessions it created: any other id is NOT_FOUND.
/// </summary>
public sealed class AssessmentsService(
    SessionRequestValidator validator,
    SessionStore sessions,
    SessionIndex index,
    SessionReportBuilder reports,
    SimilarityReader similarity,
    SessionTimelineBuilder timelines,
    ReviewerTokens reviewerTokens,
    ProblemStore problems,
    LanguageRegistry languages,
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

        var token = tokens.Issue(stored.Id, stored.EndsAt.ToDateTimeOffset() + options.Value.MaxExtension + options.Value.TokenGrace);
        logger.LogInformation("Session {SessionId} created by {Caller} for {CandidateRef}: {ProblemCount} problems, {LanguageCount} languages, {StartsAt} to {EndsAt}",
            stored.Id, stored.CreatedBy, stored.CandidateRef, stored.Problems.Count, stored.Languages.Count, stored.StartsAt, stored.EndsAt);
        var session = SessionView.Of(new SessionRecord(stored, null));
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
        return SessionView.Of(ended);
    }

    public override async Task<SessionReport> GetSessionReport(GetSessionReportRequest request, ServerCallContext context)
    {
        var record = await OwnedAsync(request.SessionId, context);
        return await reports.BuildAsync(record, withSources: !request.OmitSources, context.CancellationToken);
    }

    public override async Task<AssessmentSession> ExtendSession(ExtendSessionRequest request, ServerCallContext context)
    {
        validator.Validate(request);
        var record = await OwnedAsync(request.SessionId, context);
        var extension = new SessionExtension { Extra = request.Extra, At = Timestamp.FromDateTimeOffset(clock.GetUtcNow()), Reason = request.Reason };
        var most = options.Value.MaxExtension;
        var result = await sessions.ExtendAsync(record, extension, most, context.CancellationToken);
        switch (result.Outcome)
        {
            case SessionStore.ExtendOutcome.EndedEarly:
                throw Invalid.Precondition($"session '{request.SessionId}' was ended early; an ended session cannot be extended");
            case SessionStore.ExtendOutcome.OverLimit:
                throw Invalid.Argument($"extra: the session has had {SessionRequestValidator.Minutes(result.TotalExtra)} already; " +
                    $"with {SessionRequestValidator.Minutes(request.Extra.ToTimeSpan())} more it would exceed {SessionRequestValidator.Minutes(most)} (Assessments:MaxExtension)");
            case SessionStore.ExtendOutcome.Missing:
                throw Invalid.NotFound($"session '{request.SessionId}' does not exist");
        }
        var extended = await sessions.FindAsync(request.SessionId, context.CancellationToken)
            ?? throw Invalid.NotFound($"session '{request.SessionId}' does not exist");
        logger.LogInformation("Session {SessionId} extended by {Caller}: {Extra} more ({TotalExtra} in all), now ends at {EndsAt}; reason: {Reason}",
            request.SessionId, Caller.Of(context).Name, request.Extra.ToTimeSpan(), result.TotalExtra, extended.EndsAt, request.Reason);
        return SessionView.Of(extended);
    }

    public override async Task<ListSessionsResponse> ListSessions(ListSessionsRequest request, ServerCallContext context)
    {
        SessionRequestValidator.Validate(request);
        SessionIndex.Page page;
        try
        {
            page = await index.ListAsync(Caller.Of(context).Name, request.CandidateRef.Length > 0 ? request.CandidateRef : null,
                request.StartsAfter?.ToDateTimeOffset(), request.StartsBefore?.ToDateTimeOffset(),
                request.PageSize == 0 ? 20 : (int)request.PageSize, request.PageToken.Length > 0 ? request.PageToken : null, context.CancellationToken);
        }
        catch (FormatException)
        {
            throw Invalid.Argument("page_token is not a next_page_token that ListSessions returned");
        }
        return new ListSessionsResponse { Sessions = { page.Sessions.Select(SessionView.Of) }, NextPageToken = page.NextPageToken ?? "" };
    }

    public override Task<SimilarityReport> GetSimilarity(GetSimilarityRequest request, ServerCallContext context) =>
        similarity.ReportAsync(Caller.Of(context).Name, request, context.CancellationToken);

    public override async Task<SessionTimeline> GetSessionTimeline(GetSessionTimelineRequest request, ServerCallContext context)
    {
        var record = await OwnedAsync(request.SessionId, context);
        return await timelines.BuildAsync(record.Session.Id, request.PageSize, request.PageToken, context.CancellationToken);
    }

    public override async Task<ReviewerLink> CreateReviewerLink(CreateReviewerLinkRequest request, ServerCallContext context)
    {
        var record = await OwnedAsync(request.SessionId, context);
        var ttl = request.Ttl?.ToTimeSpan() ?? TimeSpan.FromHours(24);
        if (ttl < TimeSpan.FromMinutes(1) || ttl > TimeSpan.FromDays(7))
        {
            throw Invalid.Argument($"ttl: {SessionRequestValidator.Minutes(ttl)}; a reviewer link is valid from 1 minute to 7 days");
        }
        var expires = DateTimeOffset.FromUnixTimeSeconds((clock.GetUtcNow() + ttl).ToUnixTimeSeconds());
        var token = reviewerTokens.Issue(record.Session.Id, expires);
        logger.LogInformation("Reviewer link for session {SessionId} issued by {Caller}, valid until {ExpiresAt}", record.Session.Id, Caller.Of(context).Name, expires);
        return new ReviewerLink
        {
            Url = $"{options.Value.IdeBaseUrl.TrimEnd('/')}/review.html#{token}",
            Token = token,
            ExpiresAt = Timestamp.FromDateTimeOffset(expires),
        };
    }

    private async Task<SessionRecord> OwnedAsync(string sessionId, ServerCallContext context)
    {
        SessionRequestValidator.ValidateSessionId(sessionId);
        var record = await sessions.FindAsync(sessionId, context.CancellationToken);
        return record is not null && record.Session.CreatedBy == Caller.Of(context).Name
            ? record
            : throw Invalid.NotFound($"session '{sessionId}' does not exist");
    }
}
