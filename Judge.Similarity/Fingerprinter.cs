using System.Text;
using Judge.Similarity.Fingerprints;
using Judge.Similarity.Parsing;
using Judge.Similarity.Tokens;

namespace Judge.Similarity;

/// <summary>
/// Source text to <see cref="ProgramPrint"/>: parse (tree-sitter), normalise (<see cref="Normalizer"/>), winnow
/// (<see cref="Winnower"/>), and remove every k-gram of the problem's stubs, so code every candidate was given never
/// counts. Thread-safe.
/// </summary>
public sealed class Fingerprinter(TreeSitterLibrary parser, SimilarityParameters parameters)
{
    public SimilarityParameters Parameters => parameters;

    /// <summary>The fingerprints of UTF-8 <paramref name="source"/> in a language family, less <paramref name="stub"/>'s.</summary>
    /// <exception cref="ArgumentException">A family with no grammar (<see cref="TreeSitterLibrary.Families"/>).</exception>
    public ProgramPrint Print(string family, ReadOnlySpan<byte> source, StubPrint stub)
    {
        var tokens = Normalizer.Tokens(parser.Parse(family, source), stub.Names);
        var fingerprints = Winnower.Winnow(tokens, parameters.K, parameters.Window);
        return new ProgramPrint(stub.Grams.Count == 0 ? fingerprints : fingerprints.Where(f => !stub.Grams.Contains(f.Hash)).ToList());
    }

    /// <summary>What a problem's stub in a family contributes: its names (never dropped as unused) and every k-gram.</summary>
    public StubPrint Stub(string family, string? stub)
    {
        if (string.IsNullOrEmpty(stub))
        {
            return StubPrint.None;
        }
        var tree = parser.Parse(family, Encoding.UTF8.GetBytes(stub));
        var names = Normalizer.Names(tree);
        return new StubPrint(names, Winnower.KGramHashes(Normalizer.Tokens(tree, names), parameters.K).ToHashSet());
    }
}

/// <summary>A stub's names and k-gram hashes (<see cref="Fingerprinter.Stub"/>).</summary>
public sealed record StubPrint(IReadOnlySet<string> Names, IReadOnlySet<ulong> Grams)
{
    public static StubPrint None { get; } = new(new HashSet<string>(), new HashSet<ulong>());
}

/// <summary>
/// The detector's parameters, chosen on the corpus (tools/similarity-corpus; docs/similarity.md gives the figures):
/// k-gram length in tokens, winnowing window in k-grams, and the similarity (0..1) at or above which a pair is reported.
/// </summary>
public sealed record SimilarityParameters(int K = 6, int Window = 3, double Threshold = 0.37)
{
    /// <exception cref="ArgumentOutOfRangeException">K outside 3..50, Window outside 1..50, Threshold outside (0, 1].</exception>
    public SimilarityParameters Validated() =>
        K is < 3 or > 50 ? throw new ArgumentOutOfRangeException(nameof(K), K, "K is a k-gram length of 3 to 50 tokens")
        : Window is < 1 or > 50 ? throw new ArgumentOutOfRangeException(nameof(Window), Window, "Window is 1 to 50 k-grams")
        : Threshold is <= 0 or > 1 ? throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold is in (0, 1]")
        : this;
}
