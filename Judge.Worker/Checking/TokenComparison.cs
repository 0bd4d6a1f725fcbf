using System.Buffers;

namespace Judge.Worker.Checking;

/// <summary>How two whitespace-separated tokens are compared; a struct, so the token walk is specialised per rule.</summary>
internal interface ITokenRule
{
    /// <summary>Whether <paramref name="actual"/> passes for <paramref name="expected"/>.</summary>
    bool Matches(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual);

    /// <summary>Why they do not match, for the message (may be empty).</summary>
    string Why(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual);
}

/// <summary>
/// Walks the whitespace-separated tokens of two outputs in step and compares each pair by a rule; how much
/// whitespace, and which kind, does not matter. Identical outputs are accepted without tokenising; the scans are
/// vectorised (SearchValues), since outputs reach tens of MiB.
/// </summary>
internal static class TokenComparison
{
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \n\r\t\v\f"u8);

    public static CheckResult Compare<TRule>(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, TRule rule) where TRule : struct, ITokenRule
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
            if (!rule.Matches(expected[e..expectedEnd], actual[a..actualEnd]))
            {
                var why = rule.Why(expected[e..expectedEnd], actual[a..actualEnd]);
                return CheckResult.Wrong($"token {token} differs: expected '{Shown(expected[e..expectedEnd])}', got '{Shown(actual[a..actualEnd])}'" +
                    (why.Length > 0 ? $" ({why})" : ""));
            }
            e = expectedEnd;
            a = actualEnd;
        }
    }

    /// <summary>A token or line for a message: at most 40 bytes, decoded leniently.</summary>
    public static string Shown(ReadOnlySpan<byte> text) =>
        System.Text.Encoding.UTF8.GetString(text[..Math.Min(text.Length, 40)]) + (text.Length > 40 ? "..." : "");

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
