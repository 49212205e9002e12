using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Diagnostics;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Randomness;

namespace NotebookKit.Tests.Networks;

public class ModelTests
{
    private static readonly Matrix<double> X = TestData.Randn(11, 3, 8);
    private static readonly Matrix<double> Y = TestData.BinaryLabels(12, 8);

    [Theory]
    [InlineData(Activation.ReLU, 0.0)]
    [InlineData(Activation.ReLU, 0.7)]
    [InlineData(Activation.Tanh, 0.0)]
    [InlineData(Activation.Sigmoid, 0.7)]
    [InlineData(Activation.LeakyReLU, 0.3)]
    public void Whole_model_backprop_matches_numerical_gradient(Activation hidden, double lambda)
    {
        var model = Model.Build(new[] { 3, 5, 4, 1 }, hidden, new BinaryCrossEntropy(), Initializer.Xavier, seed: 3, l2Lambda: lambda);
        var result = GradientCheck.Check(model, X, Y);
        Assert.True(result.Difference < 1e-7, result.ToString());
        Assert.Equal(GradientVerdict.Correct, result.Verdict);
        Assert.Equal(new[] { "W1", "b1", "W2", "b2", "W3", "b3" }, result.Breakdown.Select(p => p.Name));
    }

    [Fact]
    public void Softmax_model_with_L2_backprop_matches_numerical_gradient()
    {
        var model = Model.Build(new[] { 3, 6, 4 }, Activation.Tanh, new SoftmaxCrossEntropy(), Initializer.He, seed: 5, l2Lambda: 0.5);
        var result = GradientCheck.Check(model, X, TestData.OneHot(3, 4, 8));
        Assert.True(result.Difference < 1e-7, result.ToString());
    }

    [Fact]
    public void A_broken_backward_pass_is_caught_and_the_broken_parameter_named()
    {
        var model = WithBrokenLayer(2, weightFactor: 2, biasFactor: 1);
        var result = GradientCheck.Check(model, X, Y);
        Assert.True(result.Difference > 1e-3, result.ToString());
        Assert.Equal(GradientVerdict.Bug, result.Verdict);
        Assert.Equal("W2", result.Worst.Name);
        Assert.Contains("dW2", result.Message);
    }

    [Fact]
    public void The_course_gradient_checking_case_with_its_two_planted_bugs_gives_the_course_difference()
    {
        // The course's gradient_check_n_test_case: np.random.seed(1); x = randn(4, 3); y = [1, 1, 0];
        // W1 randn(5, 4), b1 (5, 1), W2 (3, 5), b2 (3, 1), W3 (1, 3), b3 (1, 1). With dW2 × 2 and db1 × 4 the
        // course prints difference = 0.2850931567761623 and cost 2.407833389834357 (numpy, ε = 1e-7).
        var random = new NumpyRandomState(1);
        var x = random.Randn(4, 3);
        var y = TestData.FromRows(new double[,] { { 1, 1, 0 } });
        var layers = new List<ILayer>();
        var sizes = new[] { 4, 5, 3, 1 };
        for (int l = 1; l <= 3; l++)
        {
            var dense = new Dense(l, random.Randn(sizes[l], sizes[l - 1]), random.Randn(sizes[l], 1));
            layers.Add(l switch { 1 => new BrokenDense(dense, 1, 4), 2 => new BrokenDense(dense, 2, 1), _ => dense });
            if (l < 3)
            {
                layers.Add(new ReLU(l));
            }
        }
        var model = new Model(layers, new BinaryCrossEntropy());
        Assert.Equal(2.407833389834357, model.Cost(x, y), 12);
        var result = GradientCheck.Check(model, x, y);
        Assert.Equal(0.2850931567761623, result.Difference, 6);
    }

    [Fact]
    public void A_model_from_a_parameter_dictionary_equals_the_built_one_and_leaves_the_dictionary_alone()
    {
        var parameters = Initializer.He.InitializeParameters(new[] { 3, 5, 4, 1 }, seed: 3);
        var fromParameters = Model.FromParameters(parameters, Activation.ReLU, new BinaryCrossEntropy());
        var built = Model.Build(new[] { 3, 5, 4, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3);
        Assert.Equal(built.ToString(), fromParameters.ToString());
        Assert.Equal(built.Cost(X, Y), fromParameters.Cost(X, Y));
        fromParameters["W1"].Clear();
        Assert.NotEqual(0.0, parameters["W1"].FrobeniusNorm());
        var error = Assert.Throws<ArgumentException>(() => Model.FromParameters(
            new Dictionary<string, Matrix<double>> { ["W1"] = parameters["W1"], ["c1"] = parameters["b1"] }, Activation.ReLU, new BinaryCrossEntropy()));
        Assert.Contains("b1", error.Message);
    }

    [Fact]
    public void Zero_initialization_never_breaks_symmetry()
    {
        var model = Model.Build(new[] { 3, 4, 3, 1 }, Activation.Tanh, new BinaryCrossEntropy(), Initializer.Zeros, seed: 0);
        // Zero weights and tanh give zero hidden activations; nudge the biases so units would have a reason to differ.
        model["b1"].MapInplace(_ => 0.3);
        model["b2"].MapInplace(_ => -0.2);
        model["b3"].MapInplace(_ => 0.5);
        NotebookKit.Training.GradientDescent.Train(model, X, Y, learningRate: 0.5, iterations: 200);
        foreach (var name in new[] { "W1", "W2" })
        {
            var w = model[name];
            for (int unit = 1; unit < w.RowCount; unit++)
            {
                Assert.Equal(w.Row(0), w.Row(unit));
            }
        }
        Assert.True(model["W1"].FrobeniusNorm() > 0, "the weights did move, yet every unit moved the same way");
    }

    [Fact]
    public void Parameters_and_gradients_are_reachable_by_the_course_names()
    {
        var model = Model.Build(new[] { 3, 5, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3);
        model.Backpropagate(X, Y);
        Assert.Equal((5, 3), (model["W1"].RowCount, model["W1"].ColumnCount));
        Assert.Equal((1, 1), (model["db2"].RowCount, model["db2"].ColumnCount));
        Assert.Same(model.Parameter("W1").Gradient, model["dW1"]);
        var error = Assert.Throws<KeyNotFoundException>(() => model["W7"]);
        Assert.Contains("W1, b1, W2, b2", error.Message);
    }

    [Fact]
    public void Predict_and_accuracy_follow_the_course_threshold()
    {
        var model = new Model(new ILayer[] { new Dense(1, TestData.FromRows(new double[,] { { 1 } }), TestData.FromRows(new double[,] { { 0 } })) }, new BinaryCrossEntropy());
        var x = TestData.FromRows(new double[,] { { -2, -0.1, 0.1, 3 } });
        Assert.Equal(TestData.FromRows(new double[,] { { 0, 0, 1, 1 } }), model.Predict(x));
        Assert.Equal(0.75, model.Accuracy(x, TestData.FromRows(new double[,] { { 0, 1, 1, 1 } })));
    }

    [Fact]
    public void Gradient_checking_refuses_while_dropout_is_active()
    {
        var model = Model.Build(new[] { 3, 5, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3, keepProb: 0.8);
        var error = Assert.Throws<InvalidOperationException>(() => GradientCheck.Check(model, X, Y));
        Assert.Contains("keepProb: 1", error.Message);
    }

    [Fact]
    public void An_empty_layer_list_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Model(Array.Empty<ILayer>(), new BinaryCrossEntropy()));
        Assert.Contains("at least one layer", error.Message);
    }

    [Fact]
    public void A_negative_lambda_is_rejected_by_the_model()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Model.Build(new[] { 3, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3, l2Lambda: -1));
    }

    private static Model WithBrokenLayer(int brokenIndex, double weightFactor, double biasFactor)
    {
        var built = Model.Build(new[] { 3, 5, 4, 1 }, Activation.Tanh, new BinaryCrossEntropy(), Initializer.Xavier, seed: 3);
        var layers = built.Layers.Select(layer =>
            layer is Dense dense && dense.Index == brokenIndex ? new BrokenDense(dense, weightFactor, biasFactor) : layer);
        return new Model(layers, built.Loss);
    }
}
