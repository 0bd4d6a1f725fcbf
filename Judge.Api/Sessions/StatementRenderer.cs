using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Judge.Api.Sessions;

/// <summary>
/// A problem statement (Markdown) as HTML a browser may insert as is: CommonMark with pipe tables and math (Markdig);
/// raw HTML in the statement is escaped, so a &lt;script&gt; shows as text; a link or image keeps its address only when
/// it is http, https, mailto or relative (never javascript: or data:). Math ($...$ inline, $$...$$ on its own lines, as
/// Pandoc reads it) is left as TeX in &lt;span class="math"&gt;\(...\)&lt;/span&gt; (class "math display" for $$...$$ within a
/// paragraph) or &lt;div class="math"&gt;\[...\]&lt;/div&gt;,
/// escaped, for the IDE's KaTeX: Markdown's own rules (emphasis by _, backslash escapes) never reach inside it, so
/// $a_i$ and $b_j$ or $\{x\}$ stay as written.
/// </summary>
public sealed class StatementRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseMathematics().DisableHtml().Build();

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
            }
        }
        // $$...$$ inside a paragraph is display math too; the IDE reads the mark.
        foreach (var math in document.Descendants<Markdig.Extensions.Mathematics.MathInline>().Where(m => m.DelimiterCount >= 2))
        {
            math.GetAttributes().AddClass("display");
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url))
            {
                autolink.Url = "";
            }
        }
        return document.ToHtml(_pipeline);
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        // No scheme: relative. Browsers ignore control characters and spaces inside a scheme, so any of those makes it unsafe.
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return !url.Any(char.IsControl);
        }
        return SafeSchemes.Contains(url[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
