using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Judge.Api.Sessions;

/// <summary>
/// A problem statement (Markdown) as HTML a browser may insert as is: CommonMark with pipe tables (Markdig); raw HTML in
/// the statement is escaped, so a &lt;script&gt; shows as text; a link or image keeps its address only when it is http,
/// https, mailto or relative (never javascript: or data:).
/// </summary>
public sealed class StatementRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

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
