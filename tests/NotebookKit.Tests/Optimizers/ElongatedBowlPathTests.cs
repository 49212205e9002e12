using NotebookKit.Optimizers;

namespace NotebookKit.Tests.Optimizers;

/// <summary>
/// Paths on Deep Learning from Scratch's surface f(x, y) = x²/20 + y² from (−7, 2), against the positions its own
/// <c>common/optimizer.py</c> reaches (reference facts §A.4, computed with numpy, 6 decimals). Its rules map onto the
/// kit's: momentum v = μv − ηg is the sum form; its Nesterov (Bengio et al.) takes PyTorch's Nesterov steps; its
/// AdaGrad and RMSprop use ε = 1e-7. (SurfaceTests checks its SGD.)
/// </summary>
public class ElongatedBowlPathTests
{
    public static TheoryData<string, Func<IOptimizer>, double, double, double, double> Cases() => new()
    {
        { "Momentum(lr=0.1)", () => new Momentum(0.1, 0.9, MomentumForm.Sum), -6.930, 1.600, 0.896414, 0.088086 },
        { "Nesterov(lr=0.1)", () => new Sgd(0.1, momentum: 0.9, nesterov: true), -6.867, 1.240, 0.689615, -0.000680 },
        { "AdaGrad(lr=1.5)", () => new AdaGrad(1.5, epsilon: 1e-7), -5.500, 0.500, -0.120162, 0.000000 },
        { "RMSprop(lr=0.1)", () => new RmsProp(0.1, beta: 0.99, epsilon: 1e-7), -6.000001, 1.000000, -0.697420, 0.000000 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Paths_match_deep_learning_from_scratch(string name, Func<IOptimizer> create, double x1, double y1, double x30, double y30)
    {
        var path = Surface.ElongatedBowl.Descend(name, create(), (-7, 2), 30);
        Assert.Equal(31, path.X.Count);
        Assert.Equal((-7.0, 2.0), (path.X[0], path.Y[0]));
        Assert.True(Math.Abs(path.X[1] - x1) <= 5.1e-7 && Math.Abs(path.Y[1] - y1) <= 5.1e-7, $"{name} after 1 step: ({path.X[1]}, {path.Y[1]})");
        Assert.True(Math.Abs(path.X[30] - x30) <= 5.1e-7 && Math.Abs(path.Y[30] - y30) <= 5.1e-7, $"{name} after 30 steps: ({path.X[30]}, {path.Y[30]})");
        Assert.Equal(name, path.Name);
    }

    /// <summary>
    /// Deep Learning from Scratch's Adam adds ε = 1e-7 to the uncorrected √s, an effective ε of 1e-7/√(1 − β2^t)
    /// (3e-6 at t = 1) on √ŝ; that alone separates its path, (−6.700001, 1.700000) after 1 step and
    /// (0.136007, 0.318245) after 30, from the course's and PyTorch's Adam by about 1e-5.
    /// </summary>
    [Fact]
    public void Adam_differs_from_deep_learning_from_scratch_only_through_epsilon()
    {
        var path = Surface.ElongatedBowl.Descend("Adam", new Adam(0.3), (-7, 2), 30);
        Assert.Equal(-6.7, path.X[1], 8);
        Assert.True(Math.Abs(path.X[1] - -6.700001) < 2e-6);
        Assert.True(Math.Abs(path.X[30] - 0.136007) < 2e-5 && Math.Abs(path.Y[30] - 0.318245) < 2e-5, $"({path.X[30]}, {path.Y[30]})");
    }
}
