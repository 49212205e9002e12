using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DoubleVector = System.Numerics.Vector<double>;

namespace NotebookKit.LinearAlgebra;

/// <summary>
/// <c>C = op(A)·op(B)</c> without a native library, for products too small to repay <see cref="ManagedGemm"/>'s
/// packing (the course's [2, 10, 5, 1] network on 300 examples), where the cost is the call, not the arithmetic. op(A) is copied once into a column-major block whose
/// height is rounded up to whole SIMD vectors; then each vector of rows of a column of C is summed in a register,
/// <c>C[i, j] = Σ_p op(A)[i, p]·op(B)[p, j]</c> with p in order — a multiply and an add, never fused, so the numbers
/// are the same on every machine.
/// </summary>
internal static class SmallGemm
{
    /// <summary>Products with at most this many multiply-adds (m·n·k) take this path.</summary>
    public const int MaxMultiplyAdds = 32 * 32 * 32;

    [ThreadStatic]
    private static double[]? t_packed;

    /// <summary><c>C = op(A)·op(B)</c>, as <see cref="Gemm.Multiply"/>.</summary>
    public static void Multiply(bool transposeA, bool transposeB, int m, int n, int k,
        double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb, double[] c, int cOffset, int ldc)
    {
        int width = DoubleVector.Count;
        int height = (m + width - 1) / width * width;
        int size = height * k + width;
        var packed = t_packed is { } p0 && p0.Length >= size ? p0 : t_packed = new double[Math.Max(size, MaxMultiplyAdds + 64)];
        for (int p = 0; p < k; p++)
        {
            var column = packed.AsSpan(p * height, height);
            if (transposeA)
            {
                for (int i = 0; i < m; i++)
                {
                    column[i] = a[aOffset + p + i * lda];
                }
            }
            else
            {
                a.AsSpan(aOffset + p * lda, m).CopyTo(column);
            }
            column[m..].Clear();
        }
        // op(B)[p, j] = b[bOffset + p·strideP + j·strideJ]; four columns of C at a time keep four independent sums.
        int strideP = transposeB ? ldb : 1, strideJ = transposeB ? 1 : ldb;
        ref double pa = ref MemoryMarshal.GetArrayDataReference(packed);
        ref double pb = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(b), bOffset);
        int j = 0;
        for (; j + 4 <= n; j += 4)
        {
            for (int i = 0; i < m; i += width)
            {
                DoubleVector s0 = default, s1 = default, s2 = default, s3 = default;
                for (int p = 0; p < k; p++)
                {
                    var column = System.Numerics.Vector.LoadUnsafe(ref pa, (nuint)(p * height + i));
                    ref double bp = ref Unsafe.Add(ref pb, p * strideP + j * strideJ);
                    s0 += column * new DoubleVector(bp);
                    s1 += column * new DoubleVector(Unsafe.Add(ref bp, strideJ));
                    s2 += column * new DoubleVector(Unsafe.Add(ref bp, 2 * strideJ));
                    s3 += column * new DoubleVector(Unsafe.Add(ref bp, 3 * strideJ));
                }
                Store(s0, c, cOffset + i + j * ldc, m - i);
                Store(s1, c, cOffset + i + (j + 1) * ldc, m - i);
                Store(s2, c, cOffset + i + (j + 2) * ldc, m - i);
                Store(s3, c, cOffset + i + (j + 3) * ldc, m - i);
            }
        }
        for (; j < n; j++)
        {
            for (int i = 0; i < m; i += width)
            {
                var sum = DoubleVector.Zero;
                for (int p = 0; p < k; p++)
                {
                    sum += System.Numerics.Vector.LoadUnsafe(ref pa, (nuint)(p * height + i)) * new DoubleVector(Unsafe.Add(ref pb, p * strideP + j * strideJ));
                }
                Store(sum, c, cOffset + i + j * ldc, m - i);
            }
        }
    }

    /// <summary>Writes the first <c>min(rows, vector width)</c> lanes of <paramref name="sum"/> to <c>c[offset…]</c>.</summary>
    private static void Store(DoubleVector sum, double[] c, int offset, int rows)
    {
        if (rows >= DoubleVector.Count)
        {
            sum.CopyTo(c.AsSpan(offset, DoubleVector.Count));
            return;
        }
        Span<double> lanes = stackalloc double[DoubleVector.Count];
        sum.CopyTo(lanes);
        lanes[..rows].CopyTo(c.AsSpan(offset, rows));
    }
}
