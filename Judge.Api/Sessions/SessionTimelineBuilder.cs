using Judge.Api.Integrity;
using Judge.Contracts.V1;
using Judge.Storage;

namespace Judge.Api.Sessions;

/// <summary>
/// A session's timeline (Assessments.GetSessionTimeline, Review.GetReview and GetReviewTimeline): a page of its recorded
/// activity, oldest first, with each event's time on the server's clock, the events dropped over the cap, and on the
/// first page every RUN and SUBMIT (<see cref="SubmissionMarkers"/>) still stored, oldest first.
/// </summary>
public sealed class SessionTimelineBuilder(SessionStore sessions, SubmissionStore submissions, SessionActivityStore activity)
{
    /// <exception cref="Grpc.Core.RpcException">INVALID_ARGUMENT: page_size over 5000, or a page_token no timeline returned.</exception>
    public async Task<SessionTimeline> BuildAsync(string sessionId, uint pageSize, string pageToken, CancellationToken cancellationToken)
    {
        var (start, size) = TimelinePages.Parse(pageSize, pageToken);
        var page = await activity.ReadAsync(sessionId, start, size, cancellationToken);
        var events = page.Events.Take(TimelinePages.Fitting(page.Events)).ToList();
        var timeline = new SessionTimeline
        {
            SessionId = sessionId,
            Events = { events },
            DroppedEvents = (uint)Math.Min(page.Dropped, uint.MaxValue),
            NextPageToken = start + events.Count < page.Total ? TimelinePages.Token(start + events.Count) : "",
        };
        if (start == 0)
        {
            timeline.Submissions.Add(await MarkersAsync(sessionId, cancellationToken));
        }
        return timeline;
    }

    /// <summary>Every RUN and SUBMIT of the session still stored, oldest first.</summary>
    public async Task<IReadOnlyList<SubmissionMarker>> MarkersAsync(string sessionId, CancellationToken cancellationToken)
    {
        var markers = new List<SubmissionMarker>();
        foreach (var id in await sessions.SubmissionIdsAsync(sessionId, cancellationToken))
        {
            if (await submissions.FindEntryAsync(id, cancellationToken) is { } entry)
            {
                markers.Add(SubmissionMarkers.Of(entry.State, entry.Job));
            }
        }
        return markers;
    }
}
