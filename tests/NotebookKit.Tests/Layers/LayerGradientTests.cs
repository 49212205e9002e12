using NotebookKit.Diagnostics;
using NotebookKit.Layers;
using NotebookKit.Randomness;
using NotebookKit.Regularization;

namespace NotebookKit.Tests.Layers;

/// <summary>Every layer's backward step agrees with the two-sided differences of its forward step.</summary>
public class LayerGradientTests
{
    private static readonly MathNet.Numerics.LinearAlgebra.Matrix<double> Input = TestData.Randn(7, 4, 6);

    public static TheoryData<string> ActivationNames => new() { "ReLU", "LeakyReLU", "Sigmoid", "Tanh" };

    [Fact]
    public void Dense_backward_matches_numerical_gradient()
    {
        var dense = new Dense(1, TestData.Randn(2, 3, 4), TestData.Randn(3, 3, 1));
        var result = GradientCheck.CheckLayer(dense, Input);
        Assert.True(result.Difference < 1e-7, result.ToString());
        Assert.Equal(new[] { "W1", "b1", "input" }, result.Breakdown.Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(ActivationNames))]
    public void Activation_backward_matches_numerical_gradient(string name)
    {
        var layer = Activations.Create(Enum.Parse<Activation>(name), 1);
        var result = GradientCheck.CheckLayer(layer, Input);
        Assert.True(result.Difference < 1e-7, $"{name}: {result}");
    }

    [Fact]
    public void Inverted_dropout_backward_matches_numerical_gradient_for_a_fixed_mask()
    {
        var dropout = new InvertedDropout(1, 0.7, new NumpyRandomState(1)) { ReuseMask = true };
        var result = GradientCheck.CheckLayer(dropout, Input, training: true);
        Assert.True(result.Difference < 1e-7, result.ToString());
        Assert.Contains(0.0, dropout.Mask!.Enumerate());
    }

    [Fact]
    public void A_wrong_activation_derivative_is_reported_as_a_bug()
    {
        var result = GradientCheck.CheckLayer(new SigmoidWithWrongDerivative(), Input);
        Assert.Equal(GradientVerdict.Bug, result.Verdict);
    }

    /// <summary>A planted bug: uses σ(z) instead of σ(z)(1 − σ(z)).</summary>
    private sealed class SigmoidWithWrongDerivative : ActivationLayer
    {
        public SigmoidWithWrongDerivative() : base("BrokenSigmoid", 1) { }

        public override double Activate(double z) => Sigmoid.Of(z);

        public override double Derivative(double z, double a) => a;
    }
}
