using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Optimizers;

namespace NotebookKit.Tests.Optimizers;

/// <summary>The documented relation between the course's momentum and the sum form, and the sum form's identity with PyTorch's SGD.</summary>
public class MomentumFormTests
{
    /// <summary>Runs 25 steps of <paramref name="optimizer"/> on a seeded quadratic bowl with noisy gradients.</summary>
    private static Parameter Run(IOptimizer optimizer)
    {
        var theta = new Parameter("W1", ParameterKind.Weight, TestData.Randn(5, 3, 4));
        var noise = TestData.Randn(6, 3, 4 * 25);
        for (int step = 0; step < 25; step++)
        {
            // ∇ of ½‖θ‖² is θ, plus a fixed noise term per step.
            (theta.Value + noise.SubMatrix(0, 3, 4 * step, 4)).CopyTo(theta.Gradient);
            optimizer.Step(new[] { theta });
        }
        return theta;
    }

    [Fact]
    public void The_course_form_with_alpha_equals_the_sum_form_with_alpha_times_one_minus_beta()
    {
        double alpha = 0.05, beta = 0.9;
        var course = new Momentum(alpha, beta, MomentumForm.ExponentiallyWeightedAverage);
        var sum = new Momentum(alpha * (1 - beta), beta, MomentumForm.Sum);
        var courseTheta = Run(course);
        var sumTheta = Run(sum);
        AssertRelative(sumTheta.Value, courseTheta.Value, 1e-12);
        // v_course = (1 − β)·v_sum.
        AssertRelative(sum.State(sumTheta).Velocity * (1 - beta), course.State(courseTheta).Velocity, 1e-12);
        // And the same α in both forms is not the same optimizer.
        Assert.True((Run(new Momentum(alpha, beta, MomentumForm.Sum)).Value - courseTheta.Value).FrobeniusNorm() > 0.1);
    }

    [Fact]
    public void The_sum_form_is_pytorch_sgd_with_momentum()
    {
        var sum = Run(new Momentum(0.02, 0.9, MomentumForm.Sum));
        var torch = Run(new Sgd(0.02, momentum: 0.9));
        AssertRelative(torch.Value, sum.Value, 1e-14);
    }

    /// <summary>
    /// CS231n's <c>sgd_momentum</c> check (FullyConnectedNets.ipynb): v ← μv − η·dw; w ← w + v, from the given v.
    /// That v is −η times the sum form's v, so the sum form started from −v/η must give CS231n's next_w and
    /// velocity; the notebook expects relative errors around 1e-8 (values printed to 8 digits).
    /// </summary>
    [Fact]
    public void The_sum_form_reproduces_cs231n_momentum_check()
    {
        var w = new Parameter("w", ParameterKind.Weight, LinspaceRows(-0.4, 0.6));
        LinspaceRows(-0.6, 0.4).CopyTo(w.Gradient);
        var csVelocity = LinspaceRows(0.6, 0.9);
        double eta = 1e-3;
        var momentum = new Momentum(eta, 0.9, MomentumForm.Sum);
        momentum.Initialize(new[] { w });
        (csVelocity / -eta).CopyTo(momentum.State(w).Velocity);
        momentum.Step(new[] { w });
        var expectedNextW = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { 0.1406, 0.20738947, 0.27417895, 0.34096842, 0.40775789 }, { 0.47454737, 0.54133684, 0.60812632, 0.67491579, 0.74170526 },
            { 0.80849474, 0.87528421, 0.94207368, 1.00886316, 1.07565263 }, { 1.14244211, 1.20923158, 1.27602105, 1.34281053, 1.4096 },
        });
        var expectedVelocity = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { 0.5406, 0.55475789, 0.56891579, 0.58307368, 0.59723158 }, { 0.61138947, 0.62554737, 0.63970526, 0.65386316, 0.66802105 },
            { 0.68217895, 0.69633684, 0.71049474, 0.72465263, 0.73881053 }, { 0.75296842, 0.76712632, 0.78128421, 0.79544211, 0.8096 },
        });
        Assert.True(Cs231n.RelError(expectedNextW, w.Value) < 1e-8, $"next_w rel error {Cs231n.RelError(expectedNextW, w.Value)}");
        Assert.True(Cs231n.RelError(expectedVelocity, momentum.State(w).Velocity * -eta) < 1e-8);
    }

    /// <summary><c>np.linspace(low, high, num=20).reshape(4, 5)</c>, as CS231n's checks build their inputs.</summary>
    internal static Matrix<double> LinspaceRows(double low, double high) =>
        Matrix<double>.Build.Dense(4, 5, (i, j) => low + (high - low) * (5 * i + j) / 19.0);

    private static void AssertRelative(Matrix<double> expected, Matrix<double> actual, double tolerance)
    {
        double error = (expected - actual).Enumerate().Zip(expected.Enumerate(), (d, e) => Math.Abs(d) / Math.Abs(e)).Max();
        Assert.True(error <= tolerance, $"largest relative difference {error:E2}");
    }
}

/// <summary>CS231n's <c>rel_error(x, y) = max |x − y| / max(1e-8, |x| + |y|)</c>.</summary>
internal static class Cs231n
{
    public static double RelError(Matrix<double> x, Matrix<double> y) =>
        x.Enumerate().Zip(y.Enumerate(), (a, b) => Math.Abs(a - b) / Math.Max(1e-8, Math.Abs(a) + Math.Abs(b))).Max();
}
