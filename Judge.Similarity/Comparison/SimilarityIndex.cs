using Judge.Similarity.Fingerprints;

namespace Judge.Similarity.Comparison;

/// <summary>
/// An inverted index of programs' fingerprints (hash to the programs holding it), so a new program is compared with
/// only the programs it shares a fingerprint with, not each in turn. Not thread-safe: one writer, or a lock around it.
/// </summary>
/// <typeparam name="TKey">What names a program (a submission id).</typeparam>
public sealed class SimilarityIndex<TKey> where TKey : notnull
{
    private readonly List<(TKey Key, ProgramPrint Print)> _programs = [];
    private readonly Dictionary<ulong, List<int>> _postings = [];

    public int Count => _programs.Count;

    public void Add(TKey key, ProgramPrint print)
    {
        var id = _programs.Count;
        _programs.Add((key, print));
        foreach (var hash in print.Hashes)
        {
            if (!_postings.TryGetValue(hash, out var list))
            {
                _postings[hash] = list = [];
            }
            list.Add(id);
        }
    }

    /// <summary>
    /// The indexed programs at least <paramref name="minimum"/> similar to <paramref name="print"/> (0..1) for which
    /// <paramref name="include"/> holds, most similar first, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<(TKey Key, ProgramPrint Print, double Similarity)> Closest(ProgramPrint print, double minimum, int limit, Func<TKey, bool> include)
    {
        if (print.IsEmpty)
        {
            return [];
        }
        var shared = new Dictionary<int, int>();
        foreach (var hash in print.Hashes)
        {
            if (_postings.TryGetValue(hash, out var list))
            {
                foreach (var id in list)
                {
                    shared[id] = shared.GetValueOrDefault(id) + 1;
                }
            }
        }
        var found = new List<(TKey Key, ProgramPrint Print, double Similarity)>();
        foreach (var (id, count) in shared)
        {
            var (key, other) = _programs[id];
            var similarity = 2.0 * count / (print.Hashes.Length + other.Hashes.Length);
            if (similarity >= minimum && include(key))
            {
                found.Add((key, other, similarity));
            }
        }
        return found.OrderByDescending(f => f.Similarity).Take(limit).ToList();
    }
}
