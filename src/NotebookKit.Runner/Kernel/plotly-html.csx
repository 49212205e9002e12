// Submitted by NotebookKit.Runner to a notebook's kernel where XPlot.Plotly.Interactive could not be restored and
// XPlot.Plotly was loaded in its place: the text/html display that XPlot.Plotly.Interactive registers for a chart,
// a sized div and a script calling Plotly.newPlot (with the page's plotly.js, else plotly.js from its CDN).
Microsoft.DotNet.Interactive.Formatting.Formatter.Register<XPlot.Plotly.PlotlyChart>(
    (chart, writer) =>
    {
        var plotting = chart.GetInlineJS().Replace("<script>", "").Replace("</script>", "").Trim();
        writer.Write($$"""
            <div id="{{System.Net.WebUtility.HtmlEncode(chart.Id)}}" style="width: {{chart.Width}}px; height: {{chart.Height}}px;"></div>
            <script type="text/javascript">
            (function () {
                var renderPlotly = function (Plotly) {
                    {{plotting}}
                };
                if (window.Plotly) {
                    renderPlotly(window.Plotly);
                } else if (typeof require === "function" && require.config) {
                    require.config({ paths: { plotly: "https://cdn.plot.ly/plotly-@PLOTLY_JS_VERSION@.min" } });
                    require(["plotly"], renderPlotly);
                } else {
                    var script = document.createElement("script");
                    script.src = "https://cdn.plot.ly/plotly-@PLOTLY_JS_VERSION@.min.js";
                    script.onload = function () { renderPlotly(window.Plotly); };
                    document.head.appendChild(script);
                }
            })();
            </script>
            """);
    },
    "text/html");
