using System.Text;

namespace Judge.Bench;

/// <summary>A table printed as Markdown, so a run's output can be pasted into the README as is.</summary>
internal sealed class MarkdownTable(string title, params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Row(params object[] cells)
    {
        _rows.Add(cells.Select(c => c switch
        {
            double d when double.IsNaN(d) => "-",
            double d => d.ToString(d >= 100 ? "0" : d >= 10 ? "0.0" : "0.00", System.Globalization.CultureInfo.InvariantCulture),
            _ => c.ToString() ?? "",
        }).ToArray());
        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"### {title}").AppendLine();
        text.AppendLine("| " + string.Join(" | ", headers) + " |");
        // Numbers right-aligned, text left: a column is numeric when its first row's cell is.
        var first = _rows.FirstOrDefault() ?? [];
        text.AppendLine("|" + string.Concat(headers.Select((_, i) =>
            i < first.Length && double.TryParse(first[i].TrimEnd('x', '%'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double _) ? "---:|" : "---|")));
        foreach (var row in _rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }
        return text.ToString();
    }
}
