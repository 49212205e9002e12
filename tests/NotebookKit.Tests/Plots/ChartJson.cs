using System.Text.Json;
using System.Text.RegularExpressions;
using XPlot.Plotly;

namespace NotebookKit.Tests.Plots;

/// <summary>Reads back the data and layout JSON a chart hands to plotly.js.</summary>
internal static partial class ChartJson
{
    public static (JsonElement Data, JsonElement Layout) Of(PlotlyChart chart)
    {
        string html = chart.GetInlineHtml();
        return (Parse(DataPattern(), html), Parse(LayoutPattern(), html));
    }

    private static JsonElement Parse(Regex pattern, string html) =>
        JsonDocument.Parse(pattern.Match(html).Groups[1].Value).RootElement;

    [GeneratedRegex(@"var data = (.*);\s*\n")]
    private static partial Regex DataPattern();

    [GeneratedRegex(@"var layout = (.*);\s*\n")]
    private static partial Regex LayoutPattern();
}
