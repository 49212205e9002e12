using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// How a notebook shows a chart. The setup cell registers these writers for XPlot's <see cref="PlotlyChart"/> with the
/// kernel's <c>Formatter</c>, in its own source, so the kernel compiles the registration and no binary of the kit
/// depends on the kernel's API:
/// <code>
/// Formatter.Register&lt;PlotlyChart&gt;((chart, writer) =&gt; writer.Write(ChartDisplay.PlotlyJson(chart)), ChartDisplay.PlotlyMimeType);
/// Formatter.Register&lt;PlotlyChart&gt;((chart, writer) =&gt; writer.Write(ChartDisplay.Html(chart)), "text/html");
/// Formatter.SetPreferredMimeTypesFor(typeof(PlotlyChart), ChartDisplay.MimeTypes);
/// </code>
/// </summary>
public static class ChartDisplay
{
    /// <summary>plotly's own output type, drawn offline by VS Code's notebook renderers and by the runner's pages.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The plotly.js the HTML display loads from its CDN where the page has none.</summary>
    public const string PlotlyJsVersion = "2.35.3";

    /// <summary>
    /// The types a chart is shown as: its plotly JSON first, HTML for a frontend without a plotly renderer. A kernel
    /// started for Jupyter (<c>dotnet-interactive jupyter</c>) hands a frontend only <c>application/json</c> as JSON and
    /// every other JSON type as a string, which JupyterLab's plotly renderer cannot draw: there a chart is HTML only.
    /// </summary>
    public static string[] MimeTypes =>
        Environment.GetCommandLineArgs().Skip(1).Contains("jupyter") ? ["text/html"] : [PlotlyMimeType, "text/html"];

    /// <summary>
    /// The chart's plotly figure, <c>{ "data": [...], "layout": {...} }</c> (see <see cref="PlotlyFigure"/>), with
    /// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped as System.Text.Json escapes them by default.
    /// </summary>
    public static string PlotlyJson(PlotlyChart chart) => PlotlyFigure.Of(chart).ToJsonString();

    /// <summary>
    /// The chart as HTML: a box that says what it needs, and a script that draws the figure there with the page's
    /// plotly.js, else with plotly.js from its CDN (so it draws only online). The figure is written with <c>&lt;</c>
    /// escaped, so no label can end the script.
    /// </summary>
    public static string Html(PlotlyChart chart)
    {
        var id = $"notebookkit-chart-{Guid.NewGuid():N}";
        var figure = PlotlyJson(chart);
        var cdn = $"https://cdn.plot.ly/plotly-{PlotlyJsVersion}.min";
        return $$"""
            <div id="{{id}}" style="max-width: {{chart.Width}}px; height: {{chart.Height}}px;">This chart is drawn by plotly.js, loaded from cdn.plot.ly: offline, open the notebook in VS Code or read its rendered page.</div>
            <script type="text/javascript">
            (function () {
                var figure = {{figure}};
                var draw = function (Plotly) {
                    var element = document.getElementById("{{id}}");
                    element.textContent = "";
                    Plotly.newPlot(element, figure.data, figure.layout, { responsive: true });
                };
                if (window.Plotly) {
                    draw(window.Plotly);
                } else if (typeof require === "function" && require.config) {
                    require.config({ paths: { plotly: "{{cdn}}" } });
                    require(["plotly"], draw);
                } else {
                    var script = document.createElement("script");
                    script.src = "{{cdn}}.js";
                    script.onload = function () { draw(window.Plotly); };
                    document.head.appendChild(script);
                }
            })();
            </script>
            """;
    }
}
