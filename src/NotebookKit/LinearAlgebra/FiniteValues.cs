using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NumericsVector = System.Numerics.Vector<double>;

namespace NotebookKit.LinearAlgebra;

/// <summary>Finds NaN and ±∞ entries, so that bad numbers stop training where they enter instead of spreading.</summary>
internal static class FiniteValues
{
    /// <summary>The column-major index of the first entry that is NaN or ±∞, or −1 when all are finite.</summary>
    public static int FirstNonFinite(ReadOnlySpan<double> values)
    {
        int k = 0;
        // x − x is 0 for every finite x and NaN for NaN and ±∞, so one SIMD sum says whether a block is clean.
        for (; k <= values.Length - NumericsVector.Count; k += NumericsVector.Count)
        {
            var v = new NumericsVector(values[k..]);
            if (!System.Numerics.Vector.EqualsAll(v - v, NumericsVector.Zero))
            {
                break;
            }
        }
        for (; k < values.Length; k++)
        {
            if (!double.IsFinite(values[k]))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>The first non-finite entry of <paramref name="matrix"/> as (row, column), or null when all are finite.</summary>
    public static (int Row, int Column, double Value)? FirstNonFinite(Matrix<double> matrix)
    {
        var values = matrix.AsColumnMajorArray() ?? matrix.ToColumnMajorArray();
        int k = FirstNonFinite(values);
        return k < 0 ? null : (k % matrix.RowCount, k / matrix.RowCount, values[k]);
    }

    /// <summary>Throws, naming the matrix and the first bad entry, unless every entry of <paramref name="matrix"/> is finite.</summary>
    /// <param name="matrix">The input to check, e.g. X.</param>
    /// <param name="name">Its name in the message, e.g. <c>X</c>.</param>
    /// <param name="where">The method that refuses it, e.g. <c>Trainer.Fit</c>.</param>
    public static void Require(Matrix<double> matrix, string name, string where)
    {
        if (FirstNonFinite(matrix) is { } bad)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "{0}: {1}[{2}, {3}] is {4} (row {2}, column {3}, counting from 0; column {3} is example {3}). " +
                "A network cannot learn from NaN or infinite inputs: they spread into every weight they touch. " +
                "Find where the value came from (a missing measurement, a division by zero in preprocessing) and " +
                "replace it or drop that example.",
                where, name, bad.Row, bad.Column, bad.Value), name);
        }
    }
}
