using System.Buffers.Binary;
using System.Text;

namespace Judge.Worker.Checking;

/// <summary>
/// The same multiset of lines in any order (CHECKER_UNORDERED_LINES): each line as CHECKER_LINES sees it
/// (<see cref="TextLines"/>), and a line printed twice must be expected twice. Lines are sorted by a 64-bit hash of
/// their bytes and compared in that order, so no line is copied; lines of equal hash are then compared byte for byte.
/// </summary>
public sealed class UnorderedLinesChecker : TextChecker
{
    public override CheckResult Compare(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return CheckResult.Accepted();
        }
        var expectedLines = Index(expected);
        var actualLines = Index(actual);
        if (expectedLines.Count != actualLines.Count)
        {
            return CheckResult.Wrong($"expected {expectedLines.Count} lines, got {actualLines.Count}");
        }
        for (var i = 0; i < expectedLines.Count; i++)
        {
            var (expectedHash, actualHash) = (expectedLines.Hashes[i], actualLines.Hashes[i]);
            if (expectedHash != actualHash)
            {
                // Every smaller hash matched in number, so the smaller one here is a line its side has more of.
                return expectedHash < actualHash
                    ? CheckResult.Wrong($"expected line {expectedLines.Number(i)} ('{TokenComparison.Shown(expectedLines.Line(expected, i))}') is missing from the output, or there fewer times")
                    : CheckResult.Wrong($"line {actualLines.Number(i)} of the output ('{TokenComparison.Shown(actualLines.Line(actual, i))}') is not expected, or there more times");
            }
        }
        return SameLinesInEachHash(expected, expectedLines, actual, actualLines)
            ? CheckResult.Accepted()
            : CheckResult.Wrong("the lines differ");
    }

    /// <summary>
    /// Hashes agree position by position; so do the lines, unless two different lines share a hash. Within each run
    /// of one hash (usually one line, repeated), the lines are compared as multisets.
    /// </summary>
    private static bool SameLinesInEachHash(ReadOnlySpan<byte> expected, LineIndex expectedLines, ReadOnlySpan<byte> actual, LineIndex actualLines)
    {
        for (var start = 0; start < expectedLines.Count;)
        {
            var end = start + 1;
            while (end < expectedLines.Count && expectedLines.Hashes[end] == expectedLines.Hashes[start])
            {
                end++;
            }
            var first = expectedLines.Line(expected, start);
            var allSame = true;
            for (var i = start; i < end && allSame; i++)
            {
                allSame = expectedLines.Line(expected, i).SequenceEqual(first) && actualLines.Line(actual, i).SequenceEqual(first);
            }
            if (!allSame && !SameMultiset(expected, expectedLines, actual, actualLines, start, end))
            {
                return false;
            }
            start = end;
        }
        return true;
    }

    /// <summary>A hash collision: the run's lines counted exactly (Latin-1 keeps every byte distinct).</summary>
    private static bool SameMultiset(ReadOnlySpan<byte> expected, LineIndex expectedLines, ReadOnlySpan<byte> actual, LineIndex actualLines, int start, int end)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            var key = Encoding.Latin1.GetString(expectedLines.Line(expected, i));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        for (var i = start; i < end; i++)
        {
            var key = Encoding.Latin1.GetString(actualLines.Line(actual, i));
            if (counts.GetValueOrDefault(key) == 0)
            {
                return false;
            }
            counts[key]--;
        }
        return true;
    }

    private static LineIndex Index(ReadOnlySpan<byte> text)
    {
        var lines = new TextLines(text);
        var count = lines.Count;
        var hashes = new ulong[count];
        var starts = new int[count];
        var lengths = new int[count];
        var order = new int[count];
        for (var i = 0; lines.TryNext(out var line); i++)
        {
            hashes[i] = Hash(line);
            starts[i] = lines.Start;
            lengths[i] = line.Length;
            order[i] = i;
        }
        Array.Sort(hashes, order);
        return new LineIndex(hashes, order, starts, lengths);
    }

    /// <summary>
    /// A 64-bit multiply-xorshift hash over 8 bytes at a time. Not randomised: lines of equal hash are compared byte for
    /// byte anyway, so an output crafted to collide costs a slower comparison, never a wrong verdict.
    /// </summary>
    private static ulong Hash(ReadOnlySpan<byte> line)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var hash = (ulong)line.Length * Multiplier;
        while (line.Length >= 8)
        {
            hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(line));
            line = line[8..];
        }
        ulong tail = 0;
        for (var i = 0; i < line.Length; i++)
        {
            tail |= (ulong)line[i] << (8 * i);
        }
        return Mix(hash ^ tail ^ Multiplier);

        static ulong Mix(ulong value)
        {
            value *= Multiplier;
            return value ^ (value >> 29);
        }
    }

    /// <summary>
    /// The lines of one output: <see cref="Hashes"/> sorted, <see cref="Order"/> the line (0-based) at each sorted
    /// position, and each line's place in the text.
    /// </summary>
    private sealed record LineIndex(ulong[] Hashes, int[] Order, int[] Starts, int[] Lengths)
    {
        public int Count => Hashes.Length;

        /// <summary>The 1-based number of the line at sorted position <paramref name="i"/>.</summary>
        public int Number(int i) => Order[i] + 1;

        public ReadOnlySpan<byte> Line(ReadOnlySpan<byte> text, int i) => text.Slice(Starts[Order[i]], Lengths[Order[i]]);
    }
}
