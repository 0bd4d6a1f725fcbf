namespace Judge.Worker.Checking;

/// <summary>Output must be byte-for-byte the expected output.</summary>
public sealed class ExactChecker : TextChecker
{
    public override CheckResult Compare(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return CheckResult.Accepted();
        }
        var at = expected.CommonPrefixLength(actual);
        return CheckResult.Wrong($"differs at byte {at} (expected {expected.Length} bytes, got {actual.Length})");
    }
}
