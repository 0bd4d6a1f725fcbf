namespace Judge.Worker.Checking;

/// <summary>
/// Whitespace-separated tokens must be equal byte for byte; how much whitespace, and which kind, does not matter
/// (CHECKER_TOKENS, the default). Identical outputs are accepted without tokenising.
/// </summary>
public sealed class TokenChecker : TextChecker
{
    public override CheckResult Compare(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual) =>
        TokenComparison.Compare(expected, actual, new SameBytes());

    private readonly struct SameBytes : ITokenRule
    {
        public bool Matches(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual) => expected.SequenceEqual(actual);

        public string Why(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual) => "";
    }
}
