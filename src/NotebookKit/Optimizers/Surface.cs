using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Plots;

namespace NotebookKit.Optimizers;

/// <summary>
/// A function of two variables with its gradient, small enough that every step of an optimizer can be drawn
/// over its contour lines. The point (x, y) is trained as one 2 × 1 parameter, so any <see cref="IOptimizer"/>
/// runs on it unchanged.
/// </summary>
public sealed class Surface
{
    /// <summary>Creates a surface from f and its gradient ∇f = (∂f/∂x, ∂f/∂y).</summary>
    public Surface(string name, Func<double, double, double> f, Func<double, double, (double Dx, double Dy)> gradient)
    {
        Name = name;
        F = f;
        Gradient = gradient;
    }

    /// <summary>The elongated bowl of Deep Learning from Scratch, ch. 6: <c>f = x²/20 + y²</c>, <c>∇f = (x/10, 2y)</c>.</summary>
    public static Surface ElongatedBowl { get; } = new("f(x, y) = x²/20 + y²", (x, y) => x * x / 20 + y * y, (x, y) => (x / 10, 2 * y));

    /// <summary>
    /// A saddle at the origin with minima at (0, ±1): <c>g = x²/2 + y⁴/4 − y²/2</c>, <c>∇g = (x, y³ − y)</c>.
    /// </summary>
    public static Surface Saddle { get; } = new("g(x, y) = x²/2 + y⁴/4 − y²/2", (x, y) => x * x / 2 + y * y * y * y / 4 - y * y / 2, (x, y) => (x, y * y * y - y));

    /// <summary>
    /// The isotropic bowl <c>f = x² + y²</c>, <c>∇f = (2x, 2y)</c>: the same curvature in every direction, so
    /// −∇f points straight at the minimum and plain gradient descent needs no help.
    /// </summary>
    public static Surface IsotropicBowl { get; } = new("f(x, y) = x² + y²", (x, y) => x * x + y * y, (x, y) => (2 * x, 2 * y));

    /// <summary>
    /// A tilted double well with a local minimum: <c>h = x⁴/4 − x² + 0.3x + y²</c>, <c>∇h = (x³ − 2x + 0.3, 2y)</c>.
    /// Along y = 0 it has a local minimum at x ≈ 1.33 (h ≈ −0.588), a bump at x ≈ 0.15 and the global minimum at
    /// x ≈ −1.48 (h ≈ −1.435).
    /// </summary>
    public static Surface DoubleWell { get; } = new("h(x, y) = x⁴/4 − x² + 0.3x + y²",
        (x, y) => x * x * x * x / 4 - x * x + 0.3 * x + y * y, (x, y) => (x * x * x - 2 * x + 0.3, 2 * y));

    /// <summary>The formula, for titles.</summary>
    public string Name { get; }

    /// <summary>The function.</summary>
    public Func<double, double, double> F { get; }

    /// <summary>Its gradient.</summary>
    public Func<double, double, (double Dx, double Dy)> Gradient { get; }

    /// <summary>
    /// Runs <paramref name="optimizer"/> for <paramref name="steps"/> steps from <paramref name="start"/> and returns
    /// the path: the start, then the position after each step.
    /// </summary>
    public Series Descend(string name, IOptimizer optimizer, (double X, double Y) start, int steps)
    {
        if (steps < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), steps, "The number of steps must be ≥ 0.");
        }
        var point = new Parameter("W1", ParameterKind.Weight, Matrix<double>.Build.DenseOfColumnArrays(new[] { start.X, start.Y }));
        var parameters = new[] { point };
        var xs = new List<double> { start.X };
        var ys = new List<double> { start.Y };
        for (int t = 0; t < steps; t++)
        {
            var (dx, dy) = Gradient(point.Value[0, 0], point.Value[1, 0]);
            point.Gradient[0, 0] = dx;
            point.Gradient[1, 0] = dy;
            optimizer.Step(parameters);
            xs.Add(point.Value[0, 0]);
            ys.Add(point.Value[1, 0]);
        }
        return new Series(name, xs, ys);
    }
}
