using System.Globalization;

namespace NotebookKit.Schedules;

/// <summary>
/// Exponential decay: <c>α = rate^epoch · α0</c>, e.g. <c>0.95^epoch · α0</c> (the lecture's example; PyTorch's
/// <c>ExponentialLR(gamma)</c>). Epochs count from 0 here, so the first epoch trains at α0; the lecture counts
/// from 1, which multiplies every rate by one more factor.
/// </summary>
public sealed class ExponentialDecay : ILearningRateSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="rate">The factor per epoch, in (0, 1] (0.95 in the lecture).</param>
    public ExponentialDecay(double rate = 0.95)
    {
        Rate = rate > 0 && rate <= 1
            ? rate
            : throw new ArgumentOutOfRangeException(nameof(rate), rate, "The decay factor per epoch must be in (0, 1], e.g. 0.95.");
    }

    /// <summary>The factor per epoch.</summary>
    public double Rate { get; }

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{Rate}^epoch · α0");

    /// <summary><c>rate^epoch · α0</c>.</summary>
    public double LearningRate(double initialRate, int epoch) => Math.Pow(Rate, epoch) * initialRate;

    /// <inheritdoc />
    double ILearningRateSchedule.LearningRate(double initialRate, int epoch, long iteration) => LearningRate(initialRate, epoch);
}
