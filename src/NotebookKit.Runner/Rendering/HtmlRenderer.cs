using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Kernel;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Rendering;

/// <summary>How a page is rendered.</summary>
/// <param name="Untrusted">The notebook is a submission: its markdown's and its outputs' HTML are sanitized (<see cref="UntrustedHtml"/>).</param>
/// <param name="Header">HTML put above the run's header (a feedback page's scores); the renderer's own, never sanitized.</param>
public sealed record PageOptions(bool Untrusted = false, string? Header = null);

/// <summary>
/// Renders an executed notebook as one self-contained HTML page: markdown with LaTeX, code, outputs and plots.
/// plotly.js and KaTeX are embedded (only when the page needs them), so the page opens offline. A submission's page
/// (<see cref="PageOptions.Untrusted"/>) shows its HTML sanitized, its SVG as images, so nothing it holds runs or
/// changes the page's header; the instructor's own pages show their HTML as it is.
/// </summary>
public static partial class HtmlRenderer
{
    /// <summary>The page of <paramref name="run"/>'s executed notebook, headed by how the run went.</summary>
    public static string Render(NotebookRunResult run, PageOptions? options = null)
    {
        options ??= new PageOptions();
        var notebook = run.Executed;
        var body = new StringBuilder();
        foreach (var cell in notebook.Cells)
        {
            body.Append(RenderCell(cell, run.Cells[cell.Number - 1].Status, options.Untrusted));
        }

        var content = body.ToString();
        var title = Title(notebook);
        var page = new StringBuilder();
        page.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)}</title>
            <style>{PageStyle.Css}</style>

            """);
        if (content.Contains("Plotly.newPlot", StringComparison.Ordinal))
        {
            page.Append($"<script>/*\nplotly.js {PlotlyDisplay.PlotlyJsVersion}\n{HtmlAssets.PlotlyLicense}*/\n{HtmlAssets.PlotlyScript}</script>\n");
        }

        var hasMath = MarkdownHtml.HasMath(content);
        if (hasMath)
        {
            page.Append($"<style>{HtmlAssets.KatexStyle}</style>\n<script>/*\nKaTeX\n{HtmlAssets.KatexLicense}*/\n{HtmlAssets.KatexScript}</script>\n");
        }

        page.Append("</head>\n<body>\n<main>\n").Append(options.Header).Append(RunHeader(run)).Append(content).Append("</main>\n");
        if (hasMath)
        {
            page.Append(MathScript);
        }

        return page.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>The notebook's title: its first markdown heading, else its file name.</summary>
    public static string Title(NotebookDocument notebook)
    {
        var heading = notebook.Cells
            .Where(cell => cell.CellType == "markdown")
            .SelectMany(cell => cell.Source.Split('\n'))
            .FirstOrDefault(line => line.StartsWith('#'));
        return heading?.TrimStart('#').Trim() is { Length: > 0 } text ? text : notebook.FileName;
    }

    private const string MathScript = """
        <script>
        document.querySelectorAll(".math").forEach(function (element) {
            var display = element.tagName === "DIV" || element.classList.contains("display");
            var tex = element.textContent.trim().replace(/^\\[\(\[]/, "").replace(/\\[\)\]]$/, "");
            katex.render(tex, element, { displayMode: display, throwOnError: false });
        });
        </script>

        """;

    private static string RunHeader(NotebookRunResult run)
    {
        var seconds = $"{run.Elapsed.TotalSeconds:0.0} s";
        return run.Succeeded
            ? $"<header class=\"run ok\"><strong>{Encode(run.Source.FileName)}</strong> ran without errors in {seconds}.</header>\n"
            : $"<header class=\"run failed\"><strong>{Encode(run.Source.FileName)}</strong>: {run.ErrorCount} failing cell(s), {seconds}.<br>{Encode(run.FailureMessage).ReplaceLineEndings("<br>")}</header>\n";
    }

    private static string RenderCell(NotebookCell cell, CellStatus status, bool untrusted)
    {
        var id = cell.Id is { } cellId ? $" id=\"{Encode(cellId)}\"" : "";
        switch (cell.CellType)
        {
            case "markdown":
                return $"<section class=\"cell markdown\"{id}>{Markdown(cell.Source, untrusted)}</section>\n";
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
                return $"<pre class=\"output {Encode(name)}\">{Encode(MultilineText.Read(output["text"]))}</pre>";
            case "error":
                var lines = (output["traceback"] as JsonArray ?? []).Select(line => line?.GetValue<string>() ?? "");
                return $"<pre class=\"output error\">{Encode(AnsiEscape().Replace(string.Join("\n", lines), ""))}</pre>";
            default:
                return output["data"] is JsonObject data ? RenderData(data, untrusted) : "";
        }
    }

    private static string RenderData(JsonObject data, bool untrusted)
    {
        string? Get(string mimeType) => data[mimeType] is { } node ? MultilineText.Read(node) : null;
        if (data[PlotlyFigureMimeType] is JsonObject figure)
        {
            return PlotlyFigure(untrusted ? UntrustedHtml.Figure(figure) : figure);
        }

        if (Get("text/html") is { } html)
        {
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

        if (Get("text/markdown") is { } markdown)
        {
            return $"<div class=\"output markdown\">{Markdown(markdown, untrusted)}</div>";
        }

        return Get("text/plain") is { } text ? $"<pre class=\"output\">{Encode(text)}</pre>" : "";
    }

    /// <summary>
    /// A chart drawn from its plotly JSON by the page's own plotly.js. The JSON is written with HTML-sensitive
    /// characters escaped (<c>&lt;</c> as <c>\u003C</c>), so no title or label can end the script.
    /// </summary>
    private static string PlotlyFigure(JsonObject figure)
    {
        var json = figure.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });
        return $$"""
            <div class="output plot"></div>
            <script>(function (figure, element) { Plotly.newPlot(element, figure.data, figure.layout || {}, { responsive: true }); })({{json}}, document.currentScript.previousElementSibling);</script>
            """;
    }

    private static string Markdown(string markdown, bool untrusted)
    {
        var html = MarkdownHtml.Render(markdown);
        return untrusted ? UntrustedHtml.Sanitize(html) : html;
    }

    private const string PlotlyFigureMimeType = "application/vnd.plotly.v1+json";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex AnsiEscape();
}
