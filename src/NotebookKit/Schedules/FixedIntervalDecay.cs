using System.Globalization;

namespace NotebookKit.Schedules;

/// <summary>
/// The course's <c>schedule_lr_decay</c>: decay only every <c>time_interval</c> epochs, a staircase,
/// <c>α = α0 / (1 + decay_rate·⌊epoch / time_interval⌋)</c>. <c>schedule_lr_decay(0.5, 100, 0.3, 100)</c> is
/// <c>0.5/1.3 = 0.3846…</c>. The course's model passes no interval, so it uses 1000.
/// </summary>
public sealed class FixedIntervalDecay : ILearningRateSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="decayRate">decay_rate ≥ 0.</param>
    /// <param name="timeInterval">Epochs between decays, ≥ 1.</param>
    public FixedIntervalDecay(double decayRate, int timeInterval = 1000)
    {
        DecayRate = LearningRateSchedules.NonNegative(decayRate, "decay rate");
        TimeInterval = timeInterval >= 1
            ? timeInterval
            : throw new ArgumentOutOfRangeException(nameof(timeInterval), timeInterval, "The time interval is a number of epochs ≥ 1 (the course uses 1000).");
    }

    /// <summary>decay_rate.</summary>
    public double DecayRate { get; }

    /// <summary>time_interval, in epochs.</summary>
    public int TimeInterval { get; }

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture, $"α0 / (1 + {DecayRate}·⌊epoch/{TimeInterval}⌋)");

    /// <summary>The course's <c>schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval)</c>.</summary>
    public double LearningRate(double initialRate, int epoch) => initialRate / (1 + DecayRate * (epoch / TimeInterval));

    /// <inheritdoc />
    double ILearningRateSchedule.LearningRate(double initialRate, int epoch, long iteration) => LearningRate(initialRate, epoch);
}
