using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;

namespace NotebookKit.Data;

/// <summary>The steps scikit-learn's sample generators share, in the order they draw random numbers.</summary>
internal static class ScikitLearnSteps
{
    /// <summary>
    /// Turns points listed as scikit-learn lists them (row i = example i, an n × features array) into a
    /// <see cref="DataSet"/>: <c>util_shuffle</c> (when <paramref name="shuffle"/>) reorders the rows by
    /// <c>random.permutation(n)</c>, then <c>X += random.normal(scale=noise, size=(n, features))</c>
    /// (when <paramref name="noise"/> is given), and finally X is transposed to features × n, Y to 1 × n.
    /// </summary>
    public static DataSet Finish(double[,] points, int[] labels, NumpyRandomState random, bool shuffle, double? noise)
    {
        int n = points.GetLength(0);
        int features = points.GetLength(1);
        int[] order = shuffle ? random.Permutation(n) : Enumerable.Range(0, n).ToArray();
        var x = Matrix<double>.Build.Dense(features, n, (f, j) => points[order[j], f]);
        var y = Matrix<double>.Build.Dense(1, n, (_, j) => labels[order[j]]);
        if (noise is double scale)
        {
            x += random.Normal(0.0, scale, n, features).Transpose();
        }
        return new DataSet(x, y);
    }

    /// <summary>Checks a sample count with a message a student can act on.</summary>
    public static void RequireSamples(int nSamples, int minimum, string generator)
    {
        if (nSamples < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(nSamples), nSamples,
                $"{generator} needs n_samples >= {minimum}; the course uses 300.");
        }
    }

    /// <summary>Checks a noise level: a standard deviation, so null (no noise) or a finite number ≥ 0.</summary>
    public static void RequireNoise(double? noise)
    {
        if (noise is double s && (!(s >= 0) || double.IsInfinity(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(noise), noise,
                "noise is the standard deviation of the Gaussian noise: pass null for none or a finite number >= 0 (the course uses 0.05 or 0.2).");
        }
    }
}
