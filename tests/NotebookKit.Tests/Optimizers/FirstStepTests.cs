using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Optimizers;

namespace NotebookKit.Tests.Optimizers;

/// <summary>
/// First steps that can be checked by hand, on the scalar loss ½θ² from θ = 1 (so g = θ). The three-step values
/// are the torch 1.13 float64 values recorded in the reference facts (§C.2), printed to 10 digits; the comments
/// derive the first step of each.
/// </summary>
public class FirstStepTests
{
    public static TheoryData<string, Func<IOptimizer>, double[]> Cases() => new()
    {
        // θ1 = 1 − 0.1·1.
        { "SGD", () => new Sgd(0.1), new[] { 0.9, 0.81, 0.729 } },
        // b1 = g = 1, θ1 = 0.9; b2 = 0.9·1 + 0.9 = 1.8, θ2 = 0.9 − 0.18 = 0.72.
        { "SGD momentum", () => new Sgd(0.1, momentum: 0.9), new[] { 0.9, 0.72, 0.486 } },
        // b1 = g (no dampening on step 1); b2 = 0.9·1 + 0.5·0.9 = 1.35, θ2 = 0.9 − 0.135 = 0.765.
        { "SGD dampening", () => new Sgd(0.1, momentum: 0.9, dampening: 0.5), new[] { 0.9, 0.765, 0.60525 } },
        // b1 = 1, g + μb = 1.9, θ1 = 1 − 0.19 = 0.81.
        { "SGD Nesterov", () => new Sgd(0.1, momentum: 0.9, nesterov: true), new[] { 0.81, 0.5751, 0.327321 } },
        // g = 1 + 0.1·1 = 1.1, θ1 = 1 − 0.11 = 0.89.
        { "SGD weight decay", () => new Sgd(0.1, weightDecay: 0.1), new[] { 0.89, 0.7921, 0.704969 } },
        // h = 1, θ1 = 1 − 0.1·1/(1 + 1e-10) ≈ 0.9 (the first AdaGrad step is α·sign(g)).
        { "AdaGrad", () => new AdaGrad(0.1), new[] { 0.9, 0.8331035269, 0.7804561814 } },
        // h = 0.1 + 1, θ1 = 1 − 0.1/√1.1 = 0.90465374…; step 2 uses α/(1 + 0.5).
        { "AdaGrad options", () => new AdaGrad(0.1, learningRateDecay: 0.5, initialAccumulatorValue: 0.1), new[] { 0.9046537411, 0.8611104026, 0.8347109204 } },
        // s = 0.01, θ1 = 1 − 0.1·1/(0.1 + 1e-8) ≈ 1e-7: the first step is 10α·sign(g) = α/√(1 − β).
        { "RMSProp", () => new RmsProp(0.1), new[] { 1e-07, -5e-10, 0.0 } },
        { "RMSProp centered", () => new RmsProp(0.1, centered: true), new[] { -0.0050377142, 5.03044e-05, -7.558e-07 } },
        { "RMSProp momentum", () => new RmsProp(0.1, momentum: 0.9), new[] { 1e-07, -0.8999999105, -1.0373272129 } },
        // v̂ = g, ŝ = g², θ1 = 1 − 0.1·1/(1 + 1e-8) = 0.900000001.
        { "Adam", () => new Adam(0.1), new[] { 0.900000001, 0.8004122297, 0.7015862745 } },
        { "Adam weight decay", () => new Adam(0.1, weightDecay: 0.1), new[] { 0.9000000009, 0.8004122295, 0.7015862742 } },
        // θ ← 1·(1 − 0.1·0.01) = 0.999, then the Adam step −0.1/(1 + 1e-8): 0.899000001.
        { "AdamW", () => new AdamW(0.1), new[] { 0.899000001, 0.7985190282, 0.6989111847 } },
        { "AdamW weight decay", () => new AdamW(0.1, weightDecay: 0.1), new[] { 0.890000001, 0.781571857, 0.6751012232 } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Three_steps_on_half_theta_squared(string name, Func<IOptimizer> create, double[] expected)
    {
        var optimizer = create();
        var theta = new Parameter("θ", ParameterKind.Weight, Matrix<double>.Build.Dense(1, 1, 1.0));
        foreach (var (value, step) in expected.Select((v, i) => (v, i + 1)))
        {
            theta.Gradient[0, 0] = theta.Value[0, 0];
            optimizer.Step(new[] { theta });
            // Ten printed digits: half a unit in the last printed place, or of the tenth significant digit.
            double tolerance = Math.Max(5.1e-11, 5.1e-10 * Math.Abs(value));
            Assert.True(Math.Abs(theta.Value[0, 0] - value) <= tolerance, $"{name}, step {step}: expected {value}, got {theta.Value[0, 0]:R}");
        }
    }

    [Fact]
    public void Frozen_parameters_keep_their_value_and_get_no_state()
    {
        var frozen = new Parameter("W1", ParameterKind.Weight, Matrix<double>.Build.Dense(1, 1, 1.0)) { Frozen = true };
        var trained = new Parameter("W2", ParameterKind.Weight, Matrix<double>.Build.Dense(1, 1, 1.0));
        frozen.Gradient[0, 0] = trained.Gradient[0, 0] = 1.0;
        var adam = new Adam(0.1);
        adam.Step(new[] { frozen, trained });
        Assert.Equal(1.0, frozen.Value[0, 0]);
        Assert.Equal(0.900000001, trained.Value[0, 0], 12);
        Assert.Throws<InvalidOperationException>(() => adam.State(frozen));
        Assert.Equal(1, adam.State(trained).T);
    }

    [Fact]
    public void Reset_forgets_the_state()
    {
        var theta = new Parameter("W1", ParameterKind.Weight, Matrix<double>.Build.Dense(1, 1, 1.0));
        theta.Gradient[0, 0] = 1.0;
        var momentum = new Momentum(0.1, 0.9, MomentumForm.Sum);
        momentum.Step(new[] { theta });
        momentum.Step(new[] { theta });
        Assert.Equal(1.9, momentum.State(theta).Velocity[0, 0], 15);
        momentum.Reset();
        momentum.Step(new[] { theta });
        Assert.Equal(1.0, momentum.State(theta).Velocity[0, 0]);
    }

    [Fact]
    public void Bad_hyperparameters_fail_with_the_name_and_what_is_expected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(beta1: 1.0));
        Assert.Contains("Adam β1 must be in [0, 1)", error.Message);
        Assert.Contains("learning rate α must be a finite number > 0", Assert.Throws<ArgumentOutOfRangeException>(() => new Sgd(-0.1)).Message);
        Assert.Contains("Nesterov momentum needs momentum μ > 0", Assert.Throws<ArgumentException>(() => new Sgd(0.1, nesterov: true)).Message);
        Assert.Contains("MomentumForm.Sum", Assert.Throws<ArgumentOutOfRangeException>(() => new Momentum(0.1, 0.9, (MomentumForm)7)).Message);
        var sgd = new Sgd(0.1);
        Assert.Throws<ArgumentOutOfRangeException>(() => sgd.LearningRate = double.NaN);
        Assert.Equal(0.1, sgd.LearningRate);
    }

    [Fact]
    public void Names_show_the_hyperparameters()
    {
        Assert.Equal("Adam(α = 0.001, β1 = 0.9, β2 = 0.999, ε = 1E-08)", new Adam().Name);
        Assert.Equal("AdamW(α = 0.001, β1 = 0.9, β2 = 0.999, ε = 1E-08, λ = 0.01)", new AdamW().Name);
        Assert.Equal("SGD(α = 0.1, μ = 0.9, Nesterov)", new Sgd(0.1, momentum: 0.9, nesterov: true).Name);
        Assert.Equal("Momentum(α = 0.01, β = 0.9, v = βv + (1−β)dW)", new Momentum(0.01, 0.9, MomentumForm.ExponentiallyWeightedAverage).Name);
    }
}
