namespace Judge.IntegrationTests;

/// <summary>Submissions that behave a known way, per language: the files under Conformance/ and Hostile/.</summary>
public static class Programs
{
    /// <summary>
    /// The language family of an id, from the worker's language table (languages.json, copied beside the tests): an id
    /// that is another toolchain of a language (pypy, java17) runs that language's programs.
    /// </summary>
    public static string FamilyOf(string language) => Table.Value.GetValueOrDefault(language, language);

    /// <summary>Every language id of the worker's language table, in its order.</summary>
    public static IReadOnlyList<string> LanguageIds => [.. Table.Value.Keys];

    private static readonly Lazy<Dictionary<string, string>> Table = new(() =>
    {
        using var table = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "languages.json")));
        return table.RootElement.GetProperty("Languages").EnumerateObject().ToDictionary(entry => entry.Name,
            entry => entry.Value.TryGetProperty("Family", out var family) ? family.GetString()! : entry.Name);
    });

    public static string Get(string language, string behaviour) => Read("Conformance", language, behaviour);

    /// <summary>Python: prints a+b, except that it answers 0 when a is 7 (a "wrong" case) and spins when a is 9 (a "slow" case).</summary>
    public const string PickyPython = """
        import sys
        a, b = map(int, sys.stdin.read().split())
        if a == 9:
            while True:
                pass
        print(0 if a == 7 else a + b)
        """;

    /// <summary>A program written to break the sandbox or the judge (Hostile/).</summary>
    public static string Hostile(string language, string attack) => Read("Hostile", language, attack);

    private static string Read(string folder, string language, string name)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder, FamilyOf(language)), name + ".*");
        return files.Length == 1
            ? File.ReadAllText(files[0])
            : throw new FileNotFoundException($"{folder}/{language} has no single '{name}' program");
    }
}
