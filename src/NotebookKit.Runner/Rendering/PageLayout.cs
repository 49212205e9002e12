using System.Net;
using System.Text;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// The frame every page shares (notebook pages, the index, feedback pages): the head with the page's assets, the
/// links to the other chapters above and below the content, the table of contents beside it, the scripts that draw
/// its math and charts.
/// </summary>
public static class PageLayout
{
    /// <summary>The CSS class of the script elements that hold a chart's plotly figure (see <c>assets/notebookkit/page.js</c>).</summary>
    public const string ChartFigureClass = "plot-figure";

    /// <summary>
    /// The page titled <paramref name="title"/> around <paramref name="content"/> (the inside of its <c>main</c>);
    /// KaTeX and plotly.js come with it when the content or the table of contents has math or a chart.
    /// </summary>
    public static string Render(string title, string content, PageAssets assets, Navigation? navigation = null, string tableOfContents = "")
    {
        var math = MarkdownHtml.HasMath(content) || MarkdownHtml.HasMath(tableOfContents);
        var charts = content.Contains($"class=\"{ChartFigureClass}\"", StringComparison.Ordinal);
        var page = new StringBuilder($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>

            """);
        page.Append(assets.Head(math, charts)).Append("</head>\n<body>\n");
        page.Append(navigation?.Render("top"));
        page.Append("<div class=\"page\">\n<main>\n").Append(content).Append(navigation?.Render("bottom")).Append("</main>\n");
        page.Append(tableOfContents).Append("</div>\n");
        return page.Append(assets.End(math, charts)).Append("</body>\n</html>\n").ToString();
    }
}
