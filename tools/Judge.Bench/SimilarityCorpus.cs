namespace Judge.Bench;

/// <summary>
/// The similarity corpus (tools/similarity-corpus, layout in its README): per problem and language family a stub, the
/// independent solutions s1, s2, ..., and copies of one named after it and their obfuscation level (s1.L1.cpp,
/// s1.half.cpp). Pairs: a copy with its original is a positive of its level; two programs of different origins (two
/// originals, or a copy and another original) are an independent pair. Two copies of one original are not scored.
/// </summary>
internal sealed record SimilarityCorpus(IReadOnlyList<CorpusFolder> Folders)
{
    /// <summary>Obfuscation levels in the order the corpus builds them, with what each adds.</summary>
    public static readonly (string Level, string Meaning)[] Levels =
    [
        ("L1", "comments and layout"),
        ("L2", "+ every name renamed"),
        ("L3", "+ statements and functions reordered"),
        ("L4", "+ dead code, rewritten loops"),
        ("half", "half copied"),
    ];

    public static SimilarityCorpus Load(string root)
    {
        var folders = new List<CorpusFolder>();
        foreach (var problem in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var family in Directory.GetDirectories(problem).Order(StringComparer.Ordinal))
            {
                var files = Directory.GetFiles(family).Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".md", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal).ToList();
                var stub = files.FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == "stub");
                var programs = files.Where(f => f != stub).Select(f => CorpusProgram.Of(f)).ToList();
                if (programs.Count > 1)
                {
                    folders.Add(new CorpusFolder(Path.GetFileName(problem), Path.GetFileName(family), stub is null ? null : File.ReadAllText(stub), programs));
                }
            }
        }
        return new SimilarityCorpus(folders);
    }

    /// <summary>Every scored pair of every folder: (folder, a, b, level or null for an independent pair).</summary>
    public IEnumerable<(CorpusFolder Folder, CorpusProgram A, CorpusProgram B, string? Level)> Pairs()
    {
        foreach (var folder in Folders)
        {
            for (var i = 0; i < folder.Programs.Count; i++)
            {
                for (var j = i + 1; j < folder.Programs.Count; j++)
                {
                    var (a, b) = (folder.Programs[i], folder.Programs[j]);
                    if (a.Origin != b.Origin)
                    {
                        yield return (folder, a, b, null);
                    }
                    else if (a.Level is null != (b.Level is null))
                    {
                        yield return (folder, a, b, a.Level ?? b.Level);
                    }
                }
            }
        }
    }
}

internal sealed record CorpusFolder(string Problem, string Family, string? Stub, IReadOnlyList<CorpusProgram> Programs);

/// <summary>One program: its file name, source, the original it was made from, and its obfuscation level (null: an original).</summary>
internal sealed record CorpusProgram(string Name, string Path, string Source, string Origin, string? Level)
{
    public static CorpusProgram Of(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        var parts = name.Split('.');
        return new CorpusProgram(name, path, File.ReadAllText(path), parts[0], parts.Length > 2 ? parts[1] : null);
    }
}
