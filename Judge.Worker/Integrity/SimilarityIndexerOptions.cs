using System.ComponentModel.DataAnnotations;

namespace Judge.Worker.Integrity;

/// <summary>The workers' similarity indexer (section "Similarity"; docs/similarity.md gives how K, Window and the thresholds were chosen).</summary>
public sealed class SimilarityIndexerOptions
{
    public const string Section = "Similarity";

    /// <summary>Index SUBMITs at all; off, the queue waits for a worker that does.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The native parser (Judge.Similarity/Native/build); a worker that cannot load it indexes nothing and says so in its log.</summary>
    [Required]
    public string Library { get; set; } = "/var/lib/judge/tree-sitter/current/libjudge-tree-sitter.so";

    /// <summary>k-gram length, tokens.</summary>
    [Range(3, 50)]
    public int K { get; set; } = 6;

    /// <summary>Winnowing window, k-grams.</summary>
    [Range(1, 50)]
    public int Window { get; set; } = 3;

    /// <summary>Pairs at or above this similarity (0..1) are stored; GetSimilarity and the report show those at or above their own threshold.</summary>
    [Range(0.01, 1.0)]
    public double StoreThreshold { get; set; } = 0.2;

    /// <summary>Pairs stored per SUBMIT when it is indexed, most similar first.</summary>
    [Range(1, 1000)]
    public int MaxPairsPerSubmission { get; set; } = 20;

    /// <summary>How often an idle indexer looks at the queue.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>An entry another indexer took and left this long is taken over (that indexer died).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An entry handed out more often than this is given up, so a program that stops its indexer (crashing the
    /// native parser) cannot stop every worker in turn.</summary>
    [Range(1, 100)]
    public int MaxDeliveries { get; set; } = 3;

    /// <summary>Groups (key, problem, language family) whose index is kept in memory; the least recently used is dropped.</summary>
    [Range(1, 10_000)]
    public int CachedGroups { get; set; } = 64;
}
