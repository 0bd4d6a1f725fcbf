namespace Judge.Similarity.Fingerprints;

/// <summary>A winnowed k-gram: its hash and the lines it spans, 1-based and inclusive.</summary>
public readonly record struct Fingerprint(ulong Hash, int FirstLine, int LastLine);
