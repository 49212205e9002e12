using NotebookKit.LinearAlgebra;

namespace NotebookKit.Tests.LinearAlgebra;

/// <summary>
/// Every path of C = op(A)·op(B) against the definition C[i, j] = Σ_p op(A)[i, p]·op(B)[p, j] summed in order: the
/// native BLAS (when this machine has one), the packed managed kernel and the small-product kernel, on shapes that
/// cross each kernel's block edges, with all four transposes and with blocks inside larger arrays.
/// </summary>
public class GemmTests
{
    public static TheoryData<int, int, int> Shapes() => new()
    {
        { 1, 1, 1 }, { 10, 300, 2 }, { 1, 300, 5 }, { 5, 10, 300 }, { 7, 5, 3 },
        { 100, 128, 784 }, { 97, 1030, 9 }, { 33, 13, 517 }, { 8, 6, 256 }, { 9, 7, 257 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_path_computes_the_product(int m, int n, int k)
    {
        foreach (bool transposeA in new[] { false, true })
        {
            foreach (bool transposeB in new[] { false, true })
            {
                var product = new Product(m, n, k, transposeA, transposeB);
                product.Check("Gemm", (c, offset, ldc) => Gemm.Multiply(transposeA, transposeB, m, n, k,
                    product.A, product.AOffset, product.Lda, product.B, product.BOffset, product.Ldb, c, offset, ldc));
                product.Check("ManagedGemm", (c, offset, ldc) => ManagedGemm.Multiply(transposeA, transposeB, m, n, k,
                    product.A.AsSpan(product.AOffset), product.Lda, product.B.AsSpan(product.BOffset), product.Ldb, c.AsSpan(offset), ldc));
                if ((long)m * n * k <= SmallGemm.MaxMultiplyAdds)
                {
                    product.Check("SmallGemm", (c, offset, ldc) => SmallGemm.Multiply(transposeA, transposeB, m, n, k,
                        product.A, product.AOffset, product.Lda, product.B, product.BOffset, product.Ldb, c, offset, ldc));
                }
            }
        }
    }

    [Fact]
    public void An_empty_inner_dimension_gives_zeros()
    {
        var c = Enumerable.Repeat(7.0, 6).ToArray();
        Gemm.Multiply(false, false, 2, 3, 0, new double[1], 0, 2, new double[1], 0, 1, c, 0, 2);
        Assert.All(c, v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void The_small_kernel_sums_in_order_without_fused_multiply_adds()
    {
        // C = A·B with A = [[0.1, 0.2, 0.3]] and B = [[0.7], [0.11], [0.13]]: ((0.1·0.7 + 0.2·0.11) + 0.3·0.13) rounded at each step.
        var c = new double[1];
        SmallGemm.Multiply(false, false, 1, 1, 3, new[] { 0.1, 0.2, 0.3 }, 0, 1, new[] { 0.7, 0.11, 0.13 }, 0, 3, c, 0, 1);
        double expected = 0.1 * 0.7;
        expected += 0.2 * 0.11;
        expected += 0.3 * 0.13;
        Assert.Equal(expected, c[0]);
    }

    /// <summary>Random op(A) (m × k) and op(B) (k × n) stored inside larger arrays, with their in-order product.</summary>
    private sealed class Product
    {
        private const double UnitRoundoff = 1.1102230246251565e-16; // 2^−53
        private readonly int _m, _n;
        private readonly double[] _expected;
        private readonly double[] _bound;

        public Product(int m, int n, int k, bool transposeA, bool transposeB)
        {
            _m = m;
            _n = n;
            var random = new Random(m * 7919 + n * 104729 + k);
            int aRows = transposeA ? k : m, aColumns = transposeA ? m : k, bRows = transposeB ? n : k, bColumns = transposeB ? k : n;
            (Lda, AOffset) = (aRows + 3, 5);
            (Ldb, BOffset) = (bRows + 2, 3);
            A = Fill(random, AOffset + Lda * aColumns);
            B = Fill(random, BOffset + Ldb * bColumns);
            _expected = new double[m * n];
            _bound = new double[m * n];
            for (int j = 0; j < n; j++)
            {
                for (int i = 0; i < m; i++)
                {
                    double sum = 0, magnitude = 0;
                    for (int p = 0; p < k; p++)
                    {
                        double a = transposeA ? A[AOffset + p + i * Lda] : A[AOffset + i + p * Lda];
                        double b = transposeB ? B[BOffset + j + p * Ldb] : B[BOffset + p + j * Ldb];
                        sum += a * b;
                        magnitude += Math.Abs(a * b);
                    }
                    _expected[i + j * m] = sum;
                    // The classical bound on a dot product summed in any order, for both results: |error| ≤ k·u·Σ|a·b| each.
                    _bound[i + j * m] = 2 * (k + 1) * UnitRoundoff * magnitude;
                }
            }
            Name = $"{m}×{n}×{k}, op(A) {(transposeA ? "Aᵀ" : "A")}, op(B) {(transposeB ? "Bᵀ" : "B")}";
        }

        public double[] A { get; }
        public double[] B { get; }
        public int AOffset { get; }
        public int BOffset { get; }
        public int Lda { get; }
        public int Ldb { get; }
        public string Name { get; }

        /// <summary>Runs a path into C stored at offset 4 with leading dimension m + 1 and compares, leaving the gaps untouched.</summary>
        public void Check(string path, Action<double[], int, int> multiply)
        {
            const int offset = 4;
            int ldc = _m + 1;
            var c = Enumerable.Repeat(double.NaN, offset + ldc * _n).ToArray();
            multiply(c, offset, ldc);
            for (int j = 0; j < _n; j++)
            {
                for (int i = 0; i < _m; i++)
                {
                    double expected = _expected[i + j * _m], actual = c[offset + i + j * ldc];
                    if (!(Math.Abs(actual - expected) <= _bound[i + j * _m]))
                    {
                        Assert.Fail($"{path}, {Name}: C[{i}, {j}] = {actual:R}, expected {expected:R} ± {_bound[i + j * _m]:R}");
                    }
                }
                if (!double.IsNaN(c[offset + _m + j * ldc]))
                {
                    Assert.Fail($"{path}, {Name}: wrote past row m of column {j}");
                }
            }
            Assert.All(c.Take(offset), v => Assert.True(double.IsNaN(v), $"{path}, {Name}: wrote before C"));
        }

        private static double[] Fill(Random random, int length) => Enumerable.Range(0, length).Select(_ => random.NextDouble() * 2 - 1).ToArray();
    }
}
