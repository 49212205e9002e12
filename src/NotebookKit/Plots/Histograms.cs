using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// Histograms in panels, one per layer, on a shared count axis: the "activation distribution by initialization"
/// picture. The panels wrap into rows of three (see <see cref="PanelLayout"/>), so the chart fits a page's column.
/// Each series holds bin centres (X) and counts (Y), so a page stays small however many activations were counted.
/// </summary>
public static class Histograms
{
    /// <summary>The most panels one chart holds.</summary>
    public const int MaxPanels = 8;

    /// <summary>One panel per series (e.g. per layer), left to right, then row by row; each panel's axis names its series.</summary>
    public static PlotlyChart SideBySide(IReadOnlyList<Series> panels, string title, string xTitle = "activation", string yTitle = "count")
    {
        if (panels.Count is 0 or > MaxPanels)
        {
            throw new ArgumentException($"Pass between 1 and {MaxPanels} histograms (one per layer); got {panels.Count}.");
        }
        ChartStyle.RequireTitles(title, xTitle, yTitle);
        var layout = new PanelLayout(panels.Select(p => p.Name).ToList(), title, xTitle, yTitle);
        var traces = panels.Select((panel, k) =>
        {
            panel.Validate();
            return (Trace)new Bar
            {
                name = panel.Name,
                x = panel.X,
                y = panel.Y,
                xaxis = PanelLayout.AxisName("x", k),
                yaxis = PanelLayout.AxisName("y", k / PanelLayout.PerRow),
                marker = new Marker { color = ChartStyle.Color(k) },
            };
        }).ToList();
        return ChartStyle.Finish(Chart.Plot(traces, layout), height: 110 + PanelLayout.RowHeight * layout.Rows);
    }
}
