using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Rendering;

/// <summary>How a page is rendered.</summary>
/// <param name="Untrusted">The notebook is a submission: its markdown's and its outputs' HTML are sanitized (<see cref="UntrustedHtml"/>).</param>
/// <param name="Header">HTML put above the run's header (a feedback page's scores); the renderer's own, never sanitized.</param>
/// <param name="Assets">How the page gets its stylesheet and scripts; null: embedded, a page that travels alone.</param>
/// <param name="Navigation">Links to the chapters before and after and to the index, for a page of a site; null: none.</param>
public sealed record PageOptions(bool Untrusted = false, string? Header = null, PageAssets? Assets = null, Navigation? Navigation = null);

/// <summary>
/// Renders an executed notebook as an HTML page: markdown with LaTeX, code, outputs and charts, a table of contents
/// of its sections, and (for a page of a site) links to the chapters before and after. Its assets (plotly.js, KaTeX,
/// the stylesheet) are embedded or linked (<see cref="PageAssets"/>); either way the page opens offline. Outputs show
/// no path of the user's home (<see cref="MachinePaths"/>) and no copy of the kernel's stylesheet
/// (<see cref="KernelStylesheet"/>). A submission's page (<see cref="PageOptions.Untrusted"/>) shows its HTML
/// sanitized, its SVG as images, so nothing it holds runs or changes the page's header; the instructor's own pages
/// show their HTML as it is.
/// </summary>
public static partial class HtmlRenderer
{
    /// <summary>The page of <paramref name="run"/>'s executed notebook, headed by how the run went.</summary>
    public static string Render(NotebookRunResult run, PageOptions? options = null)
    {
        options ??= new PageOptions();
        var notebook = run.Executed;
        var outline = new PageOutline(notebook.Cells.Select(cell => cell.Id).OfType<string>());
        var content = new StringBuilder();
        content.Append(options.Header).Append(RunHeader(run));
        foreach (var cell in notebook.Cells)
        {
            content.Append(RenderCell(cell, run.Cells[cell.Number - 1].Status, outline, options.Untrusted));
        }

        var contents = outline.Render(html => options.Untrusted ? UntrustedHtml.Sanitize(html) : html);
        return PageLayout.Render(Chapter.Title(notebook), content.ToString(), options.Assets ?? PageAssets.SelfContained, options.Navigation, contents);
    }

    private static string RunHeader(NotebookRunResult run)
    {
        var seconds = $"{run.Elapsed.TotalSeconds:0.0} s";
        return run.Succeeded
            ? $"<header class=\"run ok\"><strong>{Encode(run.Source.FileName)}</strong> ran without errors in {seconds}.</header>\n"
            : $"<header class=\"run failed\"><strong>{Encode(run.Source.FileName)}</strong>: {run.ErrorCount} failing cell(s), {seconds}.<br>{Encode(run.FailureMessage).ReplaceLineEndings("<br>")}</header>\n";
    }

    private static string RenderCell(NotebookCell cell, CellStatus status, PageOutline outline, bool untrusted)
    {
        var id = cell.Id is { } cellId ? $" id=\"{Encode(cellId)}\"" : "";
        switch (cell.CellType)
        {
            case "markdown":
                return $"<section class=\"cell markdown\"{id}>{Markdown(cell.Source, untrusted, outline)}</section>\n";
            case "raw":
                return $"<section class=\"cell raw\"{id}><pre>{Encode(cell.Source)}</pre></section>\n";
        }

        var prompt = status == CellStatus.NotExecuted ? "not run" : $"In [{cell.ExecutionCount?.ToString() ?? " "}]";
        var html = new StringBuilder();
        html.Append($"<section class=\"cell{(status == CellStatus.NotExecuted ? " not-executed" : "")}\"{id}>");
        html.Append($"<div class=\"code\"><div class=\"prompt\">{prompt}</div><pre><code>{Encode(cell.Source)}</code></pre></div>");
        if (cell.Outputs.Count > 0)
        {
            html.Append("<div class=\"outputs\">");
            foreach (var output in cell.Outputs.OfType<JsonObject>())
            {
                html.Append(RenderOutput(output, untrusted));
            }

            html.Append("</div>");
        }

        return html.Append("</section>\n").ToString();
    }

    private static string RenderOutput(JsonObject output, bool untrusted)
    {
        switch (JsonPath.GetString(output, "output_type"))
        {
            case "stream":
                var name = JsonPath.GetString(output, "name") ?? "stdout";
                return $"<pre class=\"output {Encode(name)}\">{Encode(MachinePaths.Generalize(MultilineText.Read(output["text"])))}</pre>";
            case "error":
                var lines = (output["traceback"] as JsonArray ?? []).Select(line => line?.GetValue<string>() ?? "");
                return $"<pre class=\"output error\">{Encode(MachinePaths.Generalize(AnsiEscape().Replace(string.Join("\n", lines), "")))}</pre>";
            default:
                return output["data"] is JsonObject data ? RenderData(data, untrusted) : "";
        }
    }

    private static string RenderData(JsonObject data, bool untrusted)
    {
        string? Get(string mimeType) => data[mimeType] is { } node ? MultilineText.Read(node) : null;
        string? Text(string mimeType) => Get(mimeType) is { } text ? MachinePaths.Generalize(text) : null;
        if (data[PlotlyFigureMimeType] is JsonObject figure)
        {
            return PlotlyFigure(untrusted ? UntrustedHtml.Figure(figure) : figure);
        }

        if (Text("text/html") is { } html)
        {
            html = KernelStylesheet.Remove(html);
            return $"<div class=\"output html\">{(untrusted ? UntrustedHtml.Sanitize(html) : html)}</div>";
        }

        if (Get("image/svg+xml") is { } svg)
        {
            return untrusted
                ? $"<div class=\"output\"><img src=\"data:image/svg+xml;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(svg))}\" alt=\"\"></div>"
                : $"<div class=\"output\">{svg}</div>";
        }

        foreach (var image in new[] { "image/png", "image/jpeg" })
        {
            if (Get(image) is { } base64)
            {
                return $"<div class=\"output\"><img src=\"data:{image};base64,{Encode(base64.Trim())}\" alt=\"\"></div>";
            }
        }

        if (Text("text/markdown") is { } markdown)
        {
            return $"<div class=\"output markdown\">{Markdown(markdown, untrusted)}</div>";
        }

        return Text("text/plain") is { } text ? $"<pre class=\"output\">{Encode(text)}</pre>" : "";
    }

    /// <summary>
    /// A chart: an element for the page's script to draw it in with plotly.js, and its plotly figure as JSON data
    /// (not a script that runs). The JSON is written with HTML-sensitive characters escaped (<c>&lt;</c> as
    /// <c>\u003C</c>), so no title or label can end its element.
    /// </summary>
    private static string PlotlyFigure(JsonObject figure)
    {
        var json = figure.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });
        return $"<div class=\"output plot\"></div><script type=\"application/json\" class=\"{PageLayout.ChartFigureClass}\">{json}</script>";
    }

    private static string Markdown(string markdown, bool untrusted, PageOutline? outline = null)
    {
        var html = MarkdownHtml.Render(markdown, outline);
        return untrusted ? UntrustedHtml.Sanitize(html) : html;
    }

    private const string PlotlyFigureMimeType = "application/vnd.plotly.v1+json";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex AnsiEscape();
}
