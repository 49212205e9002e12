using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>What every NotebookKit chart shares: a title, axis titles and a legend, always set.</summary>
internal static class ChartStyle
{
    public const int Width = 800;
    public const int Height = 480;

    /// <summary>Plotly's default palette, assigned in order so a faint raw curve and its smoothed line share a colour.</summary>
    public static readonly string[] Palette =
    {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    };

    public static string Color(int index) => Palette[index % Palette.Length];

    public static Layout.Layout Layout(string title, string xTitle, string yTitle, bool logX = false, bool logY = false)
    {
        Require(title, nameof(title));
        Require(xTitle, nameof(xTitle));
        Require(yTitle, nameof(yTitle));
        return new Layout.Layout
        {
            title = title,
            showlegend = true,
            xaxis = new Xaxis { title = xTitle, type = logX ? "log" : "linear" },
            yaxis = new Yaxis { title = yTitle, type = logY ? "log" : "linear" },
        };
    }

    public static PlotlyChart Finish(PlotlyChart chart, int width = Width, int height = Height)
    {
        chart.WithWidth(width);
        chart.WithHeight(height);
        return chart;
    }

    private static void Require(string text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"Every chart needs a {name}: say what is shown and in which unit.", name);
        }
    }
}
