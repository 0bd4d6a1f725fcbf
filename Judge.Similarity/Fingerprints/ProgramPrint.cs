namespace Judge.Similarity.Fingerprints;

/// <summary>
/// One program's fingerprints, the stub's removed: what is stored per submission and compared. <see cref="Hashes"/>
/// holds each distinct hash once; <see cref="Fingerprints"/> keeps every occurrence with its lines, for matched ranges.
/// </summary>
public sealed class ProgramPrint
{
    public ProgramPrint(IReadOnlyList<Fingerprint> fingerprints)
    {
        Fingerprints = fingerprints;
        Hashes = fingerprints.Select(f => f.Hash).Distinct().Order().ToArray();
    }

    public IReadOnlyList<Fingerprint> Fingerprints { get; }

    /// <summary>Distinct hashes, ascending.</summary>
    public ulong[] Hashes { get; }

    /// <summary>Nothing but the stub (or too short to fingerprint): compared with nothing.</summary>
    public bool IsEmpty => Hashes.Length == 0;
}
