using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Data;
using NotebookKit.Randomness;

namespace NotebookKit.Tests.Data;

public class TrainDevTestSplitTests
{
    /// <summary>m examples whose single feature is the example's index, labelled by a pattern.</summary>
    private static DataSet Indexed(int m, Func<int, double> label) => new(
        Matrix<double>.Build.Dense(2, m, (i, j) => i == 0 ? j : -j),
        Matrix<double>.Build.Dense(1, m, (_, j) => label(j)));

    [Fact]
    public void Sixty_twenty_twenty_takes_the_permutation_in_order()
    {
        var data = Indexed(10, j => j % 2);
        var (train, dev, test) = TrainDevTestSplit.Split(data, 0.6, 0.2, 0.2, seed: 0);
        // numpy: np.random.seed(0); np.random.permutation(10) = [2 8 4 9 1 6 7 3 0 5] (also in the reference JSON's first permutation call).
        Assert.Equal(new double[] { 2, 8, 4, 9, 1, 6 }, train.X.Row(0).ToArray());
        Assert.Equal(new double[] { 7, 3 }, dev.X.Row(0).ToArray());
        Assert.Equal(new double[] { 0, 5 }, test.X.Row(0).ToArray());
        foreach (var part in new[] { train, dev, test })
        {
            for (int k = 0; k < part.Examples; k++)
            {
                Assert.Equal(-part.X[0, k], part.X[1, k]);
                Assert.Equal(part.X[0, k] % 2, part.Y[0, k]);
            }
        }
    }

    [Fact]
    public void Split_uses_numpys_permutation_for_the_seed()
    {
        var data = Indexed(50, j => 0);
        var (train, dev, test) = TrainDevTestSplit.Split(data, 0.6, 0.2, 0.2, seed: 7);
        int[] expected = new NumpyRandomState(7).Permutation(50);
        var all = train.X.Row(0).Concat(dev.X.Row(0)).Concat(test.X.Row(0)).Select(v => (int)v).ToArray();
        Assert.Equal(expected, all);
        Assert.Equal((30, 10, 10), (train.Examples, dev.Examples, test.Examples));
    }

    [Fact]
    public void Ninety_eight_one_one_gives_one_percent_each()
    {
        var (train, dev, test) = TrainDevTestSplit.Split(Indexed(1000, j => 0), 0.98, 0.01, 0.01, seed: 1);
        Assert.Equal((980, 10, 10), (train.Examples, dev.Examples, test.Examples));
    }

    [Fact]
    public void Leftover_examples_go_to_the_largest_remainders()
    {
        // 0.6·7 = 4.2, 0.2·7 = 1.4, 0.2·7 = 1.4: floors 4, 1, 1 and the seventh example to dev (first of the tied 0.4 remainders).
        var (train, dev, test) = TrainDevTestSplit.Split(Indexed(7, j => 0), 0.6, 0.2, 0.2, seed: 3);
        Assert.Equal((4, 2, 1), (train.Examples, dev.Examples, test.Examples));
    }

    [Fact]
    public void Stratified_split_keeps_class_proportions_and_shuffled_order()
    {
        // 80 examples of class 0 and 20 of class 1.
        var data = Indexed(100, j => j < 80 ? 0 : 1);
        var (train, dev, test) = TrainDevTestSplit.Split(data, 0.6, 0.2, 0.2, seed: 2, stratify: true);
        Assert.Equal(12, train.Y.Row(0).Sum());
        Assert.Equal(4, dev.Y.Row(0).Sum());
        Assert.Equal(4, test.Y.Row(0).Sum());
        Assert.Equal((60, 20, 20), (train.Examples, dev.Examples, test.Examples));
        var position = new NumpyRandomState(2).Permutation(100).Select((example, k) => (example, k)).ToDictionary(p => p.example, p => p.k);
        var trainPositions = train.X.Row(0).Select(v => position[(int)v]).ToArray();
        Assert.Equal(trainPositions.Order(), trainPositions);
        var everything = train.X.Row(0).Concat(dev.X.Row(0)).Concat(test.X.Row(0)).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, 100).Select(j => (double)j), everything);
    }

    [Fact]
    public void Stratified_split_reads_the_class_of_one_hot_labels()
    {
        var labels = Indexed(40, j => j < 30 ? 0 : 1);
        var oneHot = new DataSet(labels.X, OneHot.Encode(labels.Y, 2));
        var (train, _, _) = TrainDevTestSplit.Split(oneHot, 0.5, 0.25, 0.25, seed: 4, stratify: true);
        Assert.Equal(5, train.Y.Row(1).Sum());
        Assert.Equal(15, train.Y.Row(0).Sum());
    }

    [Fact]
    public void Ratios_that_do_not_sum_to_one_are_refused()
    {
        var data = Indexed(100, j => 0);
        var error = Assert.Throws<ArgumentException>(() => TrainDevTestSplit.Split(data, 0.6, 0.2, 0.1, seed: 0));
        Assert.Contains("must add up to 1", error.Message);
        Assert.Contains("0.6, 0.2, 0.2", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainDevTestSplit.Split(data, 1.0, 0.0, 0.0, seed: 0));
        // Within the 1e-9 tolerance is accepted.
        TrainDevTestSplit.Split(data, 0.6, 0.2, 0.2 + 5e-10, seed: 0);
    }

    [Fact]
    public void A_part_that_would_be_empty_is_refused_with_the_minimum_size()
    {
        var error = Assert.Throws<ArgumentException>(() => TrainDevTestSplit.Split(Indexed(50, j => 0), 0.98, 0.01, 0.01, seed: 0));
        // 49 + 0.5 + 0.5: the leftover example goes to dev (tie, earlier part), leaving test empty.
        Assert.Contains("test set would be empty", error.Message);
        Assert.Contains("at least 100 examples", error.Message);
    }
}
