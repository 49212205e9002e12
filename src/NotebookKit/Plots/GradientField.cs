using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// The direction of steepest descent, −∇f, drawn as arrows on a grid over the contour lines of f(x, y): where
/// gradient descent would head from each point. Arrows have one length, so the picture shows directions only.
/// </summary>
public static class GradientField
{
    /// <summary>Plots −∇f at <paramref name="arrowsPerAxis"/> × <paramref name="arrowsPerAxis"/> points over the contours of f.</summary>
    /// <param name="f">The function, e.g. <c>(x, y) =&gt; x*x/20 + y*y</c>.</param>
    /// <param name="gradient">Its gradient ∇f = (∂f/∂x, ∂f/∂y).</param>
    /// <param name="xRange">The horizontal extent.</param>
    /// <param name="yRange">The vertical extent.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="minimum">Where the minimum is, marked with a cross; null for none.</param>
    /// <param name="arrowsPerAxis">Arrows along each axis, 2 to 40.</param>
    public static PlotlyChart Plot(
        Func<double, double, double> f, Func<double, double, (double Dx, double Dy)> gradient,
        (double Min, double Max) xRange, (double Min, double Max) yRange, string title,
        (double X, double Y)? minimum = null, int arrowsPerAxis = 15)
    {
        if (arrowsPerAxis is < 2 or > 40)
        {
            throw new ArgumentOutOfRangeException(nameof(arrowsPerAxis), arrowsPerAxis, "Draw between 2 and 40 arrows per axis (15 reads well).");
        }
        var traces = new List<Trace> { SurfaceTraces.Contours(f, xRange, yRange, 60) };
        double dx = (xRange.Max - xRange.Min) / arrowsPerAxis, dy = (yRange.Max - yRange.Min) / arrowsPerAxis;
        var xs = new List<double?>();
        var ys = new List<double?>();
        for (int i = 0; i < arrowsPerAxis; i++)
        {
            for (int j = 0; j < arrowsPerAxis; j++)
            {
                double x = xRange.Min + (i + 0.5) * dx, y = yRange.Min + (j + 0.5) * dy;
                var (gx, gy) = gradient(x, y);
                // −∇f in grid units, so an arrow is 0.8 cells long whatever the aspect ratio of the axes.
                double ux = -gx / dx, uy = -gy / dy, norm = Math.Sqrt(ux * ux + uy * uy);
                if (!(norm > 0) || !double.IsFinite(norm))
                {
                    continue;
                }
                ux *= 0.8 / norm;
                uy *= 0.8 / norm;
                double tipX = x + ux * dx, tipY = y + uy * dy;
                AddSegment(xs, ys, x, y, tipX, tipY);
                foreach (double turn in new[] { 2.6, -2.6 })
                {
                    double hx = (ux * Math.Cos(turn) - uy * Math.Sin(turn)) * 0.35, hy = (ux * Math.Sin(turn) + uy * Math.Cos(turn)) * 0.35;
                    AddSegment(xs, ys, tipX, tipY, tipX + hx * dx, tipY + hy * dy);
                }
            }
        }
        traces.Add(new Scatter
        {
            name = "−∇f (direction only)",
            x = xs,
            y = ys,
            mode = "lines",
            line = new Line { color = ChartStyle.Color(0), width = 1.2 },
        });
        if (minimum is { } min)
        {
            traces.Add(SurfaceTraces.Minimum(min));
        }
        return ChartStyle.Finish(Chart.Plot(traces, ChartStyle.PlaneLayout(title, "x", "y")));
    }

    private static void AddSegment(List<double?> xs, List<double?> ys, double x0, double y0, double x1, double y1)
    {
        xs.AddRange(new double?[] { x0, x1, null });
        ys.AddRange(new double?[] { y0, y1, null });
    }
}
