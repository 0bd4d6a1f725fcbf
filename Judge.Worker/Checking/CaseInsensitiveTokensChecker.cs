namespace Judge.Worker.Checking;

/// <summary>
/// Whitespace-separated tokens, ASCII letters compared without case ("YES" passes for "yes"); every other byte
/// must be equal (CHECKER_TOKENS_CASE_INSENSITIVE).
/// </summary>
public sealed class CaseInsensitiveTokensChecker : TextChecker
{
    public override CheckResult Compare(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual) =>
        TokenComparison.Compare(expected, actual, new IgnoringAsciiCase());

    private readonly struct IgnoringAsciiCase : ITokenRule
    {
        public bool Matches(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
        {
            if (expected.Length != actual.Length)
            {
                return false;
            }
            for (var i = 0; i < expected.Length; i++)
            {
                if (Lower(expected[i]) != Lower(actual[i]))
                {
                    return false;
                }
            }
            return true;
        }

        public string Why(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual) => "";

        private static int Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? b | 0x20 : b;
    }
}
