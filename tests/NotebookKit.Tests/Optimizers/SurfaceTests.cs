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
    public void Saddle_gradient_matches_its_function(double x, double y)
    {
        const double h = 1e-6;
        var saddle = Surface.Saddle;
        var (dx, dy) = saddle.Gradient(x, y);
        Assert.Equal((saddle.F(x + h, y) - saddle.F(x - h, y)) / (2 * h), dx, 8);
        Assert.Equal((saddle.F(x, y + h) - saddle.F(x, y - h)) / (2 * h), dy, 8);
    }
}
