using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// What every NotebookKit chart shares: a title, axis titles and a legend, always set; exponents on log axes written as
/// powers of ten (10⁻⁷, as the text writes them, never plotly's SI prefixes 100n or 1p); and a size that fits the page.
/// </summary>
internal static class ChartStyle
{
    /// <summary>
    /// The width a display that fixes one in pixels gives a chart: it fits the text column of a page at a window
    /// 800 px wide. The layout asks for <c>autosize</c>, so a page that leaves the width to plotly (no
    /// <c>layout.width</c>, plotly's <c>responsive</c> config) fills its column instead.
    /// </summary>
    public const int Width = 640;

    public const int Height = 440;

    /// <summary>Plotly's default palette, assigned in order so a faint raw curve and its smoothed line share a colour.</summary>
    public static readonly string[] Palette =
    {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    };

    public static string Color(int index) => Palette[index % Palette.Length];

    public static Layout.Layout Layout(string title, string xTitle, string yTitle, bool logX = false, bool logY = false)
    {
        RequireTitles(title, xTitle, yTitle);
        return new Layout.Layout
        {
            title = title,
            showlegend = true,
            // Below the axes, so the legend's names are never cut and the plot keeps the chart's whole width.
            legend = new Legend { orientation = "h", x = 0, xanchor = "left", y = -0.3, yanchor = "top" },
            autosize = true,
            xaxis = XAxis(xTitle, logX),
            yaxis = YAxis(yTitle, logY),
        };
    }

    /// <summary>The layout of a picture of the plane (contours, paths, decision boundaries): both axes at one scale (see <see cref="EqualScaleAxes"/>).</summary>
    public static Layout.Layout PlaneLayout(string title, string xTitle, string yTitle)
    {
        var layout = Layout(title, xTitle, yTitle);
        layout.xaxis = EqualScaleAxes.X(xTitle);
        layout.yaxis = EqualScaleAxes.Y(yTitle);
        return layout;
    }

    /// <summary>A horizontal axis: a log axis writes 1e-7 as 10⁻⁷, a linear one its numbers in full (3000, not 3k).</summary>
    public static Xaxis XAxis(string title, bool log = false) =>
        new() { title = title, type = log ? "log" : "linear", exponentformat = ExponentFormat(log) };

    /// <summary>A vertical axis, written like <see cref="XAxis"/>.</summary>
    public static Yaxis YAxis(string title, bool log = false) =>
        new() { title = title, type = log ? "log" : "linear", exponentformat = ExponentFormat(log) };

    /// <summary>plotly's <c>exponentformat</c>: "power" (10⁻⁷) on a log axis, "none" (digits in full) on a linear one; never SI prefixes.</summary>
    public static string ExponentFormat(bool log) => log ? "power" : "none";

    public static PlotlyChart Finish(PlotlyChart chart, int height = Height)
    {
        chart.WithWidth(Width);
        chart.WithHeight(height);
        return chart;
    }

    public static void RequireTitles(string title, string xTitle, string yTitle)
    {
        Require(title, nameof(title));
        Require(xTitle, nameof(xTitle));
        Require(yTitle, nameof(yTitle));
    }

    private static void Require(string text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"Every chart needs a {name}: say what is shown and in which unit.", name);
        }
    }
}
