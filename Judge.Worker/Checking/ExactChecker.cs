namespace Judge.Worker.Checking;

/// <summary>Output must be byte-for-byte the expected output.</summary>
public sealed class ExactChecker : IOutputChecker
{
    public bool Accepts(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual) => expected.SequenceEqual(actual);
}
