using System.Globalization;

namespace NotebookKit.Schedules;

/// <summary>
/// Cosine annealing (PyTorch's <c>CosineAnnealingLR(T_max, eta_min)</c>, the annealing part of SGDR):
/// <c>α = α_min + ½(α0 − α_min)(1 + cos(π·epoch / T_max))</c>. The rate falls from α0 to α_min over T_max
/// epochs; as in PyTorch, past T_max the cosine rises again (period 2·T_max) — there are no restarts.
/// </summary>
public sealed class CosineAnnealing : ILearningRateSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="maxEpochs">T_max ≥ 1, the epochs from α0 down to α_min.</param>
    /// <param name="minimumRate">α_min ≥ 0.</param>
    public CosineAnnealing(int maxEpochs, double minimumRate = 0)
    {
        MaxEpochs = maxEpochs >= 1
            ? maxEpochs
            : throw new ArgumentOutOfRangeException(nameof(maxEpochs), maxEpochs, "T_max is a number of epochs ≥ 1.");
        MinimumRate = LearningRateSchedules.NonNegative(minimumRate, "minimum rate");
    }

    /// <summary>T_max.</summary>
    public int MaxEpochs { get; }

    /// <summary>α_min.</summary>
    public double MinimumRate { get; }

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture, $"cosine annealing to {MinimumRate} over {MaxEpochs} epochs");

    /// <summary><c>α_min + ½(α0 − α_min)(1 + cos(π·epoch / T_max))</c>.</summary>
    public double LearningRate(double initialRate, int epoch) =>
        MinimumRate + 0.5 * (initialRate - MinimumRate) * (1 + Math.Cos(Math.PI * epoch / MaxEpochs));

    /// <inheritdoc />
    double ILearningRateSchedule.LearningRate(double initialRate, int epoch, long iteration) => LearningRate(initialRate, epoch);
}
