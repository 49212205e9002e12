using System.Globalization;

namespace NotebookKit.Schedules;

/// <summary>
/// The lecture's learning-rate decay and the course's <c>update_lr</c>: <c>α = α0 / (1 + decay_rate·epoch)</c>.
/// <c>update_lr(0.5, 2, 1)</c> is <c>0.5/3 = 0.1666…</c>. Decaying every epoch is fast: after 1000 epochs the
/// rate is about α0/1000, which is why the course moves on to <see cref="FixedIntervalDecay"/>.
/// </summary>
public sealed class LearningRateDecay : ILearningRateSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="decayRate">decay_rate ≥ 0 (the course's model uses 1).</param>
    public LearningRateDecay(double decayRate)
    {
        DecayRate = LearningRateSchedules.NonNegative(decayRate, "decay rate");
    }

    /// <summary>decay_rate.</summary>
    public double DecayRate { get; }

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture, $"α0 / (1 + {DecayRate}·epoch)");

    /// <summary>The course's <c>update_lr(learning_rate0, epoch_num, decay_rate)</c>.</summary>
    public double LearningRate(double initialRate, int epoch) => initialRate / (1 + DecayRate * epoch);

    /// <inheritdoc />
    double ILearningRateSchedule.LearningRate(double initialRate, int epoch, long iteration) => LearningRate(initialRate, epoch);
}
