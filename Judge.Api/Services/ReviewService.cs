using Grpc.Core;
using Judge.Api.Sessions;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;

namespace Judge.Api.Services;

/// <summary>
/// The replay page's service, read-only, for the holder of a reviewer token (<see cref="ReviewerTokens"/>): the one
/// session the token names, its report with sources and signals, and its timeline in pages. Nothing else is reachable
/// with the token; a session no longer stored (Retention:Sessions) is NOT_FOUND. The report leaves out similarity
/// (each SUBMIT's <c>similar</c> and each problem's closest match): those name other candidates and their sessions, which
/// only the key that created them reads (Assessments.GetSimilarity, GetSessionReport).
/// </summary>
public sealed class ReviewService(SessionStore sessions, SessionReportBuilder reports, SessionTimelineBuilder timelines) : Review.ReviewBase
{
    public override async Task<ReviewSession> GetReview(GetReviewRequest request, ServerCallContext context)
    {
        var record = await SessionAsync(context);
        var ct = context.CancellationToken;
        var report = await reports.BuildAsync(record, withSources: true, ct);
        foreach (var problem in report.Problems)
        {
            foreach (var submission in problem.Submissions)
            {
                submission.Similar.Clear();
            }
            if (problem.Signals is not null)
            {
                problem.Signals.ClosestMatch = null;
            }
        }
        return new ReviewSession
        {
            Report = report,
            Timeline = await timelines.BuildAsync(record.Session.Id, 0, "", ct),
        };
    }

    public override async Task<SessionTimeline> GetReviewTimeline(GetReviewTimelineRequest request, ServerCallContext context)
    {
        var record = await SessionAsync(context);
        return await timelines.BuildAsync(record.Session.Id, request.PageSize, request.PageToken, context.CancellationToken);
    }

    private async Task<SessionRecord> SessionAsync(ServerCallContext context)
    {
        var id = ReviewerIdentity.Of(context).SessionId;
        return await sessions.FindAsync(id, context.CancellationToken) ?? throw Invalid.NotFound($"session '{id}' is no longer stored");
    }
}
