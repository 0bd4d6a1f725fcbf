using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using System.ComponentModel.DataAnnotations;
using Judge.Api.Integrity;
using Judge.Api.Sessions;
using Judge.Contracts.V1;

namespace Judge.UnitTests;

/// <summary>
/// Playback (<see cref="ActivityReplay"/>), the report's signals (<see cref="ProblemSignalsCalculator"/>) and the checks
/// of a recorded batch (<see cref="ActivityValidator"/>), on hand-made events with times on a logical clock.
/// </summary>
public class IntegrityTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static Timestamp At(double seconds) => Timestamp.FromDateTimeOffset(T0.AddSeconds(seconds));

    private static ActivityEvent Snapshot(double s, string text, string problem = "p1", string language = "python") =>
        new() { At = At(s), ProblemId = problem, Language = language, Snapshot = text };

    private static ActivityEvent Edit(double s, params (uint Offset, uint Length, string Text)[] changes) => EditOf("p1", "python", s, changes);

    private static ActivityEvent EditOf(string problem, string language, double s, params (uint Offset, uint Length, string Text)[] changes) =>
        new()
        {
            At = At(s), ProblemId = problem, Language = language,
            Edit = new EditEvent { Changes = { changes.Select(c => new TextChange { Offset = c.Offset, Length = c.Length, Text = c.Text }) } },
        };

    private static ActivityEvent Paste(double s, string text, string problem = "p1", uint? length = null) =>
        new() { At = At(s), ProblemId = problem, Language = "python", Paste = new ClipboardEvent { Length = length ?? (uint)text.Length, Text = text } };

    private static ActivityEvent Focus(double s, bool focused) => new() { At = At(s), Focus = focused };

    private static ActivityEvent Visible(double s, bool visible) => new() { At = At(s), Visible = visible };

    private static ActivityEvent Switched(double s, string problem) => new() { At = At(s), ProblemId = problem, Language = "python", Switched = true };

    private static SubmissionMarker Marker(double s, SubmitMode mode, string problem = "p1") =>
        new() { At = At(s), ProblemId = problem, Language = "python", Mode = mode };

    [Test]
    public void Playback_applies_each_change_of_an_edit_in_order_and_a_snapshot_starts_afresh()
    {
        ActivityEvent[] events =
        [
            Snapshot(0, "hello world"),
            // Monaco's order for two cursors: the later range first, so the earlier offset still holds.
            Edit(1, (6, 5, "there"), (0, 5, "HELLO")),
            Edit(2, (11, 0, "\n"), (5, 1, "")),
            Snapshot(3, "x = 1", "p1", "cpp"),
            Edit(4, (0, 0, "// ")) is var e ? Retarget(e, "cpp") : null!,
        ];

        Assert.Multiple(() =>
        {
            Assert.That(ActivityReplay.At(events, "p1", "python", Ms(1))!.Text, Is.EqualTo("HELLO there"));
            Assert.That(ActivityReplay.At(events, "p1", "python", Ms(2))!.Text, Is.EqualTo("HELLOthere\n"));
            Assert.That(ActivityReplay.At(events, "p1", "python", Ms(0.5))!.Text, Is.EqualTo("hello world"));
            Assert.That(ActivityReplay.At(events, "p1", "cpp", Ms(2.9)), Is.Null, "nothing of the cpp editor before its snapshot");
            Assert.That(ActivityReplay.At(events, "p1", "cpp", Ms(4))!.Text, Is.EqualTo("// x = 1"));
        });
    }

    [Test]
    public void A_change_outside_the_text_changes_nothing_and_utf16_units_are_counted_as_the_editor_counts_them()
    {
        var text = new EditorText();
        text.Reset("a😀b"); // the emoji is two UTF-16 code units

        Assert.Multiple(() =>
        {
            Assert.That(text.Apply(new TextChange { Offset = 3, Length = 1, Text = "B" }, pasted: false), Is.True);
            Assert.That(text.Text, Is.EqualTo("a😀B"));
            Assert.That(text.Apply(new TextChange { Offset = 4, Length = 1, Text = "x" }, pasted: false), Is.False);
            Assert.That(text.Text, Is.EqualTo("a😀B"));
        });
    }

    [Test]
    public void Pasted_characters_are_tracked_through_later_edits()
    {
        var replay = new ActivityReplay();
        replay.Apply(Snapshot(0, "ab"));
        replay.Apply(Paste(1, "XYZ"));
        var pasteEdit = replay.Apply(Edit(1, (1, 0, "XYZ")));  // aXYZb
        var typedEdit = replay.Apply(Edit(2, (2, 1, "qq")));   // aXqqZb: Y typed over
        var text = replay.Editors[("p1", "python")];

        Assert.Multiple(() =>
        {
            Assert.That(pasteEdit, Is.True);
            Assert.That(typedEdit, Is.False);
            Assert.That(text.Text, Is.EqualTo("aXqqZb"));
            Assert.That(text.PastedChars, Is.EqualTo(2), "X and Z survive of the paste");
        });
    }

    [Test]
    public void Signals_count_pastes_focus_losses_time_away_first_times_bursts_and_typed_characters()
    {
        ActivityEvent[] events =
        [
            Switched(0, "p1"),
            Snapshot(0, ""),
            Edit(1, (0, 0, "ab")),
            Edit(2, (2, 0, "c")),             // the same burst: 1 s after the last edit
            Focus(3, false),                  // away from p1 ...
            Focus(13, true),                  // ... 10 s
            Paste(14, "XYZWV"),
            Edit(14, (3, 0, "XYZWV")),        // abcXYZWV, the paste's edit: not typed
            Edit(30, (3, 2, "q")),            // abcqZWV: a new burst (16 s > 5 s)
            Visible(31, false),               // away again ...
            Focus(32, false),                 // ... still away: no second loss
            Visible(36, true),
            Focus(37, true),                  // ... 6 s
            Switched(50, "p2"),
            Snapshot(50, "", "p2"),
            Focus(51, false),                 // a loss while p2 is open
            Focus(52, true),
            Paste(53, new string('x', 10), "p2", length: 70_000),
        ];
        SubmissionMarker[] markers = [Marker(20, SubmitMode.Run), Marker(40, SubmitMode.Submit), Marker(45, SubmitMode.Run)];

        var p1 = ProblemSignalsCalculator.Compute("p1", events, markers, lastDraftLanguage: null, TimeSpan.FromSeconds(5));
        var p2 = ProblemSignalsCalculator.Compute("p2", events, markers, lastDraftLanguage: null, TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(p1.PasteCount, Is.EqualTo(1));
            Assert.That(p1.LargestPaste, Is.EqualTo(5));
            Assert.That(p1.PastedShare, Is.EqualTo(3.0 / 7), "ZWV of abcqZWV at the SUBMIT");
            Assert.That(p1.FocusLosses, Is.EqualTo(2));
            Assert.That(p1.TimeAway.ToTimeSpan(), Is.EqualTo(TimeSpan.FromSeconds(16)));
            Assert.That(p1.ToFirstEdit.ToTimeSpan(), Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(p1.ToFirstRun.ToTimeSpan(), Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(p1.ToFirstSubmit.ToTimeSpan(), Is.EqualTo(TimeSpan.FromSeconds(40)));
            Assert.That(p1.TypingBursts, Is.EqualTo(2));
            Assert.That(p1.TypedChars, Is.EqualTo(4), "ab, c, q");
            Assert.That(p2.FocusLosses, Is.EqualTo(1));
            Assert.That(p2.TimeAway.ToTimeSpan(), Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(p2.PasteCount, Is.EqualTo(1));
            Assert.That(p2.LargestPaste, Is.EqualTo(70_000), "the paste's full length, not its kept text");
            Assert.That(p2.ToFirstEdit, Is.Null, "never edited");
            Assert.That(p2.ToFirstSubmit, Is.Null);
            Assert.That(p2.PastedShare, Is.Zero, "no SUBMIT and no draft");
        });
    }

    [Test]
    public void Without_a_submit_the_pasted_share_is_of_the_last_drafts_language_at_the_end()
    {
        ActivityEvent[] events = [Snapshot(0, "ab"), Paste(1, "cd"), Edit(1, (2, 0, "cd"))];

        var signals = ProblemSignalsCalculator.Compute("p1", events, [], "python", TimeSpan.FromSeconds(5));

        Assert.That(signals.PastedShare, Is.EqualTo(0.5));
    }

    [Test]
    public void A_batch_is_put_on_the_servers_clock_and_never_after_now()
    {
        var now = T0.AddMinutes(10);
        var request = new RecordActivityRequest
        {
            ClientNow = Timestamp.FromDateTimeOffset(now.AddMinutes(-1)), // the candidate's clock is a minute slow
            Events = { Snapshot(530, "x"), Edit(535, (1, 0, "y")), Focus(560, false) }, // the last one 20 s after client_now
        };

        var batch = ActivityValidator.Validate(request, ["p1"], ["python"], new Dictionary<string, int>(), new ActivityLimits(10, 100), now);

        Assert.Multiple(() =>
        {
            Assert.That(batch.Events.Select(e => e.AtMs), Is.EqualTo(new[] { Ms(590), Ms(595), Ms(600) }));
            Assert.That(batch.EditorLengths, Is.EqualTo(new Dictionary<string, int> { ["p1/python"] = 2 }));
        });
    }

    [Test]
    public void An_event_dated_before_the_candidate_could_edit_is_put_at_that_moment()
    {
        var now = T0.AddMinutes(10);
        var opened = now.AddSeconds(-30);
        var request = new RecordActivityRequest
        {
            ClientNow = Timestamp.FromDateTimeOffset(now),
            Events = { Snapshot(480, "x"), Focus(590, false) }, // 120 s and 10 s before now
        };

        var batch = ActivityValidator.Validate(request, ["p1"], ["python"], new Dictionary<string, int>(), new ActivityLimits(10, 100), now, opened);

        Assert.That(batch.Events.Select(e => e.AtMs), Is.EqualTo(new[] { Ms(570), Ms(590) }));
    }

    private static IEnumerable<TestCaseData> BadBatches()
    {
        yield return new TestCaseData(new ActivityEvent { At = At(1), Focus = true, ProblemId = "p9" }, "events[1].problem_id: 'p9' is not a problem of this assessment");
        yield return new TestCaseData(new ActivityEvent { At = At(1), ProblemId = "p1", Language = "cobol", Snapshot = "" }, "events[1].language: 'cobol' is not allowed in this assessment");
        yield return new TestCaseData(new ActivityEvent { ProblemId = "p1", Language = "python", Snapshot = "" }, "events[1].at is required");
        yield return new TestCaseData(new ActivityEvent { At = At(1), ProblemId = "p1", Language = "python" }, "events[1]: no kind is set (snapshot, edit, paste, copy, cut, focus, visible or switched)");
        yield return new TestCaseData(Edit(1, (3, 0, "x")), "events[1].edit.changes[0]: offset 3 + length 0 is outside the text of 2 characters");
        yield return new TestCaseData(Edit(1, (0, 0, "x"), (3, 1, "")), "events[1].edit.changes[1]: offset 3 + length 1 is outside the text of 3 characters");
        yield return new TestCaseData(EditOf("p1", "cpp", 1, (0, 0, "x")), "events[1].edit: no snapshot of problem 'p1' in 'cpp' was recorded before it");
        yield return new TestCaseData(Paste(1, "0123456789A"), "events[1].paste.text: 11 characters; at most 10 (Assessments:MaxPasteChars): send the first ones and the full length");
        yield return new TestCaseData(Paste(1, "abc", length: 2), "events[1].paste.length: 2 is less than the 3 characters of its text");
        yield return new TestCaseData(Snapshot(1, new string('x', 101)), "events[1].snapshot: 101 characters; at most 100");
    }

    [TestCaseSource(nameof(BadBatches))]
    public void A_bad_event_is_refused_naming_its_index_and_field(ActivityEvent bad, string message)
    {
        var request = new RecordActivityRequest { ClientNow = At(5), Events = { Snapshot(0, "ab"), bad } };

        var refused = Assert.Throws<RpcException>(() =>
            ActivityValidator.Validate(request, ["p1"], ["python", "cpp"], new Dictionary<string, int>(), new ActivityLimits(10, 100), T0));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(refused.Status.Detail, Is.EqualTo(message));
        });
    }

    [Test]
    public void An_edit_may_not_grow_an_editors_text_past_the_limit_and_counts_once_per_change()
    {
        // Each change's text is under the limit, but together they would make a text of any length: replaying a change
        // costs up to the text's length, so a report over millions of cheap changes to a huge text would never end.
        var grows = new RecordActivityRequest { ClientNow = At(5), Events = { Snapshot(0, new string('x', 95)), Edit(1, (95, 0, "abc"), (0, 0, "xyz")) } };
        var fits = new RecordActivityRequest { ClientNow = At(5), Events = { Snapshot(0, new string('x', 95)), Edit(1, (95, 0, "abc"), (0, 0, "x"), (0, 1, "")), Focus(2, false) } };

        var refused = Assert.Throws<RpcException>(() =>
            ActivityValidator.Validate(grows, ["p1"], ["python"], new Dictionary<string, int>(), new ActivityLimits(10, 100), T0));
        var batch = ActivityValidator.Validate(fits, ["p1"], ["python"], new Dictionary<string, int>(), new ActivityLimits(10, 100), T0);

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(refused.Status.Detail, Does.StartWith("events[1].edit.changes[1]: the text would grow to 101 characters; at most 100"));
            Assert.That(batch.Events.Select(e => e.Units), Is.EqualTo(new[] { 1, 3, 1 }), "an edit counts toward the session's cap once per change");
            Assert.That(batch.EditorLengths["p1/python"], Is.EqualTo(98));
        });
    }

    [Test]
    public void Times_far_off_or_out_of_range_never_throw_and_no_event_goes_before_the_session()
    {
        var now = T0.AddMinutes(10);
        var start = T0.AddMinutes(5);
        RecordActivityRequest Request(Timestamp clientNow, Timestamp at) =>
            new() { ClientNow = clientNow, Events = { new ActivityEvent { At = at, Focus = false } } };
        long StoredAt(RecordActivityRequest request) =>
            ActivityValidator.Validate(request, ["p1"], ["python"], new Dictionary<string, int>(), new ActivityLimits(10, 100), now, start).Events.Single().AtMs;
        RpcException Refused(RecordActivityRequest request) =>
            Assert.Throws<RpcException>(() => StoredAt(request))!;

        var year1 = Timestamp.FromDateTimeOffset(DateTimeOffset.MinValue);
        var year9999 = Timestamp.FromDateTimeOffset(DateTimeOffset.MaxValue);
        var epoch = new Timestamp { Seconds = 0, Nanos = 1_000_000 };

        Assert.Multiple(() =>
        {
            Assert.That(StoredAt(Request(year1, year9999)), Is.EqualTo(now.ToUnixTimeMilliseconds()), "a clock 9998 years off: never after now");
            Assert.That(StoredAt(Request(year9999, year1)), Is.EqualTo(start.ToUnixTimeMilliseconds()), "nor before the session's start");
            Assert.That(StoredAt(Request(Timestamp.FromDateTimeOffset(now), epoch)), Is.EqualTo(start.ToUnixTimeMilliseconds()),
                "an event dated 1970 would stretch the replay's slider over 56 years");
            Assert.That(Refused(Request(Timestamp.FromDateTimeOffset(now), new Timestamp { Seconds = long.MaxValue / 2 })).Status.Detail,
                Does.StartWith("events[0].at: not a valid time"));
            Assert.That(Refused(Request(new Timestamp { Seconds = 0, Nanos = -5 }, epoch)).Status.Detail, Does.StartWith("client_now: not a valid time"));
        });
    }

    [Test]
    public void A_timeline_page_stops_at_its_byte_budget_but_always_carries_one_event()
    {
        var big = new List<Google.Protobuf.IMessage> { Snapshot(0, new string('x', 600)), Snapshot(1, new string('y', 600)), Focus(2, false) };

        Assert.Multiple(() =>
        {
            Assert.That(TimelinePages.Fitting(big, 1000), Is.EqualTo(1));
            Assert.That(TimelinePages.Fitting(big, 100), Is.EqualTo(1), "one event even when it alone is over");
            Assert.That(TimelinePages.Fitting(big, 10_000), Is.EqualTo(3));
        });
    }

    [Test]
    public void Copied_and_cut_text_is_not_kept_only_its_length()
    {
        var request = new RecordActivityRequest
        {
            ClientNow = At(5),
            Events = { new ActivityEvent { At = At(1), ProblemId = "p1", Language = "python", Copy = new ClipboardEvent { Length = 3, Text = "abc" } } },
        };

        var stored = ActivityValidator.Validate(request, ["p1"], ["python"], new Dictionary<string, int>(), new ActivityLimits(10, 100), T0).Events.Single().Event;

        Assert.That((stored.Copy.Length, stored.Copy.Text), Is.EqualTo((3u, "")));
    }

    [Test]
    public void The_activity_options_are_checked_at_start()
    {
        static IEnumerable<string> Errors(AssessmentOptions options)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
            return results.Select(r => r.ErrorMessage ?? "");
        }
        const string key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

        Assert.Multiple(() =>
        {
            Assert.That(Errors(new AssessmentOptions { SigningKey = key }), Is.Empty, "the defaults");
            Assert.That(Errors(new AssessmentOptions { SigningKey = key, MaxActivityBatch = 600, MaxActivityEvents = 500 }),
                Has.Some.EqualTo("Assessments:MaxActivityBatch (600) must not exceed Assessments:MaxActivityEvents (500)"));
            Assert.That(Errors(new AssessmentOptions { SigningKey = key, MaxActivityBatch = 0 }), Has.Some.Contains("MaxActivityBatch"));
            Assert.That(Errors(new AssessmentOptions { SigningKey = key, BurstPause = TimeSpan.Zero }), Has.Some.Contains("BurstPause"));
            Assert.That(Errors(new AssessmentOptions { SigningKey = key, MaxActivityBytes = 10 }), Has.Some.Contains("MaxActivityBytes"));
        });
    }

    private static long Ms(double seconds) => T0.AddSeconds(seconds).ToUnixTimeMilliseconds();

    private static ActivityEvent Retarget(ActivityEvent e, string language)
    {
        e.Language = language;
        return e;
    }
}
