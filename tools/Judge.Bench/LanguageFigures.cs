namespace Judge.Bench;

public sealed record LanguageFigures(
    string Language,
    string Version,
    double ImageMiB,
    int Compiles,
    double CompileMedianMs,
    double CompileP95Ms,
    double JudgeRunMedianMs,
    double RunnerWallMedianMs,
    double BareRunMs)
{
    /// <summary>The compile targets: the slow compilers the design promises to keep fast.</summary>
    private static readonly Dictionary<string, double> CompileTargetMs = new() { ["csharp"] = 500, ["typescript"] = 300 };

    internal static MarkdownTable Table(IEnumerable<LanguageFigures> rows)
    {
        var table = new MarkdownTable("Compile time (each compile in a fresh warm sandbox) and time per test, per language",
            "language", "version", "image MiB", "compiles", "compile p50 ms", "compile p95 ms", "target",
            "per test, judge round trip p50 ms", "per test, runner wall p50 ms", "bare shell loop ms", "judge / bare");
        foreach (var r in rows)
        {
            // "csharp, prestarted compiler" has csharp's target.
            var target = CompileTargetMs.TryGetValue(r.Language.Split(',')[0], out var limit) ? Target.Below(r.CompileMedianMs, limit, $"p50 < {limit:0} ms") : "";
            table.Row(r.Language, r.Version, r.ImageMiB, r.Compiles, r.CompileMedianMs, r.CompileP95Ms, target,
                r.JudgeRunMedianMs, r.RunnerWallMedianMs, r.BareRunMs, $"{r.JudgeRunMedianMs / r.BareRunMs:0.00}x");
        }
        return table;
    }
}
