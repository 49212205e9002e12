using MathNet.Numerics.LinearAlgebra;
using NotebookKit.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// The three products of a dense layer, <c>W·A</c>, <c>dZ·Aᵀ</c> and <c>Wᵀ·dZ</c>, written into a given dense matrix
/// by <see cref="Gemm"/> (a native BLAS's dgemm where there is one) straight from MathNet's column-major storage:
/// a transpose is a flag to the product, never a copy.
/// </summary>
internal static class MatrixProducts
{
    /// <summary><c>C = A·B</c>.</summary>
    public static void Multiply(Matrix<double> a, Matrix<double> b, Matrix<double> c) =>
        Product(false, false, a, b, c, a.RowCount, b.ColumnCount, a.ColumnCount);

    /// <summary><c>C = A·Bᵀ</c>.</summary>
    public static void MultiplyByTransposed(Matrix<double> a, Matrix<double> b, Matrix<double> c) =>
        Product(false, true, a, b, c, a.RowCount, b.RowCount, a.ColumnCount);

    /// <summary><c>C = Aᵀ·B</c>.</summary>
    public static void TransposedMultiply(Matrix<double> a, Matrix<double> b, Matrix<double> c) =>
        Product(true, false, a, b, c, a.ColumnCount, b.ColumnCount, a.RowCount);

    private static void Product(bool transposeA, bool transposeB, Matrix<double> a, Matrix<double> b, Matrix<double> c, int m, int n, int k)
    {
        var target = c.AsColumnMajorArray() ?? throw new ArgumentException("The product's target must be a dense matrix.", nameof(c));
        Gemm.Multiply(transposeA, transposeB, m, n, k,
            Values(a), 0, Math.Max(1, a.RowCount), Values(b), 0, Math.Max(1, b.RowCount), target, 0, Math.Max(1, m));
    }

    private static double[] Values(Matrix<double> m) => m.AsColumnMajorArray() ?? m.ToColumnMajorArray();
}
