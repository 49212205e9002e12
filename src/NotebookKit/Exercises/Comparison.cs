using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>One value a check compares: what the student's code returned against the expected value.</summary>
/// <param name="What">What is compared, e.g. <c>W1</c> or <c>v["dW1"]</c>.</param>
/// <param name="Expected">The reference value.</param>
/// <param name="Actual">The student's value, or null when it is missing.</param>
/// <param name="Tolerance">The largest absolute difference accepted per entry.</param>
public sealed record Comparison(string What, Matrix<double> Expected, Matrix<double>? Actual, double Tolerance)
{
    /// <summary>Why this comparison fails, or null when it passes.</summary>
    public string? Problem()
    {
        if (Actual is null)
        {
            return "missing";
        }
        if (Actual.RowCount != Expected.RowCount || Actual.ColumnCount != Expected.ColumnCount)
        {
            return $"shape ({Actual.RowCount}, {Actual.ColumnCount}), expected ({Expected.RowCount}, {Expected.ColumnCount})";
        }
        for (int i = 0; i < Expected.RowCount; i++)
        {
            for (int j = 0; j < Expected.ColumnCount; j++)
            {
                double got = Actual[i, j];
                if (!(Math.Abs(got - Expected[i, j]) <= Tolerance))
                {
                    return FormattableString.Invariant($"entry [{i}, {j}] is {got:G10}, expected {Expected[i, j]:G10}");
                }
            }
        }
        return null;
    }
}
