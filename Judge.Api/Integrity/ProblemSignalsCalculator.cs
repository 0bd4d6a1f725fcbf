using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;

namespace Judge.Api.Integrity;

/// <summary>
/// The signals of one problem (<see cref="ProblemSignals"/>) from a session's recorded activity (oldest first) and its
/// RUNs and SUBMITs; facts about how the code was written, never a judgement (docs/integrity.md, "Signals"). Pure.
/// </summary>
public static class ProblemSignalsCalculator
{
    /// <param name="problemId">The problem the signals are of.</param>
    /// <param name="events">Every event of the session, oldest first, with its server time.</param>
    /// <param name="markers">Every RUN and SUBMIT of the session.</param>
    /// <param name="lastDraftLanguage">The language of the problem's last draft, for the final code when there is no SUBMIT; null: none.</param>
    /// <param name="burstPause">A pause in typing longer than this ends a burst.</param>
    public static ProblemSignals Compute(string problemId, IReadOnlyList<ActivityEvent> events, IReadOnlyList<SubmissionMarker> markers,
        string? lastDraftLanguage, TimeSpan burstPause)
    {
        var signals = new ProblemSignals { TimeAway = Duration.FromTimeSpan(TimeSpan.Zero) };
        var replay = new ActivityReplay();
        long? opened = null, firstEdit = null, lastTyped = null, awaySince = null;
        string? openProblem = null, awayFrom = null;
        bool focused = true, visible = true;
        var pauseMs = (long)burstPause.TotalMilliseconds;
        foreach (var e in events)
        {
            var at = ActivityReplay.MillisecondsOf(e);
            // Only this problem's editors are replayed: another problem's edits change none of them (and replaying every
            // problem's once per problem would multiply the report's cost by the number of problems).
            var pasteEdit = e.ProblemId == problemId && replay.Apply(e);
            if (e.KindCase is ActivityEvent.KindOneofCase.Focus or ActivityEvent.KindOneofCase.Visible)
            {
                var wasAway = !focused || !visible;
                if (e.KindCase == ActivityEvent.KindOneofCase.Focus)
                {
                    focused = e.Focus;
                }
                else
                {
                    visible = e.Visible;
                }
                var away = !focused || !visible;
                if (!wasAway && away)
                {
                    awaySince = at;
                    awayFrom = openProblem;
                    if (awayFrom == problemId)
                    {
                        signals.FocusLosses++;
                    }
                }
                else if (wasAway && !away)
                {
                    if (awayFrom == problemId && awaySince is { } since)
                    {
                        signals.TimeAway = Duration.FromTimeSpan(signals.TimeAway.ToTimeSpan() + TimeSpan.FromMilliseconds(at - since));
                    }
                    awaySince = null;
                }
                continue;
            }
            if (e.ProblemId.Length > 0)
            {
                openProblem = e.ProblemId;
            }
            if (e.ProblemId != problemId)
            {
                continue;
            }
            opened ??= at;
            switch (e.KindCase)
            {
                case ActivityEvent.KindOneofCase.Paste:
                    signals.PasteCount++;
                    signals.LargestPaste = Math.Max(signals.LargestPaste, e.Paste.Length);
                    break;
                case ActivityEvent.KindOneofCase.Edit:
                    firstEdit ??= at;
                    if (!pasteEdit)
                    {
                        signals.TypedChars += (uint)e.Edit.Changes.Sum(c => c.Text.Length);
                        if (lastTyped is not { } previous || at - previous > pauseMs)
                        {
                            signals.TypingBursts++;
                        }
                        lastTyped = at;
                    }
                    break;
            }
        }
        if (opened is { } start)
        {
            var mine = markers.Where(m => m.ProblemId == problemId).ToList();
            signals.ToFirstEdit = Since(start, firstEdit);
            signals.ToFirstRun = Since(start, mine.Where(m => m.Mode == SubmitMode.Run).Select(Milliseconds).Cast<long?>().FirstOrDefault());
            signals.ToFirstSubmit = Since(start, mine.Where(m => m.Mode != SubmitMode.Run).Select(Milliseconds).Cast<long?>().FirstOrDefault());
        }
        signals.PastedShare = PastedShare(problemId, events, markers, lastDraftLanguage);
        return signals;
    }

    /// <summary>The share of the final code's characters (its last SUBMIT, else its last draft) that arrived by paste and survived; 0 without recorded text.</summary>
    private static double PastedShare(string problemId, IReadOnlyList<ActivityEvent> events, IReadOnlyList<SubmissionMarker> markers, string? lastDraftLanguage)
    {
        var lastSubmit = markers.Where(m => m.ProblemId == problemId && m.Mode != SubmitMode.Run).MaxBy(Milliseconds);
        var mine = events.Where(e => e.ProblemId == problemId);
        var text = lastSubmit is not null
            ? ActivityReplay.At(mine, problemId, lastSubmit.Language, Milliseconds(lastSubmit))
            : lastDraftLanguage is null ? null : ActivityReplay.At(mine, problemId, lastDraftLanguage, long.MaxValue);
        return text is null || text.Length == 0 ? 0 : (double)text.PastedChars / text.Length;
    }

    private static long Milliseconds(SubmissionMarker m) => m.At.ToDateTimeOffset().ToUnixTimeMilliseconds();

    private static Duration? Since(long start, long? at) => at is { } end ? Duration.FromTimeSpan(TimeSpan.FromMilliseconds(Math.Max(0, end - start))) : null;
}
