using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

public class GradientDescentTests
{
    [Fact]
    public void Cost_decreases_on_a_separable_problem()
    {
        var x = TestData.Randn(1, 2, 40);
        var y = x.Row(0).Add(x.Row(1)).Map(v => v > 0 ? 1.0 : 0.0).ToRowMatrix();
        var model = Model.Build(new[] { 2, 4, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3);
        var history = GradientDescent.Train(model, x, y, learningRate: 0.5, iterations: 300, recordEvery: 100);
        Assert.Equal(new[] { 0, 100, 200 }, history.Select(p => p.Iteration));
        Assert.True(history[^1].Cost < history[0].Cost / 2, string.Join(", ", history));
        Assert.True(model.Accuracy(x, y) >= 0.95);
    }

    [Fact]
    public void A_cost_that_becomes_infinite_stops_training_with_the_iteration_and_a_hint()
    {
        var x = TestData.Randn(1, 2, 20) * 100;
        var y = TestData.Randn(2, 1, 20) * 100;
        var model = Model.Build(new[] { 2, 8, 8, 1 }, Activation.ReLU, new MeanSquaredError(), Initializer.RandomNormal(10), seed: 3);
        var error = Assert.Throws<TrainingDivergedException>(() => GradientDescent.Train(model, x, y, learningRate: 1.0, iterations: 1000));
        Assert.InRange(error.Iteration, 1, 999);
        Assert.Contains($"iteration {error.Iteration}", error.Message);
        Assert.Contains("smaller learning rate", error.Message);
    }
}
