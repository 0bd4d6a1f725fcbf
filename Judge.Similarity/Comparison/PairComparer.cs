using Judge.Similarity.Fingerprints;

namespace Judge.Similarity.Comparison;

/// <summary>
/// Two programs' similarity and the lines they share. Similarity is Dice's coefficient over distinct fingerprints,
/// 2|A ∩ B| / (|A| + |B|) (as Dolos's): 1 for the same program after normalisation, about 0.5 for a program half of which
/// is another's. Programs with no fingerprint left after the stub is removed score 0 with everything.
/// </summary>
public static class PairComparer
{
    public static double Similarity(ProgramPrint a, ProgramPrint b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }
        return 2.0 * SharedCount(a.Hashes, b.Hashes) / (a.Hashes.Length + b.Hashes.Length);
    }

    /// <summary>Hashes both ascending arrays hold.</summary>
    public static int SharedCount(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return shared;
    }

    /// <summary>
    /// The line ranges of <paramref name="a"/> matched in <paramref name="b"/>: shared fingerprints in a's order, joined
    /// while both sides run on (each next one starts at most a line after the current range on both sides).
    /// </summary>
    public static IReadOnlyList<MatchedLines> Ranges(ProgramPrint a, ProgramPrint b)
    {
        var inB = new Dictionary<ulong, Fingerprint>();
        foreach (var fingerprint in b.Fingerprints)
        {
            inB.TryAdd(fingerprint.Hash, fingerprint);
        }
        var ranges = new List<MatchedLines>();
        foreach (var fingerprint in a.Fingerprints.OrderBy(f => f.FirstLine))
        {
            if (!inB.TryGetValue(fingerprint.Hash, out var other))
            {
                continue;
            }
            if (ranges.Count > 0 && ranges[^1] is var current
                && fingerprint.FirstLine <= current.LastLine + 1
                && other.FirstLine <= current.OtherLastLine + 1 && other.LastLine >= current.OtherFirstLine - 1)
            {
                ranges[^1] = new MatchedLines(current.FirstLine, Math.Max(current.LastLine, fingerprint.LastLine),
                    Math.Min(current.OtherFirstLine, other.FirstLine), Math.Max(current.OtherLastLine, other.LastLine));
            }
            else
            {
                ranges.Add(new MatchedLines(fingerprint.FirstLine, fingerprint.LastLine, other.FirstLine, other.LastLine));
            }
        }
        return ranges;
    }
}
