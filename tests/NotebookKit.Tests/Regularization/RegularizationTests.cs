using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Randomness;
using NotebookKit.Regularization;

namespace NotebookKit.Tests.Regularization;

public class RegularizationTests
{
    [Fact]
    public void L2_cost_reproduces_the_course_regularization_test_case()
    {
        // The course's compute_cost_with_regularization_test_case: np.random.seed(1), then W1 (2,3), b1 (2,1),
        // W2 (3,2), b2 (3,1), W3 (1,3), b3 (1,1) in that order; a3 and Y given; λ = 0.1 → 1.7864859451590758.
        var random = new NumpyRandomState(1);
        var shapes = new[] { ("W1", 2, 3), ("b1", 2, 1), ("W2", 3, 2), ("b2", 3, 1), ("W3", 1, 3), ("b3", 1, 1) };
        var parameters = shapes.Select(s => new Parameter(s.Item1, s.Item1[0] == 'W' ? ParameterKind.Weight : ParameterKind.Bias, random.Randn(s.Item2, s.Item3))).ToList();
        var a3 = TestData.FromRows(new[,] { { 0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402 } });
        var y = TestData.FromRows(new double[,] { { 1, 1, 0, 1, 0 } });
        double cost = BinaryCrossEntropy.CostFromProbabilities(a3, y) + L2Penalty.Cost(parameters, 0.1, 5);
        Assert.Equal(1.7864859451590758, cost, 7); // a3 is printed to 8 decimals
    }

    [Fact]
    public void Inverted_dropout_keeps_the_expected_activation()
    {
        var activations = Matrix<double>.Build.Dense(20, 50, (i, j) => 1.0 + 0.1 * i + 0.01 * j);
        var dropout = new InvertedDropout(1, 0.8, new NumpyRandomState(0));
        var sum = Matrix<double>.Build.Dense(20, 50);
        const int masks = 2000;
        for (int k = 0; k < masks; k++)
        {
            sum += dropout.Forward(activations, training: true);
        }
        // Each entry's average over 2000 masks has standard error a·√(0.2/0.8 / 2000) ≈ 0.011·a;
        // the mean over all 1000 entries has standard error ≈ 0.00035·ā, so 0.5% is a wide margin.
        double ratio = (sum / masks).Enumerate().Average() / activations.Enumerate().Average();
        Assert.InRange(ratio, 0.995, 1.005);
        double keptFraction = dropout.Mask!.Enumerate().Average();
        Assert.InRange(keptFraction, 0.75, 0.85);
    }

    [Fact]
    public void Inverted_dropout_is_the_identity_at_inference()
    {
        var a = TestData.Randn(1, 3, 4);
        Assert.Same(a, new InvertedDropout(1, 0.5, new NumpyRandomState(0)).Forward(a, training: false));
    }

    [Fact]
    public void Inverted_dropout_draws_the_course_mask()
    {
        // The course's forward_propagation_with_dropout reseeds with np.random.seed(1) and draws
        // D1 = rand(2, 5) < 0.7; its V2021 test expects D1 = [[T, F, T, T, T], [T, T, T, T, T]].
        var dropout = new InvertedDropout(1, 0.7, new NumpyRandomState(1));
        var a = dropout.Forward(Matrix<double>.Build.Dense(2, 5, 0.7), training: true);
        TestData.AssertClose(new double[,] { { 1, 0, 1, 1, 1 }, { 1, 1, 1, 1, 1 } }, dropout.Mask!, 0);
        TestData.AssertClose(new double[,] { { 1, 0, 1, 1, 1 }, { 1, 1, 1, 1, 1 } }, a, 1e-15);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.2)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void KeepProb_outside_0_1_is_rejected(double keepProb)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new InvertedDropout(1, keepProb, new NumpyRandomState(0)));
        Assert.Contains("(0, 1]", error.Message);
    }

    [Fact]
    public void A_negative_lambda_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => L2Penalty.Validate(-0.1));
        Assert.Contains("λ", error.Message);
    }

    [Fact]
    public void Keep_probabilities_per_layer_put_dropout_only_where_it_is_below_1()
    {
        var model = Model.Build(new[] { 2, 40, 20, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, 3, keepProbs: new[] { 0.5, 1.0 });
        var dropout = Assert.Single(model.Layers.OfType<InvertedDropout>());
        Assert.Equal("Dropout 1", dropout.Name);
        Assert.Equal(0.5, dropout.KeepProb);
        Assert.Equal(new[] { "Dense 1", "ReLU 1", "Dropout 1", "Dense 2", "ReLU 2", "Dense 3" }, model.Layers.Select(l => l.Name));
    }

    [Fact]
    public void Per_layer_keep_probabilities_draw_the_course_masks_in_order()
    {
        // The same draws as one keepProb for both layers: D1 from the first numbers of seed 1, then D2.
        var x = new NumpyRandomState(5).Randn(2, 7);
        var single = Model.Build(new[] { 2, 4, 3, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, 3, keepProb: 0.8);
        var perLayer = Model.Build(new[] { 2, 4, 3, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, 3, keepProbs: new[] { 0.8, 0.8 });
        single.Logits(x, training: true);
        perLayer.Logits(x, training: true);
        var masks = single.Layers.OfType<InvertedDropout>().Zip(perLayer.Layers.OfType<InvertedDropout>());
        Assert.All(masks, pair => Assert.Equal(pair.First.Mask, pair.Second.Mask));
        Assert.Equal(new NumpyRandomState(1).BernoulliMask(4, 7, 0.8), perLayer.Layers.OfType<InvertedDropout>().First().Mask);
    }

    [Fact]
    public void A_keep_probability_list_of_the_wrong_length_names_the_hidden_layers()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Model.Build(new[] { 2, 40, 20, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, 3, keepProbs: new[] { 0.5 }));
        Assert.Contains("2 hidden layers, but 1 were given", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Model.Build(new[] { 2, 40, 20, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, 3, keepProbs: new[] { 0.5, 0.0 }));
    }
}
