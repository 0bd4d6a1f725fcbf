using System.Buffers;

namespace Judge.Worker.Checking;

/// <summary>
/// Whitespace-separated tokens must be equal byte for byte; how much whitespace, and which kind, does not matter.
/// Identical outputs are accepted without tokenising; the scans are vectorised (SearchValues), since outputs reach tens of MiB.
/// </summary>
public sealed class TokenChecker : TextChecker
{
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \n\r\t\v\f"u8);

    public override CheckResult Compare(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return CheckResult.Accepted();
        }
        int e = 0, a = 0;
        for (var token = 1; ; token++)
        {
            e = SkipWhitespace(expected, e);
            a = SkipWhitespace(actual, a);
            if (e == expected.Length || a == actual.Length)
            {
                return e == expected.Length && a == actual.Length
                    ? CheckResult.Accepted()
                    : CheckResult.Wrong(e == expected.Length ? $"extra output from token {token} on" : $"output ends before token {token}");
            }
            var expectedEnd = TokenEnd(expected, e);
            var actualEnd = TokenEnd(actual, a);
            if (!expected[e..expectedEnd].SequenceEqual(actual[a..actualEnd]))
            {
                return CheckResult.Wrong($"token {token} differs: expected '{Shown(expected[e..expectedEnd])}', got '{Shown(actual[a..actualEnd])}'");
            }
            e = expectedEnd;
            a = actualEnd;
        }
    }

    /// <summary>A token for a message: at most 40 bytes, decoded leniently.</summary>
    internal static string Shown(ReadOnlySpan<byte> token) =>
        System.Text.Encoding.UTF8.GetString(token[..Math.Min(token.Length, 40)]) + (token.Length > 40 ? "..." : "");

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
