using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.LinearAlgebra;

namespace NotebookKit.Benchmarks;

/// <summary>
/// The products of the benchmark's networks, alone: GFLOP/s (2mnk per CPU second) of the kit's product in this process's
/// mode (BLAS or managed kernel) and of MathNet's managed multiply on one thread, the fallback the kit would otherwise use.
/// </summary>
public static class Products
{
    private static readonly (string Name, bool TransposeA, bool TransposeB, int M, int N, int K)[] Shapes =
    {
        ("W1·X     100×128×784", false, false, 100, 128, 784),
        ("dZ1·Xᵀ   100×784×128", false, true, 100, 784, 128),
        ("W2ᵀ·dZ2  100×128×100", true, false, 100, 128, 100),
        ("W2·A1    5×300×10 (course)", false, false, 5, 300, 10),
        ("square   512×512×512", false, false, 512, 512, 512),
    };

    public static IEnumerable<string> Run()
    {
        Control.UseSingleThread();
        var random = new Random(1);
        foreach (var (name, transposeA, transposeB, m, n, k) in Shapes)
        {
            var a = Matrix<double>.Build.Dense(transposeA ? k : m, transposeA ? m : k, (_, _) => random.NextDouble());
            var b = Matrix<double>.Build.Dense(transposeB ? n : k, transposeB ? k : n, (_, _) => random.NextDouble());
            var c = Matrix<double>.Build.Dense(m, n);
            double kit = Rate(m, n, k, () => Gemm.Multiply(transposeA, transposeB, m, n, k,
                a.AsColumnMajorArray(), 0, a.RowCount, b.AsColumnMajorArray(), 0, b.RowCount, c.AsColumnMajorArray(), 0, m));
            double mathNet = Rate(m, n, k, () =>
            {
                if (transposeA)
                {
                    a.TransposeThisAndMultiply(b, c);
                }
                else if (transposeB)
                {
                    a.TransposeAndMultiply(b, c);
                }
                else
                {
                    a.Multiply(b, c);
                }
            });
            yield return string.Create(CultureInfo.InvariantCulture, $"{name,-28} kit {kit,6:F1} GFLOP/s   MathNet managed {mathNet,6:F1} GFLOP/s");
        }
    }

    /// <summary>Repeats a product for at least 0.3 CPU seconds after a warm-up; returns 2mnk per CPU second, in GFLOP/s.</summary>
    private static double Rate(int m, int n, int k, Action product)
    {
        product();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var start = process.TotalProcessorTime;
        int count = 0;
        TimeSpan elapsed;
        do
        {
            product();
            count++;
            process.Refresh();
            elapsed = process.TotalProcessorTime - start;
        }
        while (elapsed.TotalSeconds < 0.3);
        return 2.0 * m * n * k * count / elapsed.TotalSeconds / 1e9;
    }
}
