using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>The traces every picture of a 2-D function f(x, y) shares: its contour lines and its minimum.</summary>
internal static class SurfaceTraces
{
    /// <summary>25 grey contour lines of f over the ranges, on a <paramref name="resolution"/> × <paramref name="resolution"/> grid.</summary>
    public static Contour Contours(Func<double, double, double> f, (double Min, double Max) xRange, (double Min, double Max) yRange, int resolution)
    {
        var grid = Grid.Over(xRange.Min, xRange.Max, yRange.Min, yRange.Max, resolution);
        return new Contour
        {
            name = "f(x, y)",
            x = grid.Xs,
            y = grid.Ys,
            z = grid.Reshape(Enumerable.Range(0, grid.Points.ColumnCount).Select(k => f(grid.Points[0, k], grid.Points[1, k]))),
            ncontours = 25,
            showscale = false,
            showlegend = true,
            colorscale = "Greys",
            contours = new Contours { coloring = "lines" },
        };
    }

    /// <summary>The minimum, marked with a black cross.</summary>
    public static Scatter Minimum((double X, double Y) minimum) => new()
    {
        name = "minimum",
        x = new[] { minimum.X },
        y = new[] { minimum.Y },
        mode = "markers",
        marker = new Marker { symbol = "cross", size = 12, color = "black" },
    };
}
