namespace Judge.Worker.Checking;

/// <summary>Whitespace-separated tokens must be equal byte for byte; how much whitespace, and which kind, does not matter.</summary>
public sealed class TokenChecker : IOutputChecker
{
    public bool Accepts(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
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

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\v' or (byte)'\f';

    private static int SkipWhitespace(ReadOnlySpan<byte> text, int position)
    {
        while (position < text.Length && IsWhitespace(text[position]))
        {
            position++;
        }
        return position;
    }

    private static int TokenEnd(ReadOnlySpan<byte> text, int position)
    {
        while (position < text.Length && !IsWhitespace(text[position]))
        {
            position++;
        }
        return position;
    }
}
