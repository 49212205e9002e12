using System.Globalization;

namespace NotebookKit.Schedules;

/// <summary>
/// The lecture's square-root decays, <c>α = k/√epoch_num · α0</c> or, per mini-batch, <c>α = k/√t · α0</c>.
/// Both count from 1 as the lecture does — <c>epoch_num = epoch + 1</c> and <c>t = iteration + 1</c> (the t-th
/// mini-batch step) — so the first epoch or step trains at <c>k·α0</c>.
/// </summary>
public sealed class SquareRootDecay : ILearningRateSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="k">The constant k &gt; 0.</param>
    /// <param name="perMiniBatch">Decay with the mini-batch step t instead of the epoch.</param>
    public SquareRootDecay(double k, bool perMiniBatch = false)
    {
        K = k > 0 && double.IsFinite(k) ? k : throw new ArgumentOutOfRangeException(nameof(k), k, "k must be a finite number > 0, e.g. 1.");
        PerMiniBatch = perMiniBatch;
    }

    /// <summary>k.</summary>
    public double K { get; }

    /// <summary>Whether the rate decays with the mini-batch step t rather than the epoch.</summary>
    public bool PerMiniBatch { get; }

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{K}/√{(PerMiniBatch ? "t" : "epoch_num")} · α0");

    /// <inheritdoc />
    public double LearningRate(double initialRate, int epoch, long iteration) =>
        K / Math.Sqrt(PerMiniBatch ? iteration + 1.0 : epoch + 1.0) * initialRate;
}
