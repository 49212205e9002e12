using MathNet.Numerics.LinearAlgebra;
using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>A 2-D data set as points coloured by class, as the course draws its data (class 0 red, class 1 blue).</summary>
public static class ClassScatter
{
    private static readonly string[] ClassColors = { "#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b" };

    /// <summary>Plots the examples of <paramref name="x"/> (2 × m) coloured by their labels <paramref name="y"/> (1 × m).</summary>
    public static PlotlyChart Plot(Matrix<double> x, Matrix<double> y, string title) =>
        ChartStyle.Finish(Chart.Plot(Traces(x, y), ChartStyle.PlaneLayout(title, "x₁", "x₂")), height: 520);

    /// <summary>One marker trace per class, in class order.</summary>
    internal static List<Trace> Traces(Matrix<double> x, Matrix<double> y)
    {
        if (x.RowCount != 2)
        {
            throw new ArgumentException($"Points are drawn in the plane: X must have 2 rows (features), but has shape ({x.RowCount}, {x.ColumnCount}).");
        }
        if (y.RowCount != 1 || y.ColumnCount != x.ColumnCount)
        {
            throw new ArgumentException($"Y must be 1 × {x.ColumnCount} labels to match X, but has shape ({y.RowCount}, {y.ColumnCount}).");
        }
        return y.Row(0).Distinct().Order().Select((label, k) =>
        {
            var columns = Enumerable.Range(0, x.ColumnCount).Where(j => y[0, j] == label).ToArray();
            return (Trace)new Scatter
            {
                name = FormattableString.Invariant($"y = {label}"),
                x = columns.Select(j => x[0, j]).ToArray(),
                y = columns.Select(j => x[1, j]).ToArray(),
                mode = "markers",
                marker = new Marker { color = ClassColors[k % ClassColors.Length], size = 6, line = new Line { color = "black", width = 0.5 } },
            };
        }).ToList();
    }
}
