using System.Globalization;

namespace NotebookKit.Training;

/// <summary>Thrown when the cost becomes NaN or infinite: training stops instead of producing garbage.</summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Creates the exception for the iteration at which the cost stopped being finite.</summary>
    public TrainingDivergedException(int iteration, double cost, double learningRate)
        : base(string.Format(CultureInfo.InvariantCulture,
            "Training diverged: the cost is {0} at iteration {1} (learning rate {2}). " +
            "Try a smaller learning rate (e.g. ten times smaller), or check for exploding gradients: " +
            "large initial weights, a deep network without He/Xavier initialization, or unnormalized inputs.",
            cost, iteration, learningRate))
    {
        Iteration = iteration;
        Cost = cost;
    }

    /// <summary>The iteration whose cost was not finite.</summary>
    public int Iteration { get; }

    /// <summary>The cost (NaN or ±∞).</summary>
    public double Cost { get; }

    /// <summary>Throws when <paramref name="cost"/> is NaN or infinite.</summary>
    public static void ThrowIfNotFinite(double cost, int iteration, double learningRate)
    {
        if (!double.IsFinite(cost))
        {
            throw new TrainingDivergedException(iteration, cost, learningRate);
        }
    }
}
