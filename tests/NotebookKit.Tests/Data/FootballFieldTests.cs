using NotebookKit.Data;
using NotebookKit.Randomness;

namespace NotebookKit.Tests.Data;

public class FootballFieldTests
{
    [Fact]
    public void Load_draws_80_training_200_dev_and_200_test_points_on_the_field()
    {
        var (train, dev, test) = FootballField.Load();
        Assert.Equal(new[] { 80, 200, 200 }, new[] { train, dev, test }.Select(s => s.Examples));
        foreach (var set in new[] { train, dev, test })
        {
            Assert.All(set.X.Row(0), x1 => Assert.InRange(x1, FootballField.XMin, FootballField.XMax));
            Assert.All(set.X.Row(1), x2 => Assert.InRange(x2, FootballField.YMin, FootballField.YMax));
            Assert.All(set.Y.Row(0), y => Assert.True(y is 0.0 or 1.0));
        }
    }

    [Fact]
    public void The_labels_are_the_side_of_the_boundary_with_the_given_share_flipped()
    {
        // 20 000 points with 10 % noise: the share of labels that disagree with the boundary is 0.1 ± 0.006 (3 σ).
        var (train, _, _) = FootballField.Make(new NumpyRandomState(4), trainSize: 20_000, labelNoise: 0.1);
        double disagree = Enumerable.Range(0, train.Examples)
            .Average(j => (train.X[1, j] > FootballField.Boundary(train.X[0, j]) ? 1.0 : 0.0) != train.Y[0, j] ? 1.0 : 0.0);
        Assert.InRange(disagree, 0.094, 0.106);
        var (clean, _, _) = FootballField.Make(new NumpyRandomState(4), trainSize: 500, labelNoise: 0);
        Assert.All(Enumerable.Range(0, 500), j => Assert.Equal(clean.X[1, j] > FootballField.Boundary(clean.X[0, j]) ? 1.0 : 0.0, clean.Y[0, j]));
    }

    [Fact]
    public void The_same_seed_gives_the_same_points_and_bad_sizes_are_rejected()
    {
        Assert.Equal(FootballField.Load().Dev.X, FootballField.Make(new NumpyRandomState(FootballField.DefaultSeed)).Dev.X);
        Assert.Contains("dev 0", Assert.Throws<ArgumentOutOfRangeException>(() => FootballField.Make(new NumpyRandomState(1), devSize: 0)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => FootballField.Make(new NumpyRandomState(1), labelNoise: 0.5));
    }
}
