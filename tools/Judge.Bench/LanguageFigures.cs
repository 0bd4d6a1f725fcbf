using System.Text;

namespace Judge.Bench;

public sealed record LanguageFigures(
    string Language,
    string Version,
    double ImageMiB,
    double CompileMedianMs,
    double JudgeRunMedianMs,
    double RunnerWallMedianMs,
    double BareRunMs)
{
    public static string MarkdownTable(IEnumerable<LanguageFigures> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| language | version | image MiB | compile A+B, median ms | per test, judge round trip, median ms | per test, runner wall, median ms | bare loop in container, ms | judge / bare |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            text.AppendLine($"| {r.Language} | {r.Version} | {r.ImageMiB:0} | {r.CompileMedianMs:0} | {r.JudgeRunMedianMs:0.00} | {r.RunnerWallMedianMs:0.00} | {r.BareRunMs:0.00} | {r.JudgeRunMedianMs / r.BareRunMs:0.00}x |");
        }
        return text.ToString();
    }
}
