using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("NotebookKit.Tests")]
[assembly: InternalsVisibleTo("NotebookKit.Benchmarks")]

namespace NotebookKit.LinearAlgebra;

/// <summary>
/// The general matrix product <c>C = op(A)·op(B)</c> (op is the identity or the transpose) on column-major
/// storage, the one operation that dominates training: a native BLAS's <c>dgemm</c> where <see cref="NativeBlas"/>
/// finds one, else <see cref="ManagedGemm"/>, or <see cref="SmallGemm"/> for products too small to repay packing. The choice is made once per process; <see cref="Description"/> says
/// which it was and why.
/// </summary>
internal static class Gemm
{
    private static readonly NativeBlas? Native;

    private static readonly string NotFound;

    static Gemm()
    {
        Native = NativeBlas.Load(out NotFound);
    }

    /// <summary>E.g. <c>OpenBLAS 0.3.21 … (/usr/lib/…/libopenblas.so.0, 1 thread)</c> or the managed kernel and why.</summary>
    public static string Description => Native?.Description ?? $"managed packed SIMD kernel ({ManagedGemm.Instructions}); {NotFound}";

    /// <summary>True when products run in the native BLAS.</summary>
    public static bool UsesNativeBlas => Native is not null;

    /// <summary>
    /// <c>C = op(A)·op(B)</c>, overwriting C: op(A) is m × k, op(B) is k × n, C is m × n; each matrix starts at an
    /// element offset of its array and has a leading dimension (the stride between columns).
    /// </summary>
    public static void Multiply(bool transposeA, bool transposeB, int m, int n, int k,
        double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb, double[] c, int cOffset, int ldc)
    {
        if (m == 0 || n == 0)
        {
            return;
        }
        if (k == 0)
        {
            for (int j = 0; j < n; j++)
            {
                c.AsSpan(cOffset + j * ldc, m).Clear();
            }
            return;
        }
        if (Native is { } blas)
        {
            blas.Multiply(transposeA, transposeB, m, n, k, ref a[aOffset], lda, ref b[bOffset], ldb, ref c[cOffset], ldc);
        }
        else if ((long)m * n * k <= SmallGemm.MaxMultiplyAdds)
        {
            SmallGemm.Multiply(transposeA, transposeB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        }
        else
        {
            ManagedGemm.Multiply(transposeA, transposeB, m, n, k, a.AsSpan(aOffset), lda, b.AsSpan(bOffset), ldb, c.AsSpan(cOffset), ldc);
        }
    }
}
