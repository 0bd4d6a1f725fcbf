namespace Judge.Worker.Checking;

/// <summary>
/// Line by line (CHECKER_LINES): each line must be equal byte for byte once its trailing spaces, tabs and CR are
/// dropped; trailing blank lines do not count (see <see cref="TextLines"/>). Spaces inside a line do count.
/// </summary>
public sealed class LinesChecker : TextChecker
{
    public override CheckResult Compare(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return CheckResult.Accepted();
        }
        var expectedLines = new TextLines(expected);
        var actualLines = new TextLines(actual);
        for (var number = 1; ; number++)
        {
            var hasExpected = expectedLines.TryNext(out var expectedLine);
            var hasActual = actualLines.TryNext(out var actualLine);
            if (!hasExpected || !hasActual)
            {
                return hasExpected == hasActual
                    ? CheckResult.Accepted()
                    : CheckResult.Wrong(hasActual ? $"extra output from line {number} on" : $"output ends before line {number}");
            }
            if (!expectedLine.SequenceEqual(actualLine))
            {
                return CheckResult.Wrong($"line {number} differs: expected '{TokenComparison.Shown(expectedLine)}', got '{TokenComparison.Shown(actualLine)}'");
            }
        }
    }
}
