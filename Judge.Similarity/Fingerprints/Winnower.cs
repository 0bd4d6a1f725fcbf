using Judge.Similarity.Tokens;

namespace Judge.Similarity.Fingerprints;

/// <summary>
/// Fingerprints by winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003, as MOSS and Dolos): hash every k-gram of
/// tokens, and from each window of <c>w</c> consecutive hashes keep the smallest (the rightmost on a tie), once. Any
/// match of at least <c>k + w - 1</c> tokens shares a fingerprint. Hashes are FNV-1a, so they are the same in every
/// process and can be stored.
/// </summary>
public static class Winnower
{
    /// <summary>Every k-gram's hash (no winnowing), in order: for telling a stub's k-grams apart.</summary>
    public static ulong[] KGramHashes(IReadOnlyList<Token> tokens, int k)
    {
        if (tokens.Count < k)
        {
            return [];
        }
        var tokenHashes = tokens.Select(token => Hash(token.Text)).ToArray();
        var grams = new ulong[tokens.Count - k + 1];
        for (var start = 0; start < grams.Length; start++)
        {
            var hash = 14695981039346656037UL;
            for (var i = start; i < start + k; i++)
            {
                hash = (hash ^ tokenHashes[i]) * 1099511628211UL;
            }
            grams[start] = Mix(hash);
        }
        return grams;
    }

    /// <summary>The winnowed fingerprints of <paramref name="tokens"/>, in source order.</summary>
    public static List<Fingerprint> Winnow(IReadOnlyList<Token> tokens, int k, int w)
    {
        var grams = KGramHashes(tokens, k);
        var fingerprints = new List<Fingerprint>();
        if (grams.Length == 0)
        {
            return fingerprints;
        }
        var last = -1;
        var windows = Math.Max(1, grams.Length - w + 1);
        for (var start = 0; start < windows; start++)
        {
            var end = Math.Min(grams.Length, start + w);
            var chosen = start;
            for (var i = start + 1; i < end; i++)
            {
                if (grams[i] <= grams[chosen])
                {
                    chosen = i;
                }
            }
            if (chosen != last)
            {
                var first = tokens[chosen].Line;
                var lastLine = first;
                for (var i = chosen; i < chosen + k; i++)
                {
                    first = Math.Min(first, tokens[i].Line);
                    lastLine = Math.Max(lastLine, tokens[i].Line);
                }
                fingerprints.Add(new Fingerprint(grams[chosen], first + 1, lastLine + 1));
                last = chosen;
            }
        }
        return fingerprints;
    }

    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>A finaliser (splitmix64's) so that the smallest hashes are spread evenly over the k-grams.</summary>
    private static ulong Mix(ulong hash)
    {
        hash = (hash ^ (hash >> 30)) * 0xbf58476d1ce4e5b9UL;
        hash = (hash ^ (hash >> 27)) * 0x94d049bb133111ebUL;
        return hash ^ (hash >> 31);
    }
}
