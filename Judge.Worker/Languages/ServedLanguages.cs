namespace Judge.Worker.Languages;

/// <summary>
/// The languages this worker has registered (their version read from their images): the only ones it takes jobs
/// of. Filled by <see cref="LanguageRegistration"/>; read by the job loops on every take.
/// </summary>
public sealed class ServedLanguages
{
    private readonly object _gate = new();
    private string[] _ids = [];

    /// <summary>The registered ids now, in no particular order; empty until the first language is registered.</summary>
    public IReadOnlyList<string> Ids => Volatile.Read(ref _ids);

    public void Add(string id)
    {
        lock (_gate)
        {
            if (!_ids.Contains(id))
            {
                Volatile.Write(ref _ids, [.. _ids, id]);
            }
        }
    }
}
