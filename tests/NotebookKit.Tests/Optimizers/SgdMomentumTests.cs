using NotebookKit.Layers;
using NotebookKit.Optimizers;

namespace NotebookKit.Tests.Optimizers;

/// <summary>Momentum with α inside the velocity (CS231n's sgd_momentum, the book's Momentum).</summary>
public class SgdMomentumTests
{
    [Fact]
    public void Matches_the_cs231n_check()
    {
        // FullyConnectedNets.ipynb: w, dw, v = linspace grids, learning_rate 1e-3, "relative errors around e-8 or less".
        var w = new Parameter("w", ParameterKind.Weight, MomentumFormTests.LinspaceRows(-0.4, 0.6));
        MomentumFormTests.LinspaceRows(-0.6, 0.4).CopyTo(w.Gradient);
        var momentum = new SgdMomentum(1e-3, 0.9);
        momentum.Initialize(new[] { w });
        MomentumFormTests.LinspaceRows(0.6, 0.9).CopyTo(momentum.State(w).Velocity);
        momentum.Step(new[] { w });
        Assert.True(Cs231n.RelError(NotebookKit.Exercises.Cs231nArrays.MomentumNextW, w.Value) < 1e-8);
        Assert.True(Cs231n.RelError(NotebookKit.Exercises.Cs231nArrays.MomentumVelocity, momentum.State(w).Velocity) < 1e-8);
    }

    [Fact]
    public void Follows_the_books_momentum_on_the_elongated_bowl()
    {
        // The book's Momentum(lr=0.1) from (−7, 2): (−6.93, 1.6) after one update, (0.896414, 0.088086) after 30 (reference facts §A.4).
        var path = Surface.ElongatedBowl.Descend("momentum", new SgdMomentum(0.1), start: (-7, 2), steps: 30);
        Assert.Equal(-6.93, path.X[1], 12);
        Assert.Equal(1.6, path.Y[1], 12);
        Assert.Equal(0.896414, path.X[30], 6);
        Assert.Equal(0.088086, path.Y[30], 6);
    }

    [Fact]
    public void Takes_the_sum_forms_steps_at_a_constant_rate_and_not_after_the_rate_changes()
    {
        var inside = Positions(new SgdMomentum(0.1));
        var sum = Positions(new Momentum(0.1, 0.9, MomentumForm.Sum));
        for (int k = 0; k < 10; k++)
        {
            Assert.Equal(sum[k], inside[k], 12);
        }
        // After α drops to 0.01 the sum form scales its whole velocity by the new α; α inside v keeps the old steps.
        Assert.True(Math.Abs(inside[10] - sum[10]) > 0.1, $"{inside[10]} against {sum[10]}");
    }

    /// <summary>x on the elongated bowl after each of 11 steps from (−7, 2), α divided by 10 before the 11th.</summary>
    private static double[] Positions(IOptimizer optimizer)
    {
        var point = new Parameter("W1", ParameterKind.Weight, MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfColumnArrays(new[] { -7.0, 2.0 }));
        var xs = new double[11];
        for (int step = 0; step < 11; step++)
        {
            if (step == 10)
            {
                optimizer.LearningRate /= 10;
            }
            var (dx, dy) = Surface.ElongatedBowl.Gradient(point.Value[0, 0], point.Value[1, 0]);
            point.Gradient[0, 0] = dx;
            point.Gradient[1, 0] = dy;
            optimizer.Step(new[] { point });
            xs[step] = point.Value[0, 0];
        }
        return xs;
    }

    [Fact]
    public void Rejects_a_momentum_of_one()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SgdMomentum(0.1, 1.0));
        Assert.Contains("momentum μ", error.Message);
    }
}
