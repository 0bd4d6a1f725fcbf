namespace Judge.Worker.Checking;

/// <summary>
/// Lines as CHECKER_LINES sees them: split at '\n'; each line without its trailing spaces, tabs and CRs; trailing
/// blank lines dropped (so "a\r\n\n" is the one line "a", and an output of only blank lines has none).
/// </summary>
internal ref struct TextLines
{
    private readonly ReadOnlySpan<byte> _text;
    private int _position;

    /// <summary>The lines of <paramref name="text"/>; enumerate with <see cref="TryNext"/>.</summary>
    public TextLines(ReadOnlySpan<byte> text)
    {
        _text = TrimEnd(text, " \t\r\n"u8);
    }

    /// <summary>How many lines the text has.</summary>
    public readonly int Count => _text.IsEmpty ? 0 : _text.Count((byte)'\n') + 1;

    /// <summary>Where the line <see cref="TryNext"/> returned last starts in the text, in bytes.</summary>
    public int Start { get; private set; }

    /// <summary>The next line (trimmed), or false after the last.</summary>
    public bool TryNext(out ReadOnlySpan<byte> line)
    {
        if (_position > _text.Length || _text.IsEmpty)
        {
            line = default;
            return false;
        }
        var rest = _text[_position..];
        var end = rest.IndexOf((byte)'\n');
        if (end < 0)
        {
            end = rest.Length;
        }
        line = TrimEnd(rest[..end], " \t\r"u8);
        Start = _position;
        _position += end + 1;
        return true;
    }

    private static ReadOnlySpan<byte> TrimEnd(ReadOnlySpan<byte> text, ReadOnlySpan<byte> characters)
    {
        var last = text.LastIndexOfAnyExcept(characters);
        return text[..(last + 1)];
    }
}
