using System.Text;

namespace Judge.Worker.Sandbox;

/// <summary>
/// An interactive sample's exchange as the candidate reads it: a line per line sent, "> " and what the program sent,
/// "< " and what it received, in the order the lines ended; at most <paramref name="limitChars"/> characters, then
/// <see cref="Truncated"/>. Thread-safe: the two directions are recorded by two threads.
/// </summary>
internal sealed class Transcript(int limitChars)
{
    private static readonly string[] Prefixes = ["> ", "< "];

    private readonly Lock _lock = new();
    private readonly StringBuilder _text = new();
    private readonly List<byte>[] _unfinished = [[], []];

    /// <summary>The exchange was longer than the limit: the text stops there.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Bytes the program sent (<paramref name="fromProgram"/>) or received.</summary>
    public void Add(bool fromProgram, ReadOnlySpan<byte> bytes)
    {
        var direction = fromProgram ? 0 : 1;
        lock (_lock)
        {
            while (!Truncated && !bytes.IsEmpty)
            {
                var end = bytes.IndexOf((byte)'\n');
                var part = end < 0 ? bytes : bytes[..end];
                // A line longer than the whole transcript ends it anyway: only that much of it is kept.
                var room = Math.Max(0, limitChars + 1 - _unfinished[direction].Count);
                _unfinished[direction].AddRange(part[..Math.Min(room, part.Length)]);
                if (end < 0)
                {
                    return;
                }
                EndLine(direction);
                bytes = bytes[(end + 1)..];
            }
        }
    }

    /// <summary>The text, with the lines left unfinished at the end shown as they were.</summary>
    public string Text()
    {
        lock (_lock)
        {
            for (var direction = 0; direction < _unfinished.Length; direction++)
            {
                if (_unfinished[direction].Count > 0)
                {
                    EndLine(direction);
                }
            }
            return _text.ToString();
        }
    }

    private void EndLine(int direction)
    {
        var line = Prefixes[direction] + Encoding.UTF8.GetString(_unfinished[direction].ToArray()) + "\n";
        _unfinished[direction].Clear();
        if (Truncated || _text.Length + line.Length > limitChars)
        {
            Truncated = true;
            return;
        }
        _text.Append(line);
    }
}
