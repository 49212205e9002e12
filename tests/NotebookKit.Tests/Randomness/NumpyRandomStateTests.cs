using NotebookKit.Randomness;

namespace NotebookKit.Tests.Randomness;

public class NumpyRandomStateTests
{
    // Reference: the course's Initialization assignment prints, for np.random.seed(3),
    // np.random.randn(4, 2) * sqrt(2/2) as W1 = [[1.78862847, 0.43650985], [0.09649747, -1.8634927], ...].
    [Fact]
    public void Randn_with_seed_3_gives_the_course_first_draws()
    {
        var draws = new NumpyRandomState(3).Randn(4, 2);
        double[,] expected = { { 1.78862847, 0.43650985 }, { 0.09649747, -1.8634927 }, { -0.2773882, -0.35475898 }, { -0.08274148, -0.62700068 } };
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 2; j++)
                Assert.Equal(expected[i, j], draws[i, j], 8);
    }

    [Fact]
    public void Named_draws_come_in_the_order_given_from_one_stream()
    {
        var named = new NumpyRandomState(1).RandnByName(("W1", 2, 3), ("b1", 2, 1));
        var direct = new NumpyRandomState(1);
        Assert.Equal(direct.Randn(2, 3), named["W1"]);
        Assert.Equal(direct.Randn(2, 1), named["b1"]);
    }
}
