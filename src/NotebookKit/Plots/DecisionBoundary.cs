using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Networks;
using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// The course's decision-boundary picture: the model's prediction over a grid covering the data (padding 1 on
/// every side) as a filled contour, and the examples on top, coloured by class (see <see cref="ClassScatter"/>).
/// </summary>
public static class DecisionBoundary
{
    /// <summary>Plots <paramref name="model"/>'s predictions for 2-D inputs <paramref name="x"/> (2 × m) with labels <paramref name="y"/> (1 × m).</summary>
    public static PlotlyChart Plot(Model model, Matrix<double> x, Matrix<double> y, string title, int resolution = 150) =>
        Plot(model.Predict, x, y, title, resolution);

    /// <summary>Plots any 2-D classifier: <paramref name="predict"/> maps a 2 × n grid to 1 × n labels.</summary>
    public static PlotlyChart Plot(Func<Matrix<double>, Matrix<double>> predict, Matrix<double> x, Matrix<double> y, string title, int resolution = 150)
    {
        var points = ClassScatter.Traces(x, y);
        if (resolution < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "The grid needs at least 2 points per axis.");
        }
        var grid = Grid.Over(x.Row(0).Minimum() - 1, x.Row(0).Maximum() + 1, x.Row(1).Minimum() - 1, x.Row(1).Maximum() + 1, resolution);
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
