using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;

namespace Judge.Api.Integrity;

/// <summary>
/// Checks a Candidate.RecordActivity batch against the session and the editors' texts as the stored activity left them,
/// and puts each event on the server's clock: <c>at</c> + (server now - client_now), never after now nor before
/// <c>notBefore</c> (the session's start). An editor's text never grows past <see cref="ActivityLimits.MaxTextChars"/>,
/// so that replaying a change costs at most that much, and an edit counts once per change toward the session's cap.
/// </summary>
public static class ActivityValidator
{
    /// <summary>The events to store, in order, and each editor's text length after them ("{problem}/{language}").</summary>
    public sealed record Batch(IReadOnlyList<SessionActivityStore.NewEvent> Events, IReadOnlyDictionary<string, int> EditorLengths);

    /// <param name="request">The batch as the IDE sent it.</param>
    /// <param name="problems">The session's problem ids.</param>
    /// <param name="languages">The session's language ids.</param>
    /// <param name="lengths">Each editor's text length before this batch (from <see cref="SessionActivityStore.EditorLengthsAsync"/>).</param>
    /// <param name="limits">Text limits of one event.</param>
    /// <param name="now">The server's clock.</param>
    /// <param name="notBefore">No event is placed before this (the session's start); null: the epoch.</param>
    /// <exception cref="Grpc.Core.RpcException">
    /// INVALID_ARGUMENT naming the event and field: client_now or an event's at missing, no kind, a problem or language not
    /// in the session, an edit of an editor with no snapshot yet, a change outside the text, a text over its limit, a
    /// paste's length shorter than its text, an editor's text growing past its limit, a time outside 0001-9999.
    /// </exception>
    public static Batch Validate(RecordActivityRequest request, IReadOnlyCollection<string> problems, IReadOnlyCollection<string> languages,
        IReadOnlyDictionary<string, int> lengths, ActivityLimits limits, DateTimeOffset now, DateTimeOffset? notBefore = null)
    {
        if (request.ClientNow is null)
        {
            throw Invalid.Argument("client_now is required: the IDE's clock when it sent the batch");
        }
        // In milliseconds as longs: any valid pair of times, however far apart, neither overflows nor throws.
        var nowMs = now.ToUnixTimeMilliseconds();
        // The session's start rounded up to a whole millisecond, as times are stored, so that no event reads as before it.
        var floorMs = notBefore is { } start
            ? Math.Min(start.ToUnixTimeMilliseconds() + (start.UtcTicks % TimeSpan.TicksPerMillisecond == 0 ? 0 : 1), nowMs)
            : 0;
        var offsetMs = nowMs - Milliseconds(request.ClientNow, "client_now");
        var after = new Dictionary<string, int>(StringComparer.Ordinal);
        var events = new List<SessionActivityStore.NewEvent>(request.Events.Count);
        for (var i = 0; i < request.Events.Count; i++)
        {
            var e = request.Events[i];
            var at = $"events[{i}]";
            if (e.At is null)
            {
                throw Invalid.Argument($"{at}.at is required");
            }
            var editorEvent = e.KindCase is not (ActivityEvent.KindOneofCase.Focus or ActivityEvent.KindOneofCase.Visible);
            if (e.KindCase == ActivityEvent.KindOneofCase.None)
            {
                throw Invalid.Argument($"{at}: no kind is set (snapshot, edit, paste, copy, cut, focus, visible or switched)");
            }
            if (editorEvent || e.ProblemId.Length > 0)
            {
                if (!problems.Contains(e.ProblemId))
                {
                    throw Invalid.Argument($"{at}.problem_id: '{e.ProblemId}' is not a problem of this assessment");
                }
            }
            if (editorEvent || e.Language.Length > 0)
            {
                if (!languages.Contains(e.Language))
                {
                    throw Invalid.Argument($"{at}.language: '{e.Language}' is not allowed in this assessment");
                }
            }
            var field = SessionActivityStore.EditorField(e.ProblemId, e.Language);
            var stored = e.Clone();
            switch (e.KindCase)
            {
                case ActivityEvent.KindOneofCase.Snapshot:
                    TextLimit($"{at}.snapshot", e.Snapshot, limits.MaxTextChars);
                    after[field] = e.Snapshot.Length;
                    break;
                case ActivityEvent.KindOneofCase.Edit:
                    if (!after.TryGetValue(field, out var length) && !lengths.TryGetValue(field, out length))
                    {
                        throw Invalid.Argument($"{at}.edit: no snapshot of problem '{e.ProblemId}' in '{e.Language}' was recorded before it");
                    }
                    if (e.Edit.Changes.Count == 0)
                    {
                        throw Invalid.Argument($"{at}.edit.changes: at least one change is required");
                    }
                    for (var c = 0; c < e.Edit.Changes.Count; c++)
                    {
                        var change = e.Edit.Changes[c];
                        if ((long)change.Offset + change.Length > length)
                        {
                            throw Invalid.Argument($"{at}.edit.changes[{c}]: offset {change.Offset} + length {change.Length} is outside the text of {length} characters");
                        }
                        TextLimit($"{at}.edit.changes[{c}].text", change.Text, limits.MaxTextChars);
                        length = length - (int)change.Length + change.Text.Length;
                        if (length > limits.MaxTextChars)
                        {
                            throw Invalid.Argument($"{at}.edit.changes[{c}]: the text would grow to {length} characters; at most {limits.MaxTextChars}: record a snapshot once it fits again");
                        }
                    }
                    after[field] = length;
                    break;
                case ActivityEvent.KindOneofCase.Paste:
                    if (e.Paste.Text.Length > limits.MaxPasteChars)
                    {
                        throw Invalid.Argument($"{at}.paste.text: {e.Paste.Text.Length} characters; at most {limits.MaxPasteChars} (Assessments:MaxPasteChars): send the first ones and the full length");
                    }
                    if (e.Paste.Length < e.Paste.Text.Length)
                    {
                        throw Invalid.Argument($"{at}.paste.length: {e.Paste.Length} is less than the {e.Paste.Text.Length} characters of its text");
                    }
                    break;
                case ActivityEvent.KindOneofCase.Copy:
                    stored.Copy.Text = ""; // what was copied is the candidate's own code: only its length is kept
                    break;
                case ActivityEvent.KindOneofCase.Cut:
                    stored.Cut.Text = "";
                    break;
            }
            var serverAtMs = Milliseconds(e.At, $"{at}.at") + offsetMs;
            var units = e.KindCase == ActivityEvent.KindOneofCase.Edit ? e.Edit.Changes.Count : 1;
            events.Add(new SessionActivityStore.NewEvent(Math.Clamp(serverAtMs, floorMs, nowMs), stored, units));
        }
        return new Batch(events, after);
    }

    /// <summary>A timestamp in ms since the epoch; INVALID_ARGUMENT naming the field when it is not a valid time (0001-9999).</summary>
    private static long Milliseconds(Google.Protobuf.WellKnownTypes.Timestamp time, string field)
    {
        const long MinSeconds = -62_135_596_800, MaxSeconds = 253_402_300_799;
        if (time.Seconds is < MinSeconds or > MaxSeconds || time.Nanos is < 0 or >= 1_000_000_000)
        {
            throw Invalid.Argument($"{field}: not a valid time (seconds {time.Seconds}, nanos {time.Nanos})");
        }
        return time.Seconds * 1000 + time.Nanos / 1_000_000;
    }

    private static void TextLimit(string field, string text, int most)
    {
        if (text.Length > most)
        {
            throw Invalid.Argument($"{field}: {text.Length} characters; at most {most}");
        }
    }
}
