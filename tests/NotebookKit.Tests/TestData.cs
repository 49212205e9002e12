using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;

namespace NotebookKit.Tests;

/// <summary>Small seeded inputs shared by the tests.</summary>
internal static class TestData
{
    public static Matrix<double> Randn(int seed, int rows, int columns) => new NumpyRandomState(seed).Randn(rows, columns);

    /// <summary>Binary labels 1 × m drawn as <c>rand(1, m) &lt; 0.5</c>.</summary>
    public static Matrix<double> BinaryLabels(int seed, int m) =>
        new NumpyRandomState(seed).Rand(1, m).Map(u => u < 0.5 ? 1.0 : 0.0);

    /// <summary>One-hot labels C × m with a seeded class per column.</summary>
    public static Matrix<double> OneHot(int seed, int classes, int m)
    {
        var random = new NumpyRandomState(seed);
        var labels = Matrix<double>.Build.Dense(classes, m);
        for (int j = 0; j < m; j++)
        {
            labels[(int)(random.RandomSample() * classes), j] = 1.0;
        }
        return labels;
    }

    public static Matrix<double> FromRows(double[,] rows) => Matrix<double>.Build.DenseOfArray(rows);

    public static void AssertClose(double[,] expected, Matrix<double> actual, double tolerance)
    {
        Assert.Equal(expected.GetLength(0), actual.RowCount);
        Assert.Equal(expected.GetLength(1), actual.ColumnCount);
        for (int i = 0; i < actual.RowCount; i++)
        {
            for (int j = 0; j < actual.ColumnCount; j++)
            {
                Assert.True(Math.Abs(expected[i, j] - actual[i, j]) <= tolerance,
                    $"entry ({i}, {j}): expected {expected[i, j]}, got {actual[i, j]}");
            }
        }
    }
}
