using NotebookKit.Data;
using NotebookKit.Diagnostics;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Training;

namespace NotebookKit.Tests.Diagnostics;

public class GradientNormsTests
{
    private static Model DeepSigmoidNet() =>
        Model.Build(new[] { 2, 10, 10, 10, 10, 10, 10, 1 }, Activation.Sigmoid, new BinaryCrossEntropy(), Initializer.Xavier, seed: 3);

    [Fact]
    public void Norms_are_the_frobenius_norms_of_the_weight_gradients_in_layer_order()
    {
        var model = DeepSigmoidNet();
        var (x, y) = CourseDatasets.OptimizationMoons();
        model.Backpropagate(x, y);
        var norms = GradientNorms.Of(model);
        Assert.Equal(Enumerable.Range(1, 7).Select(l => $"W{l}"), norms.Select(n => n.Layer));
        for (int l = 1; l <= 7; l++)
        {
            var dW = model[$"dW{l}"];
            Assert.Equal(Math.Sqrt(dW.Enumerate().Sum(v => v * v)), norms[l - 1].Norm, 12);
        }
    }

    [Fact]
    public void A_deep_sigmoid_net_shows_vanishing_gradients_while_training()
    {
        var model = DeepSigmoidNet();
        var (x, y) = CourseDatasets.OptimizationMoons();
        var history = new GradientNorms();
        GradientDescent.Train(model, x, y, learningRate: 0.5, iterations: 60, recordEvery: 20, progress: p => history.Record(p.Iteration, model));
        Assert.Equal(new[] { 0, 20, 40 }, history.Iterations);
        // σ′ ≤ 1/4 per layer: at the start the first layer's gradient is orders of magnitude below the last one's,
        // and throughout training it keeps shrinking from layer 3 back to layer 1.
        Assert.True(history[0, "W1"] < 0.01 * history[0, "W7"], $"‖dW1‖ = {history[0, "W1"]}, ‖dW7‖ = {history[0, "W7"]}");
        for (int r = 0; r < 3; r++)
        {
            Assert.True(history[r, "W1"] < history[r, "W2"] && history[r, "W2"] < history[r, "W3"], $"recording {r}");
        }
        var table = history.ToDataFrame();
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(8, table.Columns.Count);
        Assert.Equal(history[1, "W3"], (double)table["‖dW3‖"][1]!);
        Assert.Equal(7, history.ToSeries().Count);
        Assert.Contains("‖dW7‖", history.ToString());
    }

    [Fact]
    public void Recording_out_of_order_or_another_model_is_refused()
    {
        var history = new GradientNorms();
        var model = DeepSigmoidNet();
        history.Record(10, model);
        Assert.Contains("increasing order", Assert.Throws<ArgumentOutOfRangeException>(() => history.Record(10, model)).Message);
        var other = Model.Build(new[] { 2, 3, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3);
        Assert.Contains("one GradientNorms per model", Assert.Throws<InvalidOperationException>(() => history.Record(20, other)).Message);
        Assert.Throws<KeyNotFoundException>(() => history[0, "W9"]);
    }
}
