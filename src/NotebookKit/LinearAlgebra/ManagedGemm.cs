using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NotebookKit.LinearAlgebra;

/// <summary>
/// <c>C = op(A)·op(B)</c> on column-major storage without a native library, organised as optimized BLAS libraries
/// are (Goto's algorithm, as in BLIS): a KC × NC block of op(B) is packed into panels of NR columns, an MC × KC block
/// of op(A) into panels of MR rows, and a register-blocked micro-kernel keeps an MR × NR tile of C in twelve 256-bit
/// registers while it adds the rank-1 updates <c>a_p·b_pᵀ</c>, p = 1 … KC, with fused multiply-adds where the CPU
/// has FMA. Without hardware 256-bit SIMD the same panels go through a scalar micro-kernel.
/// </summary>
internal static class ManagedGemm
{
    private const int MR = 8, NR = 6, KC = 256, MC = 96, NC = 1020;

    [ThreadStatic]
    private static double[]? t_packedA;

    [ThreadStatic]
    private static double[]? t_packedB;

    /// <summary>The instructions the micro-kernel runs on this machine.</summary>
    public static string Instructions =>
        !Vector256.IsHardwareAccelerated ? "scalar" : Fma.IsSupported ? "AVX2 with FMA" : "256-bit SIMD";

    /// <summary><c>C = op(A)·op(B)</c>: C is m × n with leading dimension ldc, op(A) is m × k, op(B) is k × n.</summary>
    public static void Multiply(bool transposeA, bool transposeB, int m, int n, int k,
        ReadOnlySpan<double> a, int lda, ReadOnlySpan<double> b, int ldb, Span<double> c, int ldc)
    {
        var packedA = t_packedA ??= new double[MC * KC];
        var packedB = t_packedB ??= new double[KC * NC];
        Span<double> tile = stackalloc double[MR * NR];
        for (int jc = 0; jc < n; jc += NC)
        {
            int nc = Math.Min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC)
            {
                int kc = Math.Min(KC, k - pc);
                PackB(transposeB, b, ldb, pc, jc, kc, nc, packedB);
                for (int ic = 0; ic < m; ic += MC)
                {
                    int mc = Math.Min(MC, m - ic);
                    PackA(transposeA, a, lda, ic, pc, mc, kc, packedA);
                    for (int jr = 0; jr < nc; jr += NR)
                    {
                        var panelB = packedB.AsSpan(jr * kc, NR * kc);
                        for (int ir = 0; ir < mc; ir += MR)
                        {
                            Kernel(kc, packedA.AsSpan(ir * kc, MR * kc), panelB, tile);
                            Store(tile, c[(ic + ir + (jc + jr) * ldc)..], ldc, Math.Min(MR, mc - ir), Math.Min(NR, nc - jr), accumulate: pc > 0);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Panels of MR rows of op(A)[ic.., pc..]: element (i, p) of panel r at <c>r·MR·kc + p·MR + i</c>, zero-padded.</summary>
    private static void PackA(bool transpose, ReadOnlySpan<double> a, int lda, int ic, int pc, int mc, int kc, double[] packed)
    {
        for (int r = 0; r < mc; r += MR)
        {
            int rows = Math.Min(MR, mc - r);
            var panel = packed.AsSpan(r * kc, MR * kc);
            for (int p = 0; p < kc; p++)
            {
                var target = panel.Slice(p * MR, MR);
                if (transpose)
                {
                    for (int i = 0; i < rows; i++)
                    {
                        target[i] = a[pc + p + (ic + r + i) * lda];
                    }
                }
                else
                {
                    a.Slice(ic + r + (pc + p) * lda, rows).CopyTo(target);
                }
                target[rows..].Clear();
            }
        }
    }

    /// <summary>Panels of NR columns of op(B)[pc.., jc..]: element (p, j) of panel q at <c>q·NR·kc + p·NR + j</c>, zero-padded.</summary>
    private static void PackB(bool transpose, ReadOnlySpan<double> b, int ldb, int pc, int jc, int kc, int nc, double[] packed)
    {
        for (int q = 0; q < nc; q += NR)
        {
            int columns = Math.Min(NR, nc - q);
            var panel = packed.AsSpan(q * kc, NR * kc);
            for (int p = 0; p < kc; p++)
            {
                var target = panel.Slice(p * NR, NR);
                for (int j = 0; j < columns; j++)
                {
                    target[j] = transpose ? b[jc + q + j + (pc + p) * ldb] : b[pc + p + (jc + q + j) * ldb];
                }
                target[columns..].Clear();
            }
        }
    }

    /// <summary>The MR × NR tile <c>Σ_p a_p·b_pᵀ</c> of one A panel and one B panel, written column-major to <paramref name="tile"/>.</summary>
    private static void Kernel(int kc, ReadOnlySpan<double> panelA, ReadOnlySpan<double> panelB, Span<double> tile)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            ScalarKernel(kc, panelA, panelB, tile);
            return;
        }
        ref double pa = ref MemoryMarshal.GetReference(panelA);
        ref double pb = ref MemoryMarshal.GetReference(panelB);
        Vector256<double> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<double> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (int p = 0; p < kc; p++)
        {
            var a0 = Vector256.LoadUnsafe(ref pa, (nuint)(p * MR));
            var a1 = Vector256.LoadUnsafe(ref pa, (nuint)(p * MR + 4));
            ref double bp = ref Unsafe.Add(ref pb, p * NR);
            var bj = Vector256.Create(bp);
            c00 = MultiplyAdd(a0, bj, c00);
            c01 = MultiplyAdd(a1, bj, c01);
            bj = Vector256.Create(Unsafe.Add(ref bp, 1));
            c10 = MultiplyAdd(a0, bj, c10);
            c11 = MultiplyAdd(a1, bj, c11);
            bj = Vector256.Create(Unsafe.Add(ref bp, 2));
            c20 = MultiplyAdd(a0, bj, c20);
            c21 = MultiplyAdd(a1, bj, c21);
            bj = Vector256.Create(Unsafe.Add(ref bp, 3));
            c30 = MultiplyAdd(a0, bj, c30);
            c31 = MultiplyAdd(a1, bj, c31);
            bj = Vector256.Create(Unsafe.Add(ref bp, 4));
            c40 = MultiplyAdd(a0, bj, c40);
            c41 = MultiplyAdd(a1, bj, c41);
            bj = Vector256.Create(Unsafe.Add(ref bp, 5));
            c50 = MultiplyAdd(a0, bj, c50);
            c51 = MultiplyAdd(a1, bj, c51);
        }
        ref double t = ref MemoryMarshal.GetReference(tile);
        c00.StoreUnsafe(ref t, 0);
        c01.StoreUnsafe(ref t, 4);
        c10.StoreUnsafe(ref t, 8);
        c11.StoreUnsafe(ref t, 12);
        c20.StoreUnsafe(ref t, 16);
        c21.StoreUnsafe(ref t, 20);
        c30.StoreUnsafe(ref t, 24);
        c31.StoreUnsafe(ref t, 28);
        c40.StoreUnsafe(ref t, 32);
        c41.StoreUnsafe(ref t, 36);
        c50.StoreUnsafe(ref t, 40);
        c51.StoreUnsafe(ref t, 44);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> MultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
        Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : a * b + c;

    private static void ScalarKernel(int kc, ReadOnlySpan<double> panelA, ReadOnlySpan<double> panelB, Span<double> tile)
    {
        tile.Clear();
        for (int p = 0; p < kc; p++)
        {
            for (int j = 0; j < NR; j++)
            {
                double bj = panelB[p * NR + j];
                for (int i = 0; i < MR; i++)
                {
                    tile[j * MR + i] += panelA[p * MR + i] * bj;
                }
            }
        }
    }

    /// <summary>Writes (or, for the second and later KC blocks, adds) the valid mr × nr corner of a tile into C.</summary>
    private static void Store(ReadOnlySpan<double> tile, Span<double> c, int ldc, int mr, int nr, bool accumulate)
    {
        for (int j = 0; j < nr; j++)
        {
            var source = tile.Slice(j * MR, mr);
            var target = c.Slice(j * ldc, mr);
            if (accumulate)
            {
                for (int i = 0; i < mr; i++)
                {
                    target[i] += source[i];
                }
            }
            else
            {
                source.CopyTo(target);
            }
        }
    }
}
