using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Plots;

namespace NotebookKit.Optimizers;

/// <summary>
/// An optimizer's path on a surface f(x, y) given by its gradient, e.g. Deep Learning from Scratch's
/// <c>f(x, y) = x²/20 + y²</c> with <c>∇f = (x/10, 2y)</c> from (−7, 2), where SGD zigzags across the narrow
/// valley while momentum, AdaGrad and Adam head along it.
/// </summary>
public static class OptimizerPath
{
    /// <summary>Runs <paramref name="steps"/> steps from <paramref name="start"/>; the series holds the positions after 0, 1, …, steps steps.</summary>
    /// <param name="optimizer">The optimizer (a fresh one: its state carries over between calls).</param>
    /// <param name="gradient">∇f at (x, y).</param>
    /// <param name="start">The starting point.</param>
    /// <param name="steps">How many steps, ≥ 0.</param>
    /// <param name="name">The legend entry; the optimizer's name by default.</param>
    public static Series Trace(IOptimizer optimizer, Func<double, double, (double Dx, double Dy)> gradient, (double X, double Y) start, int steps, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(gradient);
        if (steps < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), steps, "The number of steps must be ≥ 0.");
        }
        var point = new Parameter("θ", ParameterKind.Weight, Matrix<double>.Build.DenseOfColumnArrays(new[] { start.X, start.Y }));
        var xs = new List<double> { start.X };
        var ys = new List<double> { start.Y };
        var parameters = new[] { point };
        for (int step = 0; step < steps; step++)
        {
            var (dx, dy) = gradient(point.Value[0, 0], point.Value[1, 0]);
            point.Gradient[0, 0] = dx;
            point.Gradient[1, 0] = dy;
            optimizer.Step(parameters);
            xs.Add(point.Value[0, 0]);
            ys.Add(point.Value[1, 0]);
        }
        return new Series(name ?? optimizer.Name, xs, ys);
    }
}
