namespace Judge.IntegrationTests;

/// <summary>Submissions that behave a known way, per language: the files under Conformance/.</summary>
public static class Programs
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Conformance");

    public static string Get(string language, string behaviour)
    {
        var files = Directory.GetFiles(Path.Combine(Root, language), behaviour + ".*");
        return files.Length == 1
            ? File.ReadAllText(files[0])
            : throw new FileNotFoundException($"Conformance/{language} has no single '{behaviour}' program");
    }
}
