using Judge.Similarity.Comparison;
using Judge.Similarity.Fingerprints;
using Judge.Storage;
using Judge.Storage.Records;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Integrity;

/// <summary>
/// In-memory indexes of the groups (key, problem, language family) this worker has indexed in, each caught up from Redis
/// to the place a new SUBMIT took, so it is compared with exactly the SUBMITs indexed before it, by any worker. The
/// least recently used group is dropped past <see cref="SimilarityIndexerOptions.CachedGroups"/>. One indexer loop uses it.
/// </summary>
public sealed class SimilarityGroups(SimilarityStore store, IOptions<SimilarityIndexerOptions> options)
{
    private const int LoadBatch = 500;
    private readonly Dictionary<string, Group> _groups = [];
    private long _clock;

    /// <summary>The group's index holding every print before 1-based <paramref name="place"/>.</summary>
    public async Task<SimilarityIndex<StoredPrint>> BeforeAsync(StoredPrint print, long place, CancellationToken cancellationToken)
    {
        var name = $"{print.Owner} {print.ProblemId} {print.Family}";
        if (!_groups.TryGetValue(name, out var group))
        {
            if (_groups.Count >= options.Value.CachedGroups)
            {
                _groups.Remove(_groups.MinBy(g => g.Value.UsedAt).Key);
            }
            _groups[name] = group = new Group();
        }
        group.UsedAt = ++_clock;
        if (group.Loaded > place - 1)
        {
            // Indexed again (a retry after a crash): start this group afresh up to the place.
            group.Index = new SimilarityIndex<StoredPrint>();
            group.Loaded = 0;
        }
        while (group.Loaded < place - 1)
        {
            var to = Math.Min(place - 2, group.Loaded + LoadBatch - 1);
            var ids = await store.GroupAsync(print.Owner, print.ProblemId, print.Family, group.Loaded, to, cancellationToken);
            foreach (var stored in await store.PrintsAsync(ids, cancellationToken))
            {
                if (stored is not null)
                {
                    group.Index.Add(stored, PrintOf(stored));
                }
            }
            group.Loaded = to + 1;
        }
        return group.Index;
    }

    /// <summary>Records that the print at <paramref name="place"/> is now in the group's index too.</summary>
    public void Added(StoredPrint print, long place, ProgramPrint fingerprints)
    {
        if (_groups.TryGetValue($"{print.Owner} {print.ProblemId} {print.Family}", out var group) && group.Loaded == place - 1)
        {
            group.Index.Add(print, fingerprints);
            group.Loaded = place;
        }
    }

    /// <summary>The fingerprints a stored print holds.</summary>
    public static ProgramPrint PrintOf(StoredPrint stored) =>
        new(stored.Hashes.Select((hash, i) => new Fingerprint(hash, (int)stored.FirstLines[i], (int)stored.LastLines[i])).ToList());

    private sealed class Group
    {
        public SimilarityIndex<StoredPrint> Index { get; set; } = new();
        public long Loaded { get; set; }
        public long UsedAt { get; set; }
    }
}
