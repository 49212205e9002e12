using NotebookKit.Optimizers;

namespace NotebookKit.Tests.Optimizers;

public class SurfaceTests
{
    [Fact]
    public void Sgd_on_the_elongated_bowl_follows_deep_learning_from_scratch()
    {
        // Deep Learning from Scratch's SGD(lr=0.95) on x²/20 + y² from (−7, 2): (−6.335, −1.8) after one update and
        // (−0.350393, 0.084782) after 30 (running the book's common/optimizer.py, reference-facts A.4).
        var path = Surface.ElongatedBowl.Descend("SGD", new Sgd(learningRate: 0.95), start: (-7, 2), steps: 30);
        Assert.Equal(31, path.X.Count);
        Assert.Equal(-6.335, path.X[1], 12);
        Assert.Equal(-1.8, path.Y[1], 12);
        Assert.Equal(-0.350393, path.X[30], 6);
        Assert.Equal(0.084782, path.Y[30], 6);
    }

    [Theory]
    [InlineData(0.7, -0.3)]
    [InlineData(-1.2, 1.5)]
    public void Gradients_match_their_functions(double x, double y)
    {
        foreach (var surface in new[] { Surface.Saddle, Surface.IsotropicBowl, Surface.DoubleWell, Surface.ElongatedBowl })
        {
            AssertGradient(surface, x, y);
        }
    }

    [Fact]
    public void Double_well_has_a_local_minimum_a_bump_and_a_deeper_minimum_along_y_zero()
    {
        // x³ − 2x + 0.3 = 0 at x ≈ −1.48397, 0.15175, 1.33222 (numpy.roots([1, 0, -2, 0.3])).
        var well = Surface.DoubleWell;
        foreach (double root in new[] { -1.48397, 0.15175, 1.33222 })
        {
            Assert.True(Math.Abs(well.Gradient(root, 0).Dx) < 1e-3, $"∂h/∂x at {root}");
        }
        Assert.True(well.F(-1.48397, 0) < well.F(1.33222, 0));
        Assert.True(well.F(0.15175, 0) > well.F(1.33222, 0));
    }

    private static void AssertGradient(Surface surface, double x, double y)
    {
        const double h = 1e-6;
        var (dx, dy) = surface.Gradient(x, y);
        Assert.Equal((surface.F(x + h, y) - surface.F(x - h, y)) / (2 * h), dx, 8);
        Assert.Equal((surface.F(x, y + h) - surface.F(x, y - h)) / (2 * h), dy, 8);
    }
}
