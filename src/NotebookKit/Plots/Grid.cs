using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Plots;

/// <summary>A regular grid over a rectangle, as the course's <c>np.meshgrid</c>, with its points as columns.</summary>
internal sealed class Grid
{
    private Grid(double[] xs, double[] ys)
    {
        Xs = xs;
        Ys = ys;
        Points = Matrix<double>.Build.Dense(2, xs.Length * ys.Length, (row, k) => row == 0 ? xs[k % xs.Length] : ys[k / xs.Length]);
    }

    public double[] Xs { get; }

    public double[] Ys { get; }

    /// <summary>Every grid point as a column (2 × n), x varying fastest.</summary>
    public Matrix<double> Points { get; }

    public static Grid Over(double xMin, double xMax, double yMin, double yMax, int resolution) =>
        new(Linspace(xMin, xMax, resolution), Linspace(yMin, yMax, resolution));

    /// <summary>Values of the points, in <see cref="Points"/>' order, as rows of z[y][x] for a contour.</summary>
    public double[][] Reshape(IEnumerable<double> values)
    {
        var all = values.ToArray();
        return Enumerable.Range(0, Ys.Length).Select(r => all.AsSpan(r * Xs.Length, Xs.Length).ToArray()).ToArray();
    }

    private static double[] Linspace(double from, double to, int count) =>
        Enumerable.Range(0, count).Select(i => from + (to - from) * i / (count - 1)).ToArray();
}
