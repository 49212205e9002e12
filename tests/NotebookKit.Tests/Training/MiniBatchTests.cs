using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

/// <summary>
/// random_mini_batches against the course's tests; their inputs are exact numpy draws after
/// <c>np.random.seed(1)</c>, and the function reseeds with its own seed (default 0) before the permutation.
/// </summary>
public class MiniBatchTests
{
    private static Matrix<double> Labels(Matrix<double> draws) => draws.Map(v => v < 0.5 ? 1.0 : 0.0);

    [Fact]
    public void Course_test_case_12288_by_148_gives_64_64_20_and_the_printed_values()
    {
        var random = new NumpyRandomState(1);
        var x = random.Randn(12288, 148);
        var y = Labels(random.Randn(1, 148));
        var batches = MiniBatches.RandomMiniBatches(x, y, 64);
        Assert.Equal(new[] { 64, 64, 20 }, batches.Select(b => b.Size));
        Assert.All(batches, b => Assert.Equal((12288, 1), (b.X.RowCount, b.Y.RowCount)));
        // mini_batches[0][0][0][0:3]
        TestData.AssertClose(new[,] { { 0.90085595, -0.7612069, 0.2344157 } }, batches[0].X.SubMatrix(0, 1, 0, 3), 5.1e-9);
    }

    [Fact]
    public void Course_index_test_keeps_feature_order_and_picks_numpys_columns()
    {
        // X = arange(nx·m).reshape((m, nx)).T, so X[i, j] = j·nx + i.
        const int nx = 12288, m = 148;
        var x = Matrix<double>.Build.Dense(nx, m, (i, j) => (double)j * nx + i);
        var y = Labels(new NumpyRandomState(1).Randn(1, m));
        var batches = MiniBatches.RandomMiniBatches(x, y, 64);
        Assert.Equal(3, batches.Count);
        Assert.Equal(new[] { 294912.0, 86016, 454656 }, batches[0].X.Row(0).Take(3));
        Assert.Equal(new[] { 1425407.0, 1769471, 897023 }, batches[^1].X.Row(nx - 1).Take(3));
        foreach (var batch in batches)
        {
            for (int j = 0; j < batch.Size; j++)
            {
                double column = batch.X[0, j] / nx;
                Assert.Equal(Enumerable.Range(0, 5).Select(i => column * nx + i), batch.X.Column(j).Take(5));
                Assert.Equal(y[0, (int)column], batch.Y[0, j]);
            }
        }
    }

    [Fact]
    public void Course_V2021b_test_5_by_7_in_batches_of_2()
    {
        var random = new NumpyRandomState(1);
        var x = random.Randn(5, 7);
        var y = Labels(random.Randn(1, 7));
        var batches = MiniBatches.RandomMiniBatches(x, y, 2);
        Assert.Equal(new[] { 2, 2, 2, 1 }, batches.Select(b => b.Size));
        TestData.AssertClose(new[,] { { 1.74481176, -0.52817175 }, { -0.38405435, -0.24937038 }, { -1.10061918, -0.17242821 }, { -0.93576943, 0.50249434 }, { -0.67124613, -0.69166075 } }, batches[0].X, 5.1e-9);
        Assert.Equal(new[] { 1.0, 1.0 }, batches[0].Y.Row(0));
        TestData.AssertClose(new[,] { { 0.86540763 }, { -2.06014071 }, { 0.04221375 }, { -0.68372786 }, { -0.6871727 } }, batches[^1].X, 5.1e-9);
        Assert.Equal(new[] { 0.0 }, batches[^1].Y.Row(0));
    }

    [Fact]
    public void Course_early_2021_test_7_by_3_in_batches_of_2()
    {
        var random = new NumpyRandomState(1);
        var x = random.Randn(7, 3);
        var y = Labels(random.Randn(1, 3));
        var batches = MiniBatches.RandomMiniBatches(x, y, 2);
        Assert.Equal(new[] { 2, 1 }, batches.Select(b => b.Size));
        TestData.AssertClose(new[,] { { -0.52817175, -0.61175641 }, { -2.3015387, 0.86540763 }, { 0.3190391, -0.7612069 }, { -2.06014071, 1.46210794 }, { 1.13376944, -0.38405435 }, { -0.87785842, -0.17242821 }, { -1.10061918, 0.58281521 } }, batches[0].X, 5.1e-9);
        TestData.AssertClose(new[,] { { 1.62434536 }, { -1.07296862 }, { 1.74481176 }, { -0.24937038 }, { -0.3224172 }, { -1.09989127 }, { 0.04221375 } }, batches[1].X, 5.1e-9);
        Assert.Equal(new[] { 0.0, 0.0 }, batches[0].Y.Row(0));
        Assert.Equal(new[] { 0.0 }, batches[1].Y.Row(0));
    }

    [Theory]
    [InlineData(10, 3, 0)]
    [InlineData(64, 64, 5)]
    [InlineData(65, 64, 6)]
    [InlineData(7, 100, 7)]
    public void Every_column_appears_exactly_once_with_its_label(int m, int size, int seed)
    {
        // Column j holds j in every row of X and 10·j in each row of a 3-row one-hot-like Y.
        var x = Matrix<double>.Build.Dense(4, m, (_, j) => j);
        var y = Matrix<double>.Build.Dense(3, m, (_, j) => 10.0 * j);
        var batches = MiniBatches.RandomMiniBatches(x, y, size, seed);
        Assert.Equal((m + size - 1) / size, batches.Count);
        Assert.All(batches.Take(batches.Count - 1), b => Assert.Equal(size, b.Size));
        var seen = batches.SelectMany(b => b.X.Row(0)).Select(v => (int)v).ToArray();
        Assert.Equal(Enumerable.Range(0, m), seen.Order());
        Assert.Equal(new NumpyRandomState(seed).Permutation(m), seen);
        Assert.All(batches, b => Assert.Equal(b.X.Row(2) * 10, b.Y.Row(1)));
    }

    [Fact]
    public void Mismatched_inputs_fail_with_the_shapes()
    {
        var error = Assert.Throws<ArgumentException>(() => MiniBatches.RandomMiniBatches(TestData.Randn(1, 2, 10), TestData.Randn(1, 1, 9)));
        Assert.Contains("X has shape (2, 10) and Y has shape (1, 9)", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => MiniBatches.Partition(TestData.Randn(1, 2, 10), TestData.Randn(1, 1, 10), 0));
    }
}
