// Submitted by NotebookKit.Runner to a notebook's kernel after the cell that loads XPlot.Plotly: every chart is
// also shown as application/vnd.plotly.v1+json (its data and layout), which VS Code and JupyterLab render offline
// and which the runner's HTML pages draw with their embedded plotly.js, beside its text/html.
{
    var statement = new System.Text.RegularExpressions.Regex(@"^\s*var (data|layout) = (.*);\s*$", System.Text.RegularExpressions.RegexOptions.Multiline);
    Microsoft.DotNet.Interactive.Formatting.Formatter.Register<XPlot.Plotly.PlotlyChart>(
        (chart, writer) =>
        {
            var parts = statement.Matches(chart.GetInlineJS()).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
            var layout = System.Text.Json.Nodes.JsonNode.Parse(parts["layout"]) as System.Text.Json.Nodes.JsonObject ?? new System.Text.Json.Nodes.JsonObject();
            if (layout["autosize"]?.GetValue<bool>() != true)
            {
                // A chart that sizes itself to its container keeps no fixed width.
                layout["width"] ??= chart.Width;
            }
            layout["height"] ??= chart.Height;
            var figure = new System.Text.Json.Nodes.JsonObject { ["data"] = System.Text.Json.Nodes.JsonNode.Parse(parts["data"]), ["layout"] = layout };
            writer.Write(figure.ToJsonString());
        },
        "application/vnd.plotly.v1+json");
    Microsoft.DotNet.Interactive.Formatting.Formatter.SetPreferredMimeTypesFor(typeof(XPlot.Plotly.PlotlyChart), "text/html", "application/vnd.plotly.v1+json");
}
