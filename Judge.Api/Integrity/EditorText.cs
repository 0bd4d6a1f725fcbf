using System.Text;
using Judge.Contracts.V1;

namespace Judge.Api.Integrity;

/// <summary>
/// One editor's text as playback rebuilds it, with the origin of every character (UTF-16 code unit): pasted, or not
/// (typed, or part of a snapshot). Not thread-safe; one per replay.
/// </summary>
public sealed class EditorText
{
    private readonly StringBuilder _text = new();
    private readonly List<bool> _pasted = [];

    /// <summary>The text now.</summary>
    public string Text => _text.ToString();

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => _text.Length;

    /// <summary>Characters of the text now that arrived by paste and were not typed over.</summary>
    public int PastedChars => _pasted.Count(p => p);

    /// <summary>Replaces the whole text (a snapshot): none of it counts as pasted.</summary>
    public void Reset(string text)
    {
        _text.Clear().Append(text);
        _pasted.Clear();
        _pasted.AddRange(Enumerable.Repeat(false, text.Length));
    }

    /// <summary>
    /// Replaces [offset, offset + length) by the change's text, marking the inserted characters pasted or not; false
    /// (and nothing changed) when the range is outside the text.
    /// </summary>
    public bool Apply(TextChange change, bool pasted)
    {
        if ((long)change.Offset + change.Length > _text.Length)
        {
            return false;
        }
        var offset = (int)change.Offset;
        _text.Remove(offset, (int)change.Length).Insert(offset, change.Text);
        _pasted.RemoveRange(offset, (int)change.Length);
        _pasted.InsertRange(offset, Enumerable.Repeat(pasted, change.Text.Length));
        return true;
    }
}
