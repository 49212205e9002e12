using System.Globalization;
using NotebookKit.Layers;
using NotebookKit.LinearAlgebra;

namespace NotebookKit.Training;

/// <summary>
/// Thrown when the cost or a parameter becomes NaN or infinite: training stops instead of producing garbage.
/// A parameter can go bad while the cost still looks finite (a NaN weight feeding a ReLU that clips it), so both
/// are watched.
/// </summary>
public sealed class TrainingDivergedException : Exception
{
    private const string Hint =
        "Try a smaller learning rate (e.g. ten times smaller), or check for exploding gradients: " +
        "large initial weights, a deep network without He/Xavier initialization, or unnormalized inputs.";

    /// <summary>Creates the exception for the iteration at which the cost stopped being finite.</summary>
    public TrainingDivergedException(int iteration, double cost, double learningRate)
        : base(string.Format(CultureInfo.InvariantCulture,
            "Training diverged: the cost is {0} at iteration {1} (learning rate {2}). " + Hint,
            cost, iteration, learningRate))
    {
        Iteration = iteration;
        Cost = cost;
    }

    /// <summary>Creates the exception for the iteration after whose update a parameter stopped being finite.</summary>
    /// <param name="iteration">The iteration whose update produced the value.</param>
    /// <param name="cost">That iteration's cost (still finite).</param>
    /// <param name="learningRate">The learning rate of the update.</param>
    /// <param name="parameter">The parameter's name, e.g. <c>W1</c>.</param>
    /// <param name="row">The row of its first non-finite entry.</param>
    /// <param name="column">The column of that entry.</param>
    /// <param name="value">The entry (NaN or ±∞).</param>
    public TrainingDivergedException(int iteration, double cost, double learningRate, string parameter, int row, int column, double value)
        : base(string.Format(CultureInfo.InvariantCulture,
            "Training diverged: {3}[{4}, {5}] became {6} in the update of iteration {1} (learning rate {2}), while the " +
            "cost was still {0}. " + Hint + " Look at the gradients (GradientNorms) of the iterations before.",
            cost, iteration, learningRate, parameter, row, column, value))
    {
        Iteration = iteration;
        Cost = cost;
        Parameter = parameter;
    }

    /// <summary>The iteration whose cost (or whose update) was not finite.</summary>
    public int Iteration { get; }

    /// <summary>The cost: NaN or ±∞ when the cost diverged, else the last finite cost.</summary>
    public double Cost { get; }

    /// <summary>The parameter that became non-finite (e.g. <c>W1</c>), or null when it was the cost.</summary>
    public string? Parameter { get; }

    /// <summary>Throws when <paramref name="cost"/> is NaN or infinite.</summary>
    public static void ThrowIfNotFinite(double cost, int iteration, double learningRate)
    {
        if (!double.IsFinite(cost))
        {
            throw new TrainingDivergedException(iteration, cost, learningRate);
        }
    }

    /// <summary>Throws when some entry of some parameter is NaN or infinite, naming the first.</summary>
    public static void ThrowIfNotFinite(IReadOnlyList<Parameter> parameters, double cost, int iteration, double learningRate)
    {
        for (int i = 0; i < parameters.Count; i++)
        {
            if (FiniteValues.FirstNonFinite(parameters[i].Value) is { } bad)
            {
                throw new TrainingDivergedException(iteration, cost, learningRate, parameters[i].Name, bad.Row, bad.Column, bad.Value);
            }
        }
    }
}
