using System.Net;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// A page's sections: each markdown heading gets an id unique on the whole page (Markdig makes them unique within one
/// cell) and a link to itself; the sections (<c>h2</c>, <c>h3</c>) make the page's table of contents.
/// </summary>
public sealed class PageOutline
{
    private readonly HashSet<string> ids;
    private readonly List<(int Level, string Id, string Html)> sections = [];

    /// <summary>An outline whose headings will not take any of <paramref name="takenIds"/> (the cells' own ids).</summary>
    public PageOutline(IEnumerable<string> takenIds) => ids = new HashSet<string>(takenIds, StringComparer.Ordinal);

    /// <summary>Gives the headings of <paramref name="document"/> their ids and links; <paramref name="inlineHtml"/> renders a heading's text for the contents.</summary>
    internal void Add(MarkdownDocument document, Func<LeafBlock, string> inlineHtml)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            var unique = attributes.Id ?? "section";
            var id = unique;
            for (var n = 1; !ids.Add(id); n++)
            {
                id = $"{unique}-{n}";
            }

            attributes.Id = id;
            if (heading.Level is 2 or 3)
            {
                sections.Add((heading.Level, id, inlineHtml(heading)));
            }

            var anchor = new LinkInline($"#{id}", "");
            anchor.AppendChild(new LiteralInline("¶"));
            anchor.GetAttributes().AddClass("anchor");
            heading.Inline?.AppendChild(anchor);
        }
    }

    /// <summary>The table of contents (a <c>nav</c> element); empty when the page has fewer than two sections. <paramref name="clean"/> cleans a heading's HTML (a submission's is untrusted).</summary>
    public string Render(Func<string, string> clean)
    {
        if (sections.Count < 2)
        {
            return "";
        }

        var html = new StringBuilder("<nav class=\"toc\" aria-label=\"Contents\"><details open><summary>Contents</summary><ol>\n");
        foreach (var (level, id, text) in sections)
        {
            html.Append($"<li class=\"level-{level}\"><a href=\"#{WebUtility.HtmlEncode(id)}\">{clean(text)}</a></li>\n");
        }

        return html.Append("</ol></details></nav>\n").ToString();
    }
}
