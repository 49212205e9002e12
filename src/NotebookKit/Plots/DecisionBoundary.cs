using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Networks;
using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// The course's decision-boundary picture: the model's prediction over a grid covering the data (padding 1 on
/// every side unless a <c>padding</c> is given; the course zooms to its data with about 0.1) as a filled contour, and the examples on top, coloured by class (see <see cref="ClassScatter"/>).
/// </summary>
public static class DecisionBoundary
{
    /// <summary>Plots <paramref name="model"/>'s predictions for 2-D inputs <paramref name="x"/> (2 × m) with labels <paramref name="y"/> (1 × m).</summary>
    public static PlotlyChart Plot(Model model, Matrix<double> x, Matrix<double> y, string title, int resolution = 150, double padding = 1) =>
        Plot(model.Predict, x, y, title, resolution, padding);

    /// <summary>Plots any 2-D classifier: <paramref name="predict"/> maps a 2 × n grid to 1 × n labels.</summary>
    public static PlotlyChart Plot(Func<Matrix<double>, Matrix<double>> predict, Matrix<double> x, Matrix<double> y, string title, int resolution = 150, double padding = 1)
    {
        var points = ClassScatter.Traces(x, y);
        if (resolution < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "The grid needs at least 2 points per axis.");
        }
        if (!(padding >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(padding), padding, "The padding around the data must be 0 or more.");
        }
        var grid = Grid.Over(x.Row(0).Minimum() - padding, x.Row(0).Maximum() + padding, x.Row(1).Minimum() - padding, x.Row(1).Maximum() + padding, resolution);
        var labels = predict(grid.Points);
        var boundary = new Contour
        {
            name = "prediction",
            x = grid.Xs,
            y = grid.Ys,
            z = grid.Reshape(labels.Row(0)),
            colorscale = new object[] { new object[] { 0, "#f4a6a6" }, new object[] { 1, "#a6c8f4" } },
            showscale = false,
            showlegend = true,
            contours = new Contours { coloring = "heatmap" },
            line = new Line { width = 0 }, // no contour lines over the coloured regions
        };
        var traces = new List<Trace> { boundary };
        traces.AddRange(points);
        return ChartStyle.Finish(Chart.Plot(traces, ChartStyle.PlaneLayout(title, "x₁", "x₂")), height: 520);
    }
}
