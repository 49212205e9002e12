using MathNet.Numerics.LinearAlgebra;
using SimdVector = System.Numerics.Vector;

namespace NotebookKit.Layers;

/// <summary>
/// The three products of a dense layer, <c>W·A</c>, <c>dZ·Aᵀ</c> and <c>Wᵀ·dZ</c>, written as single-threaded
/// SIMD loops over MathNet's column-major storage. The network's matrices are small (tens to hundreds of rows),
/// where a plain vectorized loop is several times faster than a general-purpose parallel multiply.
/// </summary>
internal static class MatrixProducts
{
    /// <summary><c>C = A·B</c>: for each column j of B, <c>C[:, j] = Σ_p A[:, p] · B[p, j]</c>.</summary>
    public static Matrix<double> Multiply(Matrix<double> a, Matrix<double> b)
    {
        int rows = a.RowCount, inner = a.ColumnCount, columns = b.ColumnCount;
        var av = Values(a);
        var bv = Values(b);
        var c = new double[rows * columns];
        for (int j = 0; j < columns; j++)
        {
            var target = c.AsSpan(j * rows, rows);
            for (int p = 0; p < inner; p++)
            {
                AddScaled(target, av.AsSpan(p * rows, rows), bv[j * inner + p]);
            }
        }
        return Matrix<double>.Build.Dense(rows, columns, c);
    }

    /// <summary><c>C = A·Bᵀ</c>: <c>C[:, p] = Σ_j A[:, j] · B[p, j]</c>.</summary>
    public static Matrix<double> MultiplyByTransposed(Matrix<double> a, Matrix<double> b)
    {
        int rows = a.RowCount, inner = a.ColumnCount, columns = b.RowCount;
        var av = Values(a);
        var bv = Values(b);
        var c = new double[rows * columns];
        for (int j = 0; j < inner; j++)
        {
            var source = av.AsSpan(j * rows, rows);
            for (int p = 0; p < columns; p++)
            {
                AddScaled(c.AsSpan(p * rows, rows), source, bv[j * columns + p]);
            }
        }
        return Matrix<double>.Build.Dense(rows, columns, c);
    }

    /// <summary><c>C = Aᵀ·B</c>: <c>C[p, j] = A[:, p] · B[:, j]</c>, a dot product of two stored columns.</summary>
    public static Matrix<double> TransposedMultiply(Matrix<double> a, Matrix<double> b)
    {
        int inner = a.RowCount, rows = a.ColumnCount, columns = b.ColumnCount;
        var av = Values(a);
        var bv = Values(b);
        var c = new double[rows * columns];
        for (int j = 0; j < columns; j++)
        {
            var column = bv.AsSpan(j * inner, inner);
            for (int p = 0; p < rows; p++)
            {
                c[j * rows + p] = Dot(av.AsSpan(p * inner, inner), column);
            }
        }
        return Matrix<double>.Build.Dense(rows, columns, c);
    }

    private static double[] Values(Matrix<double> m) => m.AsColumnMajorArray() ?? m.ToColumnMajorArray();

    private static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double scale)
    {
        int k = 0;
        if (SimdVector.IsHardwareAccelerated)
        {
            var s = new System.Numerics.Vector<double>(scale);
            for (; k <= target.Length - System.Numerics.Vector<double>.Count; k += System.Numerics.Vector<double>.Count)
            {
                (new System.Numerics.Vector<double>(target[k..]) + new System.Numerics.Vector<double>(source[k..]) * s).CopyTo(target[k..]);
            }
        }
        for (; k < target.Length; k++)
        {
            target[k] += source[k] * scale;
        }
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sum = 0;
        int k = 0;
        if (SimdVector.IsHardwareAccelerated)
        {
            var acc = System.Numerics.Vector<double>.Zero;
            for (; k <= x.Length - System.Numerics.Vector<double>.Count; k += System.Numerics.Vector<double>.Count)
            {
                acc += new System.Numerics.Vector<double>(x[k..]) * new System.Numerics.Vector<double>(y[k..]);
            }
            sum = SimdVector.Dot(acc, System.Numerics.Vector<double>.One);
        }
        for (; k < x.Length; k++)
        {
            sum += x[k] * y[k];
        }
        return sum;
    }
}
