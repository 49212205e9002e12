using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Randomness;

namespace NotebookKit.Diagnostics;

/// <summary>
/// Gradient checking as the course teaches it: flatten all parameters into one vector θ (W1, b1, W2, …, each
/// row by row), approximate each partial derivative by the two-sided difference
/// <c>g̃_i = (J(θ + εe_i) − J(θ − εe_i)) / (2ε)</c> with ε = 10⁻⁷, and compare with backprop's g by the
/// relative difference <c>‖g − g̃‖₂ / (‖g‖₂ + ‖g̃‖₂)</c>.
/// </summary>
public static class GradientCheck
{
    /// <summary>The course's ε.</summary>
    public const double DefaultEpsilon = 1e-7;

    /// <summary>
    /// Checks a whole model's backprop (including the L2 term) on (X, Y). Refuses while dropout is active:
    /// the random masks make J a different function at every call, so check with <c>keepProb = 1</c> first. J is the cost of
    /// a training step, as backprop differentiates it: batch normalization uses the batch's own μ and σ² (and each call
    /// moves its running averages).
    /// </summary>
    public static GradientCheckResult Check(Model model, Matrix<double> x, Matrix<double> y, double epsilon = DefaultEpsilon)
    {
        if (model.HasActiveDropout)
        {
            throw new InvalidOperationException(
                "Gradient checking needs a cost that is the same function at every call, but this model has dropout " +
                "(keepProb < 1), which draws new masks each time. Check the model built with keepProb: 1, " +
                "then turn dropout back on for training.");
        }
        model.Backpropagate(x, y);
        var analytic = model.Parameters.Select(p => new CheckedMatrix(p.Name, p.Value, p.Gradient.Clone())).ToList();
        return Compare(analytic, () => model.Cost(x, y, training: true), epsilon);
    }

    /// <summary>
    /// Checks one layer's backward step against its forward step, on the scalar <c>J = Σ R ⊙ f(A_prev)</c> with
    /// a fixed random R: its parameters' gradients and <c>dA_prev</c> (named <c>input</c> in the breakdown).
    /// </summary>
    public static GradientCheckResult CheckLayer(ILayer layer, Matrix<double> input, int seed = 1, bool training = false, double epsilon = DefaultEpsilon)
    {
        var output = layer.Forward(input, training);
        var weights = new NumpyRandomState(seed).Randn(output.RowCount, output.ColumnCount);
        var inputGradient = layer.Backward(weights);
        var analytic = layer.Parameters.Select(p => new CheckedMatrix(p.Name, p.Value, p.Gradient.Clone())).ToList();
        analytic.Add(new CheckedMatrix("input", input, inputGradient));
        return Compare(analytic, () => layer.Forward(input, training).PointwiseMultiply(weights).Enumerate().Sum(), epsilon);
    }

    /// <summary>Checks a loss's gradient <c>dZ[L]</c> against its cost.</summary>
    public static GradientCheckResult CheckLoss(ILoss loss, Matrix<double> logits, Matrix<double> labels, double epsilon = DefaultEpsilon)
    {
        var analytic = new[] { new CheckedMatrix("Z", logits, loss.Gradient(logits, labels)) };
        return Compare(analytic, () => loss.Cost(logits, labels), epsilon);
    }

    /// <summary>
    /// The core of the check: perturbs each entry of each matrix in place by ±ε (restoring it afterwards),
    /// evaluates <paramref name="cost"/>, and compares the two-sided differences with the analytic gradients.
    /// </summary>
    public static GradientCheckResult Compare(IReadOnlyList<CheckedMatrix> matrices, Func<double> cost, double epsilon = DefaultEpsilon)
    {
        if (!(epsilon > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "ε must be > 0; the course uses 1e-7.");
        }
        var breakdown = new List<ParameterCheck>();
        var allAnalytic = new List<double>();
        var allNumeric = new List<double>();
        foreach (var m in matrices)
        {
            Shapes.RequireSame(m.Gradient, "d" + m.Name, m.Value, m.Name, "Gradient check");
            var analytic = new List<double>();
            var numeric = new List<double>();
            for (int i = 0; i < m.Value.RowCount; i++)
            {
                for (int j = 0; j < m.Value.ColumnCount; j++)
                {
                    double original = m.Value[i, j];
                    m.Value[i, j] = original + epsilon;
                    double plus = cost();
                    m.Value[i, j] = original - epsilon;
                    double minus = cost();
                    m.Value[i, j] = original;
                    numeric.Add((plus - minus) / (2 * epsilon));
                    analytic.Add(m.Gradient[i, j]);
                }
            }
            breakdown.Add(new ParameterCheck(
                m.Name, RelativeDifference(analytic, numeric),
                analytic.Zip(numeric, (g, n) => Math.Abs(g - n)).DefaultIfEmpty(0).Max(), analytic.Count));
            allAnalytic.AddRange(analytic);
            allNumeric.AddRange(numeric);
        }
        return new GradientCheckResult(RelativeDifference(allAnalytic, allNumeric), epsilon, breakdown);
    }

    /// <summary><c>‖g − g̃‖₂ / (‖g‖₂ + ‖g̃‖₂)</c>; 0 when both are zero.</summary>
    public static double RelativeDifference(IReadOnlyList<double> grad, IReadOnlyList<double> gradApprox)
    {
        double numerator = Math.Sqrt(grad.Zip(gradApprox, (g, n) => (g - n) * (g - n)).Sum());
        double denominator = Math.Sqrt(grad.Sum(g => g * g)) + Math.Sqrt(gradApprox.Sum(n => n * n));
        return denominator == 0 ? 0 : numerator / denominator;
    }
}

/// <summary>A matrix to perturb, with the analytic gradient backprop gave for it.</summary>
/// <param name="Name">The parameter's name, e.g. <c>W2</c>.</param>
/// <param name="Value">The matrix the cost reads (perturbed in place during the check).</param>
/// <param name="Gradient">Backprop's gradient for it.</param>
public sealed record CheckedMatrix(string Name, Matrix<double> Value, Matrix<double> Gradient);
