using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Networks;
using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// The course's decision-boundary picture: the model's prediction over a grid covering the data (padding 1 on
/// every side) as a filled contour, and the examples on top, coloured by class (0 red, 1 blue).
/// </summary>
public static class DecisionBoundary
{
    /// <summary>Plots <paramref name="model"/>'s predictions for 2-D inputs <paramref name="x"/> (2 × m) with labels <paramref name="y"/> (1 × m).</summary>
    public static PlotlyChart Plot(Model model, Matrix<double> x, Matrix<double> y, string title, int resolution = 150) =>
        Plot(model.Predict, x, y, title, resolution);

    /// <summary>Plots any 2-D classifier: <paramref name="predict"/> maps a 2 × n grid to 1 × n labels.</summary>
    public static PlotlyChart Plot(Func<Matrix<double>, Matrix<double>> predict, Matrix<double> x, Matrix<double> y, string title, int resolution = 150)
    {
        if (x.RowCount != 2)
        {
            throw new ArgumentException($"A decision boundary is drawn in the plane: X must have 2 rows (features), but has shape ({x.RowCount}, {x.ColumnCount}).");
        }
        if (y.RowCount != 1 || y.ColumnCount != x.ColumnCount)
        {
            throw new ArgumentException($"Y must be 1 × {x.ColumnCount} labels to match X, but has shape ({y.RowCount}, {y.ColumnCount}).");
        }
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
            contours = new Contours { coloring = "heatmap", showlines = false },
        };
        var traces = new List<Trace> { boundary };
        foreach (var (label, color, name) in new[] { (0.0, "#d62728", "y = 0"), (1.0, "#1f77b4", "y = 1") })
        {
            var columns = Enumerable.Range(0, x.ColumnCount).Where(j => y[0, j] == label).ToArray();
            traces.Add(new Scatter
            {
                name = name,
                x = columns.Select(j => x[0, j]).ToArray(),
                y = columns.Select(j => x[1, j]).ToArray(),
                mode = "markers",
                marker = new Marker { color = color, size = 6, line = new Line { color = "black", width = 0.5 } },
            });
        }
        return ChartStyle.Finish(Chart.Plot(traces, ChartStyle.Layout(title, "x₁", "x₂")), 640, 520);
    }
}
