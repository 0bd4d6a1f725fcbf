using System.Buffers;

namespace Judge.Worker.Checking;

/// <summary>
/// Whitespace-separated tokens must be equal byte for byte; how much whitespace, and which kind, does not matter.
/// Identical outputs are accepted without tokenising; the scans are vectorised (SearchValues), since outputs reach tens of MiB.
/// </summary>
public sealed class TokenChecker : IOutputChecker
{
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \n\r\t\v\f"u8);

    public bool Accepts(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return true;
        }
        int e = 0, a = 0;
        while (true)
        {
            e = SkipWhitespace(expected, e);
            a = SkipWhitespace(actual, a);
            if (e == expected.Length || a == actual.Length)
            {
                return e == expected.Length && a == actual.Length;
            }
            var expectedEnd = TokenEnd(expected, e);
            var actualEnd = TokenEnd(actual, a);
            if (!expected[e..expectedEnd].SequenceEqual(actual[a..actualEnd]))
            {
                return false;
            }
            e = expectedEnd;
            a = actualEnd;
        }
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> text, int position)
    {
        var offset = text[position..].IndexOfAnyExcept(Whitespace);
        return offset < 0 ? text.Length : position + offset;
    }

    private static int TokenEnd(ReadOnlySpan<byte> text, int position)
    {
        var offset = text[position..].IndexOfAny(Whitespace);
        return offset < 0 ? text.Length : position + offset;
    }
}
