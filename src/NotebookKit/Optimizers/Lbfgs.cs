using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using NotebookKit.Layers;
using NotebookKit.Networks;
using NotebookKit.Training;

namespace NotebookKit.Optimizers;

/// <summary>What an L-BFGS run did.</summary>
/// <param name="InitialCost">J at the starting parameters.</param>
/// <param name="Cost">The lowest J evaluated, whose parameters the model now holds.</param>
/// <param name="GradientEvaluations">How many times J and ∇J were computed (forward and backward on all of X).</param>
/// <param name="StopReason">Why it stopped: converged, evaluation budget used up, or the line search gave up.</param>
/// <param name="Costs">
/// The best cost so far after each gradient evaluation (evaluation number, cost), to plot beside a first-order
/// method's cost per iteration: both count full-batch gradients.
/// </param>
public sealed record LbfgsResult(double InitialCost, double Cost, int GradientEvaluations, string StopReason, IReadOnlyList<CostPoint> Costs);

/// <summary>
/// Full-batch L-BFGS, a quasi-Newton method: from the last few steps s = Δθ and gradient changes
/// y = Δ∇J it builds an approximation of the inverse Hessian H⁻¹ and steps along <c>d = −H⁻¹∇J</c> with a line
/// search (weak Wolfe conditions) choosing how far. No learning rate to tune; each iteration costs one or a few
/// full-batch gradient evaluations, so it suits small data sets and deterministic costs (no dropout, no
/// mini-batches). This runs MathNet.Numerics' <c>LimitedMemoryBfgsMinimizer</c> on the model's parameters
/// flattened into one vector in the order W1, b1, W2, b2, … (each column-major); frozen parameters stay out.
/// </summary>
public static class Lbfgs
{
    /// <summary>Minimizes the model's full-batch cost J(θ) on (X, Y), leaving the best parameters found in the model.</summary>
    /// <param name="model">The model; must not use dropout (the cost would change between evaluations).</param>
    /// <param name="x">Examples, features × m.</param>
    /// <param name="y">Labels.</param>
    /// <param name="maxGradientEvaluations">The budget of cost-and-gradient evaluations, ≥ 1.</param>
    /// <param name="memory">How many recent (s, y) pairs approximate the Hessian (3 to 20 is usual).</param>
    /// <param name="gradientTolerance">
    /// Stop when ‖∇J‖ falls below this. MathNet also sizes its first trial step from it (100·tolerance/‖∇J‖²), so
    /// a very small value spends the first evaluations growing that step.
    /// </param>
    public static LbfgsResult Minimize(Model model, Matrix<double> x, Matrix<double> y, int maxGradientEvaluations = 200, int memory = 10, double gradientTolerance = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.HasActiveDropout)
        {
            throw new ArgumentException("L-BFGS needs the same cost at the same parameters; this model uses dropout. Build it with keepProb: 1.", nameof(model));
        }
        if (maxGradientEvaluations < 1 || memory < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxGradientEvaluations), "The evaluation budget and the memory must both be ≥ 1.");
        }
        if (!(gradientTolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(gradientTolerance), gradientTolerance, "The gradient tolerance must be > 0, e.g. 1e-5.");
        }

        var parameters = model.Parameters.Where(p => !p.Frozen).ToArray();
        int evaluations = 0;
        double bestCost = double.PositiveInfinity;
        Vector<double>? best = null;
        var costs = new List<CostPoint>();
        var objective = ObjectiveFunction.Gradient(theta =>
        {
            if (evaluations == maxGradientEvaluations)
            {
                throw new BudgetUsedUp();
            }
            Load(parameters, theta);
            double cost = model.Backpropagate(x, y);
            evaluations++;
            if (cost < bestCost)
            {
                bestCost = cost;
                best = theta.Clone();
            }
            costs.Add(new CostPoint(evaluations, bestCost));
            return (cost, Gradient(parameters));
        });

        var start = Flatten(parameters);
        double initialCost = model.Cost(x, y);
        var minimizer = new LimitedMemoryBfgsMinimizer(gradientTolerance, 1e-14, 1e-14, memory, maxGradientEvaluations + 1);
        string reason;
        try
        {
            var result = minimizer.FindMinimum(objective, start);
            reason = $"converged ({result.ReasonForExit})";
        }
        catch (BudgetUsedUp)
        {
            reason = $"used the budget of {maxGradientEvaluations} gradient evaluations";
        }
        catch (OptimizationException e)
        {
            // The line search cannot improve any more (at a minimum, to rounding) or met a non-finite cost: keep the best point.
            reason = $"stopped: {e.Message}";
        }
        Load(parameters, best ?? start);
        return new LbfgsResult(initialCost, Math.Min(bestCost, initialCost), evaluations, reason, costs);
    }

    /// <summary>The parameters' values as one vector: W1, b1, W2, b2, …, each column-major.</summary>
    public static Vector<double> Flatten(IReadOnlyList<Parameter> parameters) =>
        Vector<double>.Build.DenseOfEnumerable(parameters.SelectMany(p => p.Value.Enumerate()));

    private static Vector<double> Gradient(IReadOnlyList<Parameter> parameters) =>
        Vector<double>.Build.DenseOfEnumerable(parameters.SelectMany(p => p.Gradient.Enumerate()));

    private static void Load(IReadOnlyList<Parameter> parameters, Vector<double> theta)
    {
        int offset = 0;
        foreach (var p in parameters)
        {
            int rows = p.Value.RowCount, columns = p.Value.ColumnCount;
            for (int j = 0; j < columns; j++)
            {
                for (int i = 0; i < rows; i++)
                {
                    p.Value[i, j] = theta[offset++];
                }
            }
        }
    }

    private sealed class BudgetUsedUp : Exception
    {
    }
}
