using Judge.Worker.Languages;

namespace Judge.Bench;

/// <summary>The A+B solutions of examples/sum/solutions, one per language (JUDGE_EXAMPLES overrides the folder).</summary>
internal sealed class ExampleSources(LanguageTable languages)
{
    private readonly string _folder = Environment.GetEnvironmentVariable("JUDGE_EXAMPLES") ?? Path.Combine(Directory.GetCurrentDirectory(), "examples", "sum", "solutions");

    /// <summary>
    /// <paramref name="source"/> with a comment naming <paramref name="n"/>: a new source each time, as a candidate's is, so
    /// that the worker's compile cache never answers and every submission compiles.
    /// </summary>
    public static byte[] Distinct(LanguageDefinition language, byte[] source, int n) =>
        [.. source, .. System.Text.Encoding.ASCII.GetBytes($"\n{(language.SourceFile.EndsWith(".py", StringComparison.Ordinal) ? "#" : "//")} bench source {n}\n")];

    public Task<byte[]> ReadAsync(string language, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(Path.Combine(_folder, "solution" + Path.GetExtension(languages[language].SourceFile)), cancellationToken);
}
