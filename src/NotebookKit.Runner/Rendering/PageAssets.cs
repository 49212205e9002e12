using System.Text;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// How a page gets its stylesheet, scripts and fonts (<see cref="HtmlAssets"/>): linked from a site's shared assets
/// folder (<see cref="Shared"/>: the page stays small, the folder works offline wherever it is copied), or embedded
/// (<see cref="SelfContained"/>: one file that travels alone). KaTeX and plotly.js come only with a page that has math
/// or charts.
/// </summary>
public sealed class PageAssets
{
    private readonly string? folder;

    private PageAssets(string? folder) => this.folder = folder;

    /// <summary>Everything embedded in the page.</summary>
    public static PageAssets SelfContained { get; } = new(null);

    /// <summary>Linked from the assets folder at <paramref name="relativeUrl"/> from the page (e.g. <c>assets</c>), written by <see cref="HtmlAssets.WriteTo"/>.</summary>
    public static PageAssets Shared(string relativeUrl = HtmlAssets.FolderName) => new(relativeUrl.TrimEnd('/') + "/");

    /// <summary>What goes in the page's head.</summary>
    public string Head(bool math, bool charts)
    {
        var head = new StringBuilder();
        if (folder is null)
        {
            head.Append($"<style>{HtmlAssets.PageStyle}</style>\n");
            if (math)
            {
                head.Append($"<style>{HtmlAssets.KatexStyle}</style>\n");
            }

            return head.ToString();
        }

        head.Append(Stylesheet(HtmlAssets.PageStyleFile));
        if (math)
        {
            head.Append(Stylesheet(HtmlAssets.KatexStyleFile)).Append(Script(HtmlAssets.KatexFile));
        }

        if (charts)
        {
            head.Append(Script(HtmlAssets.PlotlyFile));
        }

        if (math || charts)
        {
            head.Append(Script(HtmlAssets.PageScriptFile));
        }

        return head.ToString();
    }

    /// <summary>What goes at the end of the page's body: the embedded scripts, in the order the linked ones run.</summary>
    public string End(bool math, bool charts)
    {
        if (folder is not null || !(math || charts))
        {
            return "";
        }

        var end = new StringBuilder();
        if (math)
        {
            end.Append($"<script>/*\nKaTeX\n{HtmlAssets.KatexLicense}*/\n{HtmlAssets.KatexScript}</script>\n");
        }

        if (charts)
        {
            end.Append($"<script>/*\nplotly.js {HtmlAssets.PlotlyJsVersion}\n{HtmlAssets.PlotlyLicense}*/\n{HtmlAssets.PlotlyScript}</script>\n");
        }

        return end.Append($"<script>{HtmlAssets.PageScript}</script>\n").ToString();
    }

    private string Stylesheet(string file) => $"<link rel=\"stylesheet\" href=\"{folder}{file}\">\n";

    /// <summary>Deferred: linked scripts run in order once the page is parsed, as the embedded ones at its end do.</summary>
    private string Script(string file) => $"<script defer src=\"{folder}{file}\"></script>\n";
}
