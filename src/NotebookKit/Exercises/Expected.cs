using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>Builds comparisons of named matrices (the course's dictionaries) against reference values.</summary>
internal static class Expected
{
    public static Matrix<double> Rows(double[,] rows) => Matrix<double>.Build.DenseOfArray(rows);

    public static Matrix<double> Zeros(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns);

    /// <summary>Compares every expected entry of <paramref name="expected"/> with the same key of <paramref name="actual"/>.</summary>
    public static IEnumerable<Comparison> Compare(
        IReadOnlyDictionary<string, Matrix<double>> actual, IEnumerable<(string Key, Matrix<double> Value)> expected, double tolerance, string prefix = "") =>
        expected.Select(e => new Comparison(prefix == "" ? e.Key : $"{prefix}[\"{e.Key}\"]", e.Value, actual.GetValueOrDefault(e.Key), tolerance));
}
