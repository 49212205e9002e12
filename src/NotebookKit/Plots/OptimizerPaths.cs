using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>Optimizers' paths drawn over the contour lines of a 2-D function f(x, y), with the minimum marked.</summary>
public static class OptimizerPaths
{
    /// <summary>Plots <paramref name="paths"/> (each a series of positions) over the contours of <paramref name="f"/>.</summary>
    /// <param name="f">The function being minimized, e.g. <c>(x, y) =&gt; x*x/20 + y*y</c>.</param>
    /// <param name="paths">One series per optimizer: X and Y are the positions after 0, 1, 2, … steps.</param>
    /// <param name="xRange">The horizontal extent.</param>
    /// <param name="yRange">The vertical extent.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="minimum">Where the minimum is, marked with a cross; null for none.</param>
    /// <param name="resolution">Grid points per axis for the contours: 60 draws a smooth bowl at a page's width in a quarter of the bytes of 120.</param>
    /// <param name="xTitle">The horizontal axis's title, e.g. "w".</param>
    /// <param name="yTitle">The vertical axis's title, e.g. "b".</param>
    public static PlotlyChart Plot(
        Func<double, double, double> f, IEnumerable<Series> paths, (double Min, double Max) xRange, (double Min, double Max) yRange,
        string title, (double X, double Y)? minimum = null, int resolution = 60, string xTitle = "x", string yTitle = "y")
    {
        var traces = new List<Trace> { SurfaceTraces.Contours(f, xRange, yRange, resolution) };
        foreach (var (path, index) in paths.Select((p, i) => (p, i)))
        {
            path.Validate();
            traces.Add(new Scatter
            {
                name = path.Name,
                x = path.X,
                y = path.Y,
                mode = "lines+markers",
                line = new Line { color = ChartStyle.Color(index) },
                marker = new Marker { color = ChartStyle.Color(index), size = 5 },
            });
        }
        if (minimum is { } min)
        {
            traces.Add(SurfaceTraces.Minimum(min));
        }
        return ChartStyle.Finish(Chart.Plot(traces, ChartStyle.PlaneLayout(title, xTitle, yTitle)));
    }
}
