using Judge.Worker.Languages;

namespace Judge.Bench;

/// <summary>The A+B solutions of examples/sum/solutions, one per language (JUDGE_EXAMPLES overrides the folder).</summary>
internal sealed class ExampleSources(LanguageTable languages)
{
    private readonly string _folder = Environment.GetEnvironmentVariable("JUDGE_EXAMPLES") ?? Path.Combine(Directory.GetCurrentDirectory(), "examples", "sum", "solutions");

    public Task<byte[]> ReadAsync(string language, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(Path.Combine(_folder, "solution" + Path.GetExtension(languages[language].SourceFile)), cancellationToken);
}
