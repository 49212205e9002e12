using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>Shape formatting and checks that give students readable messages instead of index errors.</summary>
public static class Shapes
{
    /// <summary>The shape as numpy prints it: <c>(rows, columns)</c>.</summary>
    public static string Of(Matrix<double> matrix) => $"({matrix.RowCount}, {matrix.ColumnCount})";

    /// <summary>Throws unless <paramref name="actual"/> has the expected shape, naming where and what.</summary>
    public static void Require(Matrix<double> actual, int rows, int columns, string where, string what)
    {
        if (actual.RowCount != rows || actual.ColumnCount != columns)
        {
            throw new ArgumentException(
                $"{where}: {what} should have shape ({rows}, {columns}) but has shape {Of(actual)}.");
        }
    }

    /// <summary>Throws unless two matrices have the same shape, naming both.</summary>
    public static void RequireSame(Matrix<double> first, string firstName, Matrix<double> second, string secondName, string where)
    {
        if (first.RowCount != second.RowCount || first.ColumnCount != second.ColumnCount)
        {
            throw new ArgumentException(
                $"{where}: {firstName} has shape {Of(first)} but {secondName} has shape {Of(second)}; they must match " +
                "(one row per output unit, one column per example).");
        }
    }
}
