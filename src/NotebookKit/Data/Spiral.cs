using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;

namespace NotebookKit.Data;

/// <summary>
/// CS231n's spiral data: K arms of N points each, one class per arm, not linearly separable — the
/// classic toy problem for a small softmax network.
/// </summary>
public static class Spiral
{
    /// <summary>
    /// For each class j = 0 … K−1, drawn in this order: radius <c>r = linspace(0, 1, N)</c>, angle
    /// <c>t = linspace(4j, 4(j+1), N) + 0.2·randn(N)</c>, point <c>x = (r·sin t, r·cos t)</c>, label j.
    /// </summary>
    /// <param name="pointsPerClass">N, the points on each arm (CS231n: 100).</param>
    /// <param name="classes">K, the number of arms (CS231n: 3).</param>
    /// <param name="random">The generator.</param>
    /// <returns>X (2 × N·K) and Y (1 × N·K, the class index; see <see cref="OneHot"/> for C × m).</returns>
    public static DataSet Make(int pointsPerClass, int classes, NumpyRandomState random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (pointsPerClass < 1 || classes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pointsPerClass),
                $"The spiral needs at least one class and one point per class (CS231n: 100 points, 3 classes); got {pointsPerClass} points, {classes} classes.");
        }
        int n = pointsPerClass;
        var x = Matrix<double>.Build.Dense(2, n * classes);
        var y = Matrix<double>.Build.Dense(1, n * classes);
        double[] r = Linspace.Of(0.0, 1, n);
        for (int j = 0; j < classes; j++)
        {
            double[] t = Linspace.Of(j * 4, (j + 1) * 4, n);
            for (int i = 0; i < n; i++)
            {
                t[i] += random.StandardNormal() * 0.2;
                x[0, n * j + i] = r[i] * Math.Sin(t[i]);
                x[1, n * j + i] = r[i] * Math.Cos(t[i]);
                y[0, n * j + i] = j;
            }
        }
        return new DataSet(x, y);
    }
}
