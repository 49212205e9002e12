using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Diagnostics;
using NotebookKit.Exercises;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Randomness;

namespace NotebookKit.Tests.Diagnostics;

public class SignalNormsTests
{
    [Fact]
    public void Norms_are_those_of_the_course_forward_and_backward_pass_written_out()
    {
        var (x, y, parameters) = RegularizationExercises.CourseTestCase();
        var cache = RegularizationExercises.ForwardCache(x, parameters);
        var model = Model.FromParameters(parameters, Activation.ReLU, new BinaryCrossEntropy());

        var norms = SignalNorms.Of(model, x, y);

        // By hand: the loss's gradient dZ3 = (A3 − Y)/m, then dA2 = W3ᵀ dZ3, dZ2 = dA2 ⊙ [A2 > 0], dA1 = W2ᵀ dZ2, dZ1 = dA1 ⊙ [A1 > 0].
        Matrix<double> Mask(Matrix<double> a) => a.Map(v => v > 0 ? 1.0 : 0.0);
        var dZ3 = (cache["A3"] - y) / x.ColumnCount;
        var dA2 = parameters["W3"].Transpose() * dZ3;
        var dZ2 = dA2.PointwiseMultiply(Mask(cache["A2"]));
        var dA1 = parameters["W2"].Transpose() * dZ2;
        var dZ1 = dA1.PointwiseMultiply(Mask(cache["A1"]));
        Assert.Equal(new[] { 1, 2 }, norms.Select(n => n.Layer));
        Assert.Equal(cache["A1"].FrobeniusNorm(), norms[0].A, 12);
        Assert.Equal(cache["A2"].FrobeniusNorm(), norms[1].A, 12);
        Assert.Equal(dA1.FrobeniusNorm(), norms[0].DA, 12);
        Assert.Equal(dA2.FrobeniusNorm(), norms[1].DA, 12);
        Assert.Equal(dZ1.FrobeniusNorm(), norms[0].DZ, 12);
        Assert.Equal(dZ2.FrobeniusNorm(), norms[1].DZ, 12);
    }

    [Fact]
    public void Weights_of_std_1_on_50_relu_units_grow_the_signal_about_5_fold_per_layer_both_ways()
    {
        // Var(z) ≈ 50 · Var(a) and ReLU halves it: ×√25 = 5 per layer, forward and backward.
        var random = new NumpyRandomState(0);
        var x = random.Randn(50, 200);
        var y = random.Rand(1, 200).Map(u => u < 0.5 ? 1.0 : 0.0);
        var model = Model.Build(new[] { 50, 50, 50, 50, 50, 50, 1 }, Activation.ReLU, new MeanSquaredError(), Initializer.RandomNormal(1), seed: 1);
        var norms = SignalNorms.Of(model, x, y);
        for (int l = 1; l < norms.Count; l++)
        {
            Assert.InRange(norms[l].A / norms[l - 1].A, 3.5, 7);
            Assert.InRange(norms[l - 1].DA / norms[l].DA, 3.5, 7);
        }
    }
}
