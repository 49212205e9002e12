namespace NotebookKit.Schedules;

/// <summary>Evaluating a schedule the way a training loop does, e.g. to plot or tabulate it before training.</summary>
public static class LearningRateSchedules
{
    /// <summary>
    /// The rate a training loop uses for the mini-batch step <paramref name="iteration"/> of epoch
    /// <paramref name="epoch"/> under <paramref name="timing"/>. With <see cref="ScheduleTiming.AfterEpoch"/> the
    /// rate is the one set at the end of the previous epoch, evaluated with the step count reached then.
    /// </summary>
    /// <param name="schedule">The schedule f.</param>
    /// <param name="initialRate">α0.</param>
    /// <param name="epoch">The epoch being trained, from 0.</param>
    /// <param name="iteration">Mini-batch steps taken before this one.</param>
    /// <param name="iterationsPerEpoch">Mini-batches per epoch (for the step count at the end of the previous epoch).</param>
    /// <param name="timing">Which epoch number the formula gets.</param>
    public static double RateAt(ILearningRateSchedule schedule, double initialRate, int epoch, long iteration, int iterationsPerEpoch, ScheduleTiming timing) =>
        timing switch
        {
            ScheduleTiming.CurrentEpoch => schedule.LearningRate(initialRate, epoch, iteration),
            ScheduleTiming.AfterEpoch => epoch == 0 ? initialRate : schedule.LearningRate(initialRate, epoch - 1, (long)epoch * iterationsPerEpoch),
            _ => throw new ArgumentOutOfRangeException(nameof(timing), timing, "Use ScheduleTiming.CurrentEpoch (PyTorch) or ScheduleTiming.AfterEpoch (the course's model())."),
        };

    /// <summary>The rate of each epoch's first mini-batch step for <paramref name="epochs"/> epochs.</summary>
    public static double[] PerEpoch(ILearningRateSchedule schedule, double initialRate, int epochs, int iterationsPerEpoch = 1, ScheduleTiming timing = ScheduleTiming.CurrentEpoch)
    {
        if (epochs < 0 || iterationsPerEpoch < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(epochs), "epochs must be ≥ 0 and iterationsPerEpoch ≥ 1.");
        }
        return Enumerable.Range(0, epochs)
            .Select(e => RateAt(schedule, initialRate, e, (long)e * iterationsPerEpoch, iterationsPerEpoch, timing))
            .ToArray();
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0, naming the constant.</summary>
    internal static double NonNegative(double value, string name) =>
        value >= 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"The schedule's {name} must be a finite number ≥ 0.");
}
