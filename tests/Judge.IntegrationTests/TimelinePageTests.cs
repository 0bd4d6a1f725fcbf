using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// A session whose candidate filled its activity cap (64 MiB of snapshots) and ran programs with long sources: its
/// timeline and its replay must still be readable. Red team: one page of 1000 events plus the RUNs' sources passed the
/// API's 64 MiB message cap, so GetReview (the replay page) and GetSessionTimeline failed with RESOURCE_EXHAUSTED for good.
/// </summary>
[NonParallelizable]
public class TimelinePageTests
{
    [Test]
    public async Task A_session_at_its_activity_cap_is_still_replayed_in_pages_under_the_message_cap()
    {
        await using var judge = await JudgeHarness.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Assessments:RunInterval"] = "00:00:00", ["Assessments:MaxInFlight"] = "100",
        });
        await judge.Problems.PutAsync("page-sum", [ProblemTest.Text("1 2\n", "3\n", sample: true)]);
        var assessments = new Assessments.AssessmentsClient(judge.WithKey(JudgeHarness.AssessorKey));
        var session = await assessments.CreateSessionAsync(new CreateSessionRequest
        {
            CandidateRef = "cand-pages", ProblemIds = { "page-sum" }, Languages = { "python" },
            StartsAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)), Duration = Duration.FromTimeSpan(TimeSpan.FromMinutes(60)),
        });
        var candidate = new Candidate.CandidateClient(judge.WithToken(session.CandidateToken));
        var text = new string('€', 65536); // 192 KiB of UTF-8 a snapshot, within the 64 Ki characters of Api:MaxSourceBytes
        uint stored = 0;
        for (var call = 0; call < 40; call++)
        {
            var now = DateTimeOffset.UtcNow;
            var request = new RecordActivityRequest { ClientNow = Timestamp.FromDateTimeOffset(now) };
            request.Events.Add(Enumerable.Range(0, 10).Select(_ =>
                new ActivityEvent { At = Timestamp.FromDateTimeOffset(now), ProblemId = "page-sum", Language = "python", Snapshot = text }));
            stored += (await candidate.RecordActivityAsync(request)).Accepted;
        }
        for (var i = 0; i < 10; i++)
        {
            await candidate.SubmitAsync(SubmissionCalls.Request("page-sum", "python", "print(3)\n#" + new string('x', 60_000) + i, SubmitMode.Run));
        }
        var link = await assessments.CreateReviewerLinkAsync(new CreateReviewerLinkRequest { SessionId = session.Id });
        var review = new Review.ReviewClient(judge.WithToken(link.Token));

        var first = await review.GetReviewAsync(new GetReviewRequest());
        var events = first.Timeline.Events.Count;
        for (var next = first.Timeline.NextPageToken; next != "";)
        {
            var page = await review.GetReviewTimelineAsync(new GetReviewTimelineRequest { PageToken = next, PageSize = 5000 });
            events += page.Events.Count;
            next = page.NextPageToken;
        }
        var timeline = await assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id });

        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.GreaterThan(300u), "about 64 MiB of activity (Assessments:MaxActivityBytes)");
            Assert.That(first.Timeline.Submissions, Has.Count.EqualTo(10));
            Assert.That(events, Is.EqualTo((int)stored), "every event, over several pages");
            Assert.That(timeline.Events, Is.Not.Empty);
            Assert.That(timeline.NextPageToken, Is.Not.Empty);
        });
    }
}
