using System.Net;
using XPlot.Plotly;

namespace NotebookKit.Runner.Formatting;

/// <summary>
/// The HTML of an XPlot.Plotly chart as XPlot.Plotly.Interactive shows it: a sized div and a script calling
/// <c>Plotly.newPlot</c>. The script uses the page's plotly.js when there is one (the runner's HTML pages bundle
/// it, so they work offline) and otherwise loads plotly.js itself, as the notebook extension does in VS Code.
/// </summary>
public static class PlotlyHtml
{
    /// <summary>The plotly.js version the runner bundles and the notebook output falls back to.</summary>
    public const string PlotlyJsVersion = "2.35.3";

    /// <summary>The chart's div and script.</summary>
    public static string Render(PlotlyChart chart)
    {
        var id = WebUtility.HtmlEncode(chart.Id);
        var plotting = chart.GetInlineJS().Replace("<script>", "").Replace("</script>", "").Trim();
        return $$"""
            <div id="{{id}}" style="width: {{chart.Width}}px; height: {{chart.Height}}px;"></div>
            <script type="text/javascript">
            (function () {
                var renderPlotly = function (Plotly) {
                    {{plotting}}
                };
                if (window.Plotly) {
                    renderPlotly(window.Plotly);
                } else if (typeof require === "function" && require.config) {
                    require.config({ paths: { plotly: "https://cdn.plot.ly/plotly-{{PlotlyJsVersion}}.min" } });
                    require(["plotly"], renderPlotly);
                } else {
                    var script = document.createElement("script");
                    script.src = "https://cdn.plot.ly/plotly-{{PlotlyJsVersion}}.min.js";
                    script.onload = function () { renderPlotly(window.Plotly); };
                    document.head.appendChild(script);
                }
            })();
            </script>
            """;
    }
}
