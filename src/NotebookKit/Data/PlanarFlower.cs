using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;

namespace NotebookKit.Data;

/// <summary>
/// The planar "flower" of the first course's shallow-network assignment (<c>load_planar_dataset</c>): two
/// classes of points on the petals of the rose curve <c>r = a·sin 4θ</c>, which a linear classifier cannot
/// separate.
/// </summary>
public static class PlanarFlower
{
    /// <summary>
    /// With N = m/2 points per class j ∈ {0, 1}, drawn in this order:
    /// <c>t = linspace(3.12·j, 3.12·(j+1), N) + 0.2·randn(N)</c>, <c>r = a·sin(4t) + 0.2·randn(N)</c>,
    /// <c>x = (r·sin t, r·cos t)</c>, label j; class 0 first, then class 1 (not shuffled).
    /// </summary>
    /// <param name="random">The generator; the course seeds it with 1.</param>
    /// <param name="m">The number of points, even (the course: 400).</param>
    /// <param name="a">The petal length (the course: 4).</param>
    /// <returns>X (2 × m) and Y (1 × m).</returns>
    public static DataSet Make(NumpyRandomState random, int m = 400, double a = 4)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (m < 2 || m % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(m), m, "The flower has two classes of m/2 points each; pass an even m >= 2 (the course uses 400).");
        }
        int n = m / 2;
        var x = Matrix<double>.Build.Dense(2, m);
        var y = Matrix<double>.Build.Dense(1, m);
        for (int j = 0; j < 2; j++)
        {
            double[] t = Linspace.Of(j * 3.12, (j + 1) * 3.12, n);
            for (int i = 0; i < n; i++)
            {
                t[i] += random.StandardNormal() * 0.2;
            }
            for (int i = 0; i < n; i++)
            {
                double r = a * Math.Sin(4 * t[i]) + random.StandardNormal() * 0.2;
                x[0, n * j + i] = r * Math.Sin(t[i]);
                x[1, n * j + i] = r * Math.Cos(t[i]);
                y[0, n * j + i] = j;
            }
        }
        return new DataSet(x, y);
    }
}
