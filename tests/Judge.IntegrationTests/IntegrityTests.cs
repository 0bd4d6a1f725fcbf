using System.Text;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Judge.Api.Integrity;
using Judge.Api.Sessions;
using Judge.Api.Submissions;
using Judge.Contracts.V1;
using Microsoft.Extensions.Options;
using AssessmentsClient = Judge.Contracts.V1.Assessments.AssessmentsClient;
using CandidateClient = Judge.Contracts.V1.Candidate.CandidateClient;
using ReviewClient = Judge.Contracts.V1.Review.ReviewClient;

namespace Judge.IntegrationTests;

/// <summary>
/// The candidate's recorded activity through the real API, Redis and a worker: Candidate.RecordActivity stores it (checked,
/// capped, on the server's clock), Assessments.GetSessionTimeline reads it back in pages for the key that created the
/// session only, playback at each RUN and SUBMIT gives exactly the judged source, the report carries the signals, and a
/// reviewer link reads its one session, read-only, until it expires. Times are scripted on the candidate's clock and
/// only their differences are asserted (a batch keeps them exactly), never how fast anything ran.
/// </summary>
[NonParallelizable]
public class IntegrityTests
{
    private const string PythonSum = "a, b = map(int, input().split())\nprint(a + b)\n";

    private JudgeHarness _judge = null!;
    private AssessmentsClient _assessments = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Assessments:SubmitInterval"] = "00:00:00", ["Assessments:RunInterval"] = "00:00:00",
            ["Assessments:MaxActivityBatch"] = "10", ["Assessments:MaxActivityEvents"] = "25", ["Assessments:MaxPasteChars"] = "100",
            ["Assessments:MaxActivityBytes"] = "8192",
        });
        _assessments = new AssessmentsClient(_judge.WithKey(JudgeHarness.AssessorKey));
        ProblemTest[] tests = [ProblemTest.Text("1 2\n", "3\n", sample: true), ProblemTest.Text("40 2\n", "42\n")];
        await _judge.Problems.PutAsync("integrity-sum", tests);
        await _judge.Problems.PutAsync("integrity-other", tests);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private async Task<AssessmentSession> SessionAsync() => await _assessments.CreateSessionAsync(new CreateSessionRequest
    {
        CandidateRef = "cand-integrity",
        ProblemIds = { "integrity-sum", "integrity-other" },
        Languages = { "python", "cpp" },
        // Opened ten minutes ago: the scripted events, a minute before each call, fall inside the window (none is placed before it).
        StartsAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-10)),
        Duration = Duration.FromTimeSpan(TimeSpan.FromMinutes(90)),
    });

    private CandidateClient Candidate(string token) => new(_judge.WithToken(token));

    /// <summary>A scripted clock for the candidate: an hour behind the server, so that rebasing shows.</summary>
    private static readonly DateTimeOffset ClientNow = DateTimeOffset.UtcNow.AddHours(-1);

    private static Timestamp At(double secondsBeforeNow) => Timestamp.FromDateTimeOffset(ClientNow.AddSeconds(-secondsBeforeNow));

    private static ActivityEvent Snapshot(double s, string text, string problem = "integrity-sum") =>
        new() { At = At(s), ProblemId = problem, Language = "python", Snapshot = text };

    private static ActivityEvent Edit(double s, uint offset, uint length, string text, string problem = "integrity-sum") =>
        new() { At = At(s), ProblemId = problem, Language = "python", Edit = new EditEvent { Changes = { new TextChange { Offset = offset, Length = length, Text = text } } } };

    private static ActivityEvent Paste(double s, string text) =>
        new() { At = At(s), ProblemId = "integrity-sum", Language = "python", Paste = new ClipboardEvent { Length = (uint)text.Length, Text = text } };

    private static ActivityEvent Focus(double s, bool focused) => new() { At = At(s), Focus = focused };

    private static RecordActivityRequest Batch(params ActivityEvent[] events) =>
        new() { ClientNow = Timestamp.FromDateTimeOffset(ClientNow), Events = { events } };

    [Test]
    public async Task Recorded_activity_comes_back_in_order_on_the_servers_clock_in_pages_and_is_kept_as_long_as_the_session()
    {
        var session = await SessionAsync();
        var candidate = Candidate(session.CandidateToken);
        var before = DateTimeOffset.UtcNow;

        var first = await candidate.RecordActivityAsync(Batch(Snapshot(50, ""), Edit(49, 0, 0, "a"), Edit(48, 1, 0, "b"), Focus(47, false), Focus(40, true)));
        // A later batch on the same client clock: its event comes after the first batch's, whenever the call arrives.
        var second = await candidate.RecordActivityAsync(Batch(Edit(39, 2, 0, "c")));
        var page1 = await _assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id, PageSize = 4 });
        var page2 = await _assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id, PageSize = 4, PageToken = page1.NextPageToken });
        var badToken = Assert.ThrowsAsync<RpcException>(async () =>
            await _assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id, PageToken = "nope" }));
        var events = page1.Events.Concat(page2.Events).ToList();
        var times = events.Select(e => e.At.ToDateTimeOffset()).ToList();
        var sessionTtl = await _judge.TimeToLiveMsAsync($"session:{session.Id}");
        var activityTtl = await _judge.TimeToLiveMsAsync($"session:{session.Id}:activity");

        Assert.Multiple(() =>
        {
            Assert.That((first.Accepted, second.Accepted), Is.EqualTo((5u, 1u)));
            Assert.That(events.Select(e => e.KindCase.ToString()), Is.EqualTo(new[] { "Snapshot", "Edit", "Edit", "Focus", "Focus", "Edit" }));
            Assert.That(page1.Events, Has.Count.EqualTo(4));
            Assert.That(page2.NextPageToken, Is.Empty);
            Assert.That(times[0], Is.GreaterThan(before.AddMinutes(-5)), "rebased onto the server's clock, not an hour behind");
            Assert.That(times.Take(4).Zip(times.Skip(1), (a, b) => (b - a).TotalMilliseconds), Is.EqualTo(new double[] { 1000, 1000, 1000, 7000 }),
                "the gaps within a batch as the candidate's clock had them");
            Assert.That(times[5], Is.GreaterThanOrEqualTo(times[4]), "a later batch never goes before an earlier one");
            Assert.That(page1.DroppedEvents, Is.Zero);
            Assert.That(badToken!.Status.Detail, Is.EqualTo("page_token is not a next_page_token that a timeline returned"));
            Assert.That(activityTtl, Is.GreaterThan(0).And.InRange(sessionTtl - 60_000, sessionTtl + 60_000), "kept as long as the session");
        });
    }

    [Test]
    public async Task An_extension_moves_the_recorded_activitys_expiry_with_the_session()
    {
        var session = await SessionAsync();
        await Candidate(session.CandidateToken).RecordActivityAsync(Batch(Snapshot(5, "x")));
        var before = await _judge.TimeToLiveMsAsync($"session:{session.Id}:activity");

        await _assessments.ExtendSessionAsync(new ExtendSessionRequest { SessionId = session.Id, Extra = Duration.FromTimeSpan(TimeSpan.FromHours(2)), Reason = "test" });
        var sessionTtl = await _judge.TimeToLiveMsAsync($"session:{session.Id}");
        var activityTtl = await _judge.TimeToLiveMsAsync($"session:{session.Id}:activity");
        var lengthsTtl = await _judge.TimeToLiveMsAsync($"session:{session.Id}:editor-lengths");

        Assert.Multiple(() =>
        {
            Assert.That(activityTtl - before, Is.GreaterThan(TimeSpan.FromHours(2).TotalMilliseconds - 60_000), "two hours later");
            Assert.That(Math.Abs(activityTtl - sessionTtl), Is.LessThan(60_000));
            Assert.That(Math.Abs(lengthsTtl - sessionTtl), Is.LessThan(60_000));
        });
    }

    [Test]
    public async Task A_bad_event_is_refused_naming_its_index_and_field_and_nothing_of_its_batch_is_stored()
    {
        var session = await SessionAsync();
        var candidate = Candidate(session.CandidateToken);
        await candidate.RecordActivityAsync(Batch(Snapshot(10, "ab")));

        async Task<RpcException> RefusedAsync(params ActivityEvent[] events) =>
            Assert.ThrowsAsync<RpcException>(async () => await candidate.RecordActivityAsync(Batch(events)))!;
        var outOfRange = await RefusedAsync(Edit(9, 2, 0, "c"), Edit(8, 4, 0, "d"));
        var otherProblem = await RefusedAsync(Edit(9, 0, 0, "x"), new ActivityEvent { At = At(8), ProblemId = "session-sum", Language = "python", Switched = true });
        var language = await RefusedAsync(new ActivityEvent { At = At(8), ProblemId = "integrity-sum", Language = "java", Snapshot = "" });
        var noSnapshot = await RefusedAsync(Edit(9, 0, 0, "x", problem: "integrity-other"));
        var longPaste = await RefusedAsync(Paste(9, new string('x', 101)));
        var timeline = await _assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id });

        Assert.Multiple(() =>
        {
            foreach (var refused in new[] { outOfRange, otherProblem, language, noSnapshot, longPaste })
            {
                Assert.That(refused.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            }
            Assert.That(outOfRange.Status.Detail, Is.EqualTo("events[1].edit.changes[0]: offset 4 + length 0 is outside the text of 3 characters"));
            Assert.That(otherProblem.Status.Detail, Is.EqualTo("events[1].problem_id: 'session-sum' is not a problem of this assessment"));
            Assert.That(language.Status.Detail, Is.EqualTo("events[0].language: 'java' is not allowed in this assessment"));
            Assert.That(noSnapshot.Status.Detail, Is.EqualTo("events[0].edit: no snapshot of problem 'integrity-other' in 'python' was recorded before it"));
            Assert.That(longPaste.Status.Detail, Does.StartWith("events[0].paste.text: 101 characters; at most 100 (Assessments:MaxPasteChars)"));
            Assert.That(timeline.Events.Select(e => e.KindCase), Is.EqualTo(new[] { ActivityEvent.KindOneofCase.Snapshot }), "nothing of a refused batch");
        });
    }

    [Test]
    public async Task A_batch_over_its_cap_is_refused_and_events_past_the_sessions_cap_are_counted_as_dropped()
    {
        var session = await SessionAsync();
        var candidate = Candidate(session.CandidateToken);
        ActivityEvent[] Focuses(int n) => Enumerable.Range(0, n).Select(i => Focus(100 - i, i % 2 == 1)).ToArray();

        var tooMany = Assert.ThrowsAsync<RpcException>(async () => await candidate.RecordActivityAsync(Batch(Focuses(11))));
        var accepted = new List<uint>();
        for (var i = 0; i < 4; i++)
        {
            accepted.Add((await candidate.RecordActivityAsync(Batch(Focuses(10)))).Accepted);
        }
        var timeline = await _assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id });

        Assert.Multiple(() =>
        {
            Assert.That(tooMany!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(tooMany.Status.Detail, Is.EqualTo("events: 11 in one batch; at most 10 (Assessments:MaxActivityBatch): send them in smaller batches"));
            Assert.That(tooMany.Trailers.GetValue(SubmissionIntake.RetryAfterTrailer), Is.EqualTo("0"));
            Assert.That(accepted, Is.EqualTo(new uint[] { 10, 10, 5, 0 }));
            Assert.That(timeline.Events, Has.Count.EqualTo(25));
            Assert.That(timeline.DroppedEvents, Is.EqualTo(15));
        });
    }

    [Test]
    public async Task Events_past_the_sessions_byte_cap_are_dropped_and_nothing_after_them_is_kept()
    {
        var session = await SessionAsync();
        var candidate = Candidate(session.CandidateToken);

        var fits = await candidate.RecordActivityAsync(Batch(Snapshot(10, new string('a', 6000))));
        var over = await candidate.RecordActivityAsync(Batch(Snapshot(9, new string('b', 3000)), Focus(8, false)));
        var after = await candidate.RecordActivityAsync(Batch(Focus(7, true)));
        var timeline = await _assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id });

        Assert.Multiple(() =>
        {
            Assert.That((fits.Accepted, over.Accepted, after.Accepted), Is.EqualTo((1u, 0u, 0u)), "8 KiB at most (Assessments:MaxActivityBytes)");
            Assert.That(timeline.Events.Single().Snapshot, Has.Length.EqualTo(6000));
            Assert.That(timeline.DroppedEvents, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Each_change_of_an_edit_counts_toward_the_sessions_cap_in_events()
    {
        // One edit of 30 one-character changes is 30 replay steps, each as costly as the text is long: under a cap that
        // counted it once, a session could hold millions of changes (4 bytes each) and no report of it would finish.
        var session = await SessionAsync();
        var candidate = Candidate(session.CandidateToken);
        var many = new ActivityEvent { At = At(9), ProblemId = "integrity-sum", Language = "python", Edit = new EditEvent() };
        many.Edit.Changes.Add(Enumerable.Range(0, 30).Select(_ => new TextChange { Offset = 0, Length = 0, Text = "a" }));

        var stored = await candidate.RecordActivityAsync(Batch(Snapshot(10, ""), many, Focus(8, false)));
        var timeline = await _assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id });

        Assert.Multiple(() =>
        {
            Assert.That(stored.Accepted, Is.EqualTo(1u), "25 events at most (Assessments:MaxActivityEvents): the snapshot, not the edit of 30 changes nor what follows it");
            Assert.That(timeline.Events.Select(e => e.KindCase), Is.EqualTo(new[] { ActivityEvent.KindOneofCase.Snapshot }));
            Assert.That(timeline.DroppedEvents, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task No_event_is_placed_before_the_session_starts()
    {
        // The first batch's floor was 0: an event dated 1970 stretched the replay page's slider over 56 years.
        var session = await SessionAsync();
        var candidate = Candidate(session.CandidateToken);
        var serverNow = DateTimeOffset.UtcNow;

        await candidate.RecordActivityAsync(new RecordActivityRequest
        {
            ClientNow = Timestamp.FromDateTimeOffset(serverNow),
            Events = { new ActivityEvent { At = new Timestamp { Seconds = 0, Nanos = 1_000_000 }, ProblemId = "integrity-sum", Language = "python", Snapshot = "x" } },
        });
        var timeline = await _assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id });

        Assert.That(timeline.Events.Single().At.ToDateTimeOffset(), Is.GreaterThanOrEqualTo(session.StartsAt.ToDateTimeOffset()));
    }

    [Test]
    public async Task Another_key_finds_neither_the_timeline_nor_a_reviewer_link_of_a_session()
    {
        var session = await SessionAsync();
        var other = new AssessmentsClient(_judge.WithKey(JudgeHarness.OtherAssessorKey));

        var timeline = Assert.ThrowsAsync<RpcException>(async () => await other.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id }));
        var link = Assert.ThrowsAsync<RpcException>(async () => await other.CreateReviewerLinkAsync(new CreateReviewerLinkRequest { SessionId = session.Id }));

        Assert.Multiple(() =>
        {
            Assert.That(timeline!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(link!.StatusCode, Is.EqualTo(StatusCode.NotFound));
        });
    }

    [Test]
    public async Task A_reviewer_link_reads_its_one_session_only_until_it_expires_and_no_token_crosses_over()
    {
        var session = await SessionAsync();
        var another = await SessionAsync();
        await Candidate(session.CandidateToken).RecordActivityAsync(Batch(Snapshot(5, "x")));
        var link = await _assessments.CreateReviewerLinkAsync(new CreateReviewerLinkRequest { SessionId = session.Id, Ttl = Duration.FromTimeSpan(TimeSpan.FromHours(2)) });
        var review = new ReviewClient(_judge.WithToken(link.Token));
        var keys = Options.Create(new AssessmentOptions { SigningKey = JudgeHarness.SigningKey });
        var expired = new ReviewerTokens(keys).Issue(session.Id, DateTimeOffset.UtcNow.AddSeconds(-1));
        var forAnother = link.Token.Replace(session.Id, another.Id);
        var badTtl = Assert.ThrowsAsync<RpcException>(async () =>
            await _assessments.CreateReviewerLinkAsync(new CreateReviewerLinkRequest { SessionId = session.Id, Ttl = Duration.FromTimeSpan(TimeSpan.FromDays(8)) }));

        var got = await review.GetReviewAsync(new GetReviewRequest());
        var page = await review.GetReviewTimelineAsync(new GetReviewTimelineRequest());
        var refusals = new Dictionary<string, Task>
        {
            ["an expired reviewer token"] = new ReviewClient(_judge.WithToken(expired)).GetReviewAsync(new GetReviewRequest()).ResponseAsync,
            ["the token moved to another session"] = new ReviewClient(_judge.WithToken(forAnother)).GetReviewAsync(new GetReviewRequest()).ResponseAsync,
            ["a candidate token at the Review service"] = new ReviewClient(_judge.WithToken(session.CandidateToken)).GetReviewAsync(new GetReviewRequest()).ResponseAsync,
            ["a reviewer token at the Candidate service"] = Candidate(link.Token).GetSessionAsync(new GetCandidateSessionRequest()).ResponseAsync,
            ["a reviewer token at the Candidate service's RecordActivity"] = Candidate(link.Token).RecordActivityAsync(Batch(Snapshot(1, "y"))).ResponseAsync,
            ["a reviewer token at the Assessments service"] = new AssessmentsClient(_judge.WithToken(link.Token)).GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id }).ResponseAsync,
            ["an API key at the Review service"] = new ReviewClient(_judge.WithKey(JudgeHarness.AssessorKey)).GetReviewAsync(new GetReviewRequest()).ResponseAsync,
        };

        Assert.Multiple(() =>
        {
            Assert.That(link.Token, Does.StartWith("r1." + session.Id + "."));
            Assert.That(link.Url, Does.EndWith("/review.html#" + link.Token).And.StartWith("http").And.Not.Contain("//review.html"));
            Assert.That((link.ExpiresAt.ToDateTimeOffset() - DateTimeOffset.UtcNow).TotalMinutes, Is.InRange(110, 121));
            Assert.That(got.Report.Session.Id, Is.EqualTo(session.Id));
            Assert.That(got.Timeline.Events.Single().Snapshot, Is.EqualTo("x"));
            Assert.That(page.Events.Single().Snapshot, Is.EqualTo("x"));
            Assert.That(badTtl!.Status.Detail, Is.EqualTo("ttl: 11520 min; a reviewer link is valid from 1 minute to 7 days"));
            foreach (var (what, call) in refusals)
            {
                var refused = Assert.ThrowsAsync<RpcException>(async () => await call, what);
                Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated), what);
            }
        });
        Assert.That(Assert.ThrowsAsync<RpcException>(async () =>
            await new ReviewClient(_judge.WithToken(expired)).GetReviewAsync(new GetReviewRequest()))!.Status.Detail, Does.StartWith("the reviewer link expired at "));
    }

    [Test]
    public async Task Playback_at_each_run_and_submit_is_exactly_the_judged_source_and_the_report_has_the_signals()
    {
        var session = await SessionAsync();
        var candidate = Candidate(session.CandidateToken);
        // The candidate's scripted minute: opens the problem, types, leaves for 10 s, pastes the rest, fixes a character.
        const string typed = "a, b = ";
        const string pasted = "map(int, input().split())\nprint(a - b)\n";
        await candidate.RecordActivityAsync(Batch(
            new ActivityEvent { At = At(60), ProblemId = "integrity-sum", Language = "python", Switched = true },
            Snapshot(60, ""),
            Edit(58, 0, 0, typed[..3]),
            Edit(57, 3, 0, typed[3..]),
            Focus(50, false),
            Focus(40, true),
            Paste(39, pasted),
            Edit(39, (uint)typed.Length, 0, pasted)));
        var wrong = await SubmitAsync(candidate, typed + pasted, SubmitMode.Run);
        // After the RUN: the '-' typed over with '+' (one character), then SUBMIT, then more typing that is not submitted.
        var minus = (uint)(typed + pasted).IndexOf('-');
        await candidate.RecordActivityAsync(new RecordActivityRequest
        {
            ClientNow = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            Events = { new ActivityEvent { At = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), ProblemId = "integrity-sum", Language = "python",
                Edit = new EditEvent { Changes = { new TextChange { Offset = minus, Length = 1, Text = "+" } } } } },
        });
        var right = await SubmitAsync(candidate, PythonSum, SubmitMode.Submit);
        await candidate.RecordActivityAsync(new RecordActivityRequest
        {
            ClientNow = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            Events = { new ActivityEvent { At = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), ProblemId = "integrity-sum", Language = "python",
                Edit = new EditEvent { Changes = { new TextChange { Offset = 0, Length = 0, Text = "# later\n" } } } } },
        });
        await WaitFinishedAsync(candidate, right);

        var timeline = await _assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id });
        var report = await _assessments.GetSessionReportAsync(new GetSessionReportRequest { SessionId = session.Id });
        var signals = report.Problems.Single(p => p.ProblemId == "integrity-sum").Signals;
        var opened = timeline.Events[0].At.ToDateTimeOffset();
        var run = timeline.Submissions.Single(m => m.Mode == SubmitMode.Run);
        var submit = timeline.Submissions.Single(m => m.Mode == SubmitMode.Submit);
        string Replayed(SubmissionMarker m) =>
            ActivityReplay.At(timeline.Events, m.ProblemId, m.Language, m.At.ToDateTimeOffset().ToUnixTimeMilliseconds())!.Text;

        Assert.Multiple(() =>
        {
            Assert.That(timeline.Submissions.Select(m => m.SubmissionId), Is.EqualTo(new[] { wrong, right }));
            Assert.That(run.Source.ToStringUtf8(), Is.EqualTo(typed + pasted));
            Assert.That(submit.Source.ToStringUtf8(), Is.EqualTo(PythonSum));
            Assert.That(Encoding.UTF8.GetBytes(Replayed(run)), Is.EqualTo(run.Source.ToByteArray()), "playback at the RUN");
            Assert.That(Encoding.UTF8.GetBytes(Replayed(submit)), Is.EqualTo(submit.Source.ToByteArray()), "playback at the SUBMIT");
            Assert.That(submit.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(signals.PasteCount, Is.EqualTo(1));
            Assert.That(signals.LargestPaste, Is.EqualTo(pasted.Length));
            Assert.That(signals.PastedShare, Is.EqualTo((double)(pasted.Length - 1) / PythonSum.Length), "the paste less the '-' typed over");
            Assert.That(signals.FocusLosses, Is.EqualTo(1));
            Assert.That(signals.TimeAway.ToTimeSpan(), Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(signals.ToFirstEdit.ToTimeSpan(), Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(signals.ToFirstRun.ToTimeSpan(), Is.EqualTo(run.At.ToDateTimeOffset() - opened));
            Assert.That(signals.ToFirstSubmit.ToTimeSpan(), Is.EqualTo(submit.At.ToDateTimeOffset() - opened));
            Assert.That(signals.TypedChars, Is.EqualTo(typed.Length + 1 + "# later\n".Length));
            Assert.That(signals.TypingBursts, Is.GreaterThanOrEqualTo(2).And.LessThanOrEqualTo(3), "the first two edits are one burst; the later ones depend on when they came");
            Assert.That(signals.ClosestMatch, Is.Null, "similarity is not part of this");
        });
    }

    [Test]
    public async Task The_cli_lists_the_timeline_with_times_and_prints_a_reviewer_link()
    {
        var session = await SessionAsync();
        var candidate = Candidate(session.CandidateToken);
        await candidate.RecordActivityAsync(Batch(Snapshot(30, ""), Edit(29, 0, 0, "x = 1\n"), Paste(28, "print(x)\n"), Edit(28, 6, 0, "print(x)\n"), Focus(20, false), Focus(10, true)));
        var submitted = await SubmitAsync(candidate, "x = 1\nprint(x)\n", SubmitMode.Submit);
        var printed = new StringWriter();
        var cli = new Judge.Cli.Commands(_judge.WithKey(JudgeHarness.AssessorKey), printed);

        var timelineExit = await cli.RunAsync(["timeline", session.Id, "--utc"]);
        var linkExit = await cli.RunAsync(["review-link", session.Id, "--ttl", "2h"]);
        var badTtl = await cli.RunAsync(["review-link", session.Id, "--ttl", "soon"]);
        var lines = printed.ToString().Split('\n');

        Assert.Multiple(() =>
        {
            Assert.That((timelineExit, linkExit, badTtl), Is.EqualTo((0, 0, 2)));
            Assert.That(lines[0], Is.EqualTo($"session {session.Id}: 6 events, 1 run or submit"));
            Assert.That(lines[1..7].Select(l => l[33..].TrimEnd()), Is.EqualTo(new[]
            {
                " integrity-sum/python: text shown (0 characters)",
                " integrity-sum/python: edit +\"x = 1\\n\" at 0",
                " integrity-sum/python: PASTE of 9 characters: \"print(x)\\n\"",
                " integrity-sum/python: edit +\"print(x)\\n\" at 6",
                " LEFT the window (focus lost)",
                " back in the window",
            }));
            Assert.That(lines[1], Does.Match(@"^  \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \+00:00 "));
            Assert.That(lines[7], Does.Contain($"integrity-sum/python: SUBMIT {submitted}: ").And.EndWith(", 15 bytes"));
            Assert.That(lines, Has.Some.Match(@"/review\.html#r1\."));
            Assert.That(lines, Has.Some.StartWith("--ttl takes a duration"));
        });
    }

    private static async Task<string> SubmitAsync(CandidateClient candidate, string source, SubmitMode mode) =>
        (await candidate.SubmitAsync(SubmissionCalls.Request("integrity-sum", "python", source, mode))).SubmissionId;

    private static async Task WaitFinishedAsync(CandidateClient candidate, string submissionId)
    {
        using var call = candidate.WatchSubmission(new WatchSubmissionRequest { SubmissionId = submissionId }, deadline: DateTime.UtcNow + SubmissionCalls.JudgeTimeout);
        await foreach (var _ in call.ResponseStream.ReadAllAsync())
        {
        }
    }
}
