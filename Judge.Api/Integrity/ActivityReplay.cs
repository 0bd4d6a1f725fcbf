using Judge.Contracts.V1;

namespace Judge.Api.Integrity;

/// <summary>
/// Playback: the text of every editor (problem and language) rebuilt from recorded activity, oldest event first. A
/// snapshot sets an editor's whole text; an edit applies its changes in order (each offset into the text as the change
/// before it left it); a paste marks the characters inserted by the next edit of the same editor as pasted; nothing
/// else changes a text. The page's replay (ide/src/replay.ts) follows the same rules; both are tested to give a
/// submission's exact source at its time.
/// </summary>
public sealed class ActivityReplay
{
    private readonly Dictionary<(string Problem, string Language), EditorText> _editors = [];
    private readonly HashSet<(string Problem, string Language)> _pasteArmed = [];

    /// <summary>Editors seen so far, by problem and language id.</summary>
    public IReadOnlyDictionary<(string Problem, string Language), EditorText> Editors => _editors;

    /// <summary>
    /// Applies one event. Answers whether it was an edit that a paste made (its characters marked pasted); an edit out
    /// of range (never stored: the API checks ranges) leaves the text as it was.
    /// </summary>
    public bool Apply(ActivityEvent e)
    {
        var key = (e.ProblemId, e.Language);
        switch (e.KindCase)
        {
            case ActivityEvent.KindOneofCase.Snapshot:
                Editor(key).Reset(e.Snapshot);
                _pasteArmed.Remove(key);
                return false;
            case ActivityEvent.KindOneofCase.Paste:
                _pasteArmed.Add(key);
                return false;
            case ActivityEvent.KindOneofCase.Edit:
                var pasted = _pasteArmed.Remove(key);
                var editor = Editor(key);
                foreach (var change in e.Edit.Changes)
                {
                    editor.Apply(change, pasted);
                }
                return pasted;
            default:
                return false;
        }
    }

    /// <summary>The editor's text after every event at or before <paramref name="at"/> (ms since the epoch); null when nothing of that editor was recorded by then.</summary>
    public static EditorText? At(IEnumerable<ActivityEvent> events, string problemId, string language, long at)
    {
        var replay = new ActivityReplay();
        foreach (var e in events)
        {
            if (MillisecondsOf(e) > at)
            {
                break;
            }
            replay.Apply(e);
        }
        return replay.Editors.GetValueOrDefault((problemId, language));
    }

    /// <summary>An event's time, ms since the epoch (0 when unset).</summary>
    public static long MillisecondsOf(ActivityEvent e) => e.At is null ? 0 : e.At.ToDateTimeOffset().ToUnixTimeMilliseconds();

    private EditorText Editor((string, string) key)
    {
        if (!_editors.TryGetValue(key, out var editor))
        {
            editor = new EditorText();
            _editors[key] = editor;
        }
        return editor;
    }
}
