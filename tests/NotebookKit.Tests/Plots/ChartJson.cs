using System.Text.Json;
using NotebookKit.Plots;
using XPlot.Plotly;

namespace NotebookKit.Tests.Plots;

/// <summary>Reads back the data and layout of the plotly figure a notebook shows for a chart.</summary>
internal static class ChartJson
{
    public static (JsonElement Data, JsonElement Layout) Of(PlotlyChart chart)
    {
        var figure = JsonDocument.Parse(ChartDisplay.PlotlyJson(chart)).RootElement;
        return (figure.GetProperty("data"), figure.GetProperty("layout"));
    }
}
