using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// Histograms side by side, one panel per layer on a shared count axis: the "activation distribution by
/// initialization" picture. Each series holds bin centres (X) and counts (Y), so a page stays small however
/// many activations were counted.
/// </summary>
public static class Histograms
{
    /// <summary>The most panels one chart holds.</summary>
    public const int MaxPanels = 8;

    /// <summary>One panel per series (e.g. per layer), left to right.</summary>
    public static PlotlyChart SideBySide(IReadOnlyList<Series> panels, string title, string xTitle = "activation", string yTitle = "count")
    {
        if (panels.Count is 0 or > MaxPanels)
        {
            throw new ArgumentException($"Pass between 1 and {MaxPanels} histograms (one per layer); got {panels.Count}.");
        }
        var layout = new PanelLayout(panels.Count, ChartStyle.Layout(title, xTitle, yTitle));
        var traces = panels.Select((panel, k) =>
        {
            panel.Validate();
            return (Trace)new Bar
            {
                name = panel.Name,
                x = panel.X,
                y = panel.Y,
                xaxis = k == 0 ? "x" : $"x{k + 1}",
                marker = new Marker { color = ChartStyle.Color(k) },
            };
        }).ToList();
        return ChartStyle.Finish(Chart.Plot(traces, layout), Math.Max(ChartStyle.Width, 220 * panels.Count), 360);
    }
}
