using NotebookKit.Initialization;

namespace NotebookKit.Tests.Initialization;

/// <summary>Expected values are the course's Initialization assignment outputs (numpy, seed 3).</summary>
public class InitializerTests
{
    [Fact]
    public void He_on_2_4_1_with_seed_3_reproduces_the_course()
    {
        var p = Initializer.He.InitializeParameters(new[] { 2, 4, 1 }, seed: 3);
        TestData.AssertClose(new[,] { { 1.78862847, 0.43650985 }, { 0.09649747, -1.8634927 }, { -0.2773882, -0.35475898 }, { -0.08274148, -0.62700068 } }, p["W1"], 5e-9);
        TestData.AssertClose(new[,] { { -0.03098412, -0.33744411, -0.92904268, 0.62552248 } }, p["W2"], 5e-9);
        TestData.AssertClose(new double[4, 1], p["b1"], 0);
        TestData.AssertClose(new double[1, 1], p["b2"], 0);
    }

    [Fact]
    public void He_on_3_1_2_with_seed_3_reproduces_the_course_hidden_test()
    {
        var p = Initializer.He.InitializeParameters(new[] { 3, 1, 2 }, seed: 3);
        TestData.AssertClose(new[,] { { 1.46040903, 0.3564088, 0.07878985 } }, p["W1"], 5e-9);
        TestData.AssertClose(new[,] { { -2.63537665 }, { -0.39228616 } }, p["W2"], 5e-9);
    }

    [Fact]
    public void Random_times_10_on_3_2_1_with_seed_3_reproduces_the_course()
    {
        var p = Initializer.RandomNormal(10).InitializeParameters(new[] { 3, 2, 1 }, seed: 3);
        TestData.AssertClose(new[,] { { 17.88628473, 4.36509851, 0.96497468 }, { -18.63492703, -2.77388203, -3.54758979 } }, p["W1"], 5e-8);
        TestData.AssertClose(new[,] { { -0.82741481, -6.27000677 } }, p["W2"], 5e-8);
    }

    [Fact]
    public void Zeros_gives_zero_matrices_of_the_course_shapes()
    {
        var p = Initializer.Zeros.InitializeParameters(new[] { 3, 2, 1 }, seed: 0);
        Assert.Equal((2, 3), (p["W1"].RowCount, p["W1"].ColumnCount));
        Assert.Equal((1, 2), (p["W2"].RowCount, p["W2"].ColumnCount));
        Assert.All(p.Values.SelectMany(m => m.Enumerate()), v => Assert.Equal(0.0, v));
    }

    [Theory]
    [InlineData("He", 2.0)]
    [InlineData("Xavier", 1.0)]
    public void Weights_have_the_expected_spread(string scheme, double numerator)
    {
        var initializer = scheme == "He" ? Initializer.He : Initializer.Xavier;
        const int fanIn = 800;
        var w = initializer.InitializeParameters(new[] { fanIn, 500 }, seed: 42)["W1"];
        double mean = w.Enumerate().Average();
        double std = Math.Sqrt(w.Enumerate().Select(v => (v - mean) * (v - mean)).Average());
        // 400 000 draws: the sample standard deviation is within 1% of √(numerator / n) with overwhelming probability.
        double expected = Math.Sqrt(numerator / fanIn);
        Assert.InRange(std / expected, 0.99, 1.01);
        Assert.InRange(mean, -0.01 * expected, 0.01 * expected);
    }

    [Fact]
    public void Glorot_weights_have_the_spread_of_fan_in_plus_fan_out()
    {
        var w = Initializer.Glorot.InitializeParameters(new[] { 300, 500 }, seed: 42)["W1"];
        double std = Math.Sqrt(w.Enumerate().Select(v => v * v).Average());
        // √(2 / (300 + 500)) = 0.05; 150 000 draws put the sample spread within 1 % of it.
        Assert.Equal(0.05, Initializer.Glorot.Scale(300, 500), 15);
        Assert.InRange(std / 0.05, 0.99, 1.01);
    }

    [Fact]
    public void Glorot_draws_the_same_normals_as_He_scaled_by_the_ratio_of_their_scales()
    {
        var glorot = Initializer.Glorot.InitializeParameters(new[] { 2, 4, 1 }, seed: 3);
        var he = Initializer.He.InitializeParameters(new[] { 2, 4, 1 }, seed: 3);
        // He: √(2/2) = 1 for W1 and √(2/4) for W2; Glorot: √(2/6) and √(2/5).
        TestData.AssertClose((he["W1"] * Math.Sqrt(2.0 / 6)).ToArray(), glorot["W1"], 1e-15);
        TestData.AssertClose((he["W2"] / Math.Sqrt(2.0 / 4) * Math.Sqrt(2.0 / 5)).ToArray(), glorot["W2"], 1e-15);
    }

    [Fact]
    public void An_empty_or_too_short_layer_list_is_rejected_with_an_example()
    {
        var error = Assert.Throws<ArgumentException>(() => Initializer.He.InitializeParameters(Array.Empty<int>(), seed: 3));
        Assert.Contains("[2, 10, 5, 1]", error.Message);
        Assert.Throws<ArgumentException>(() => Initializer.He.InitializeParameters(new[] { 2, 0, 1 }, seed: 3));
    }
}
