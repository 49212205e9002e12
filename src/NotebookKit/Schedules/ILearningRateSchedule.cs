namespace NotebookKit.Schedules;

/// <summary>
/// Learning-rate decay: the learning rate as a function of the initial rate α0, the epoch and the mini-batch
/// step, kept apart from the optimizer (as PyTorch's <c>lr_scheduler</c> is) so that any schedule goes with any
/// optimizer. <see cref="ScheduleTiming"/> says which epoch number the training loop passes.
/// </summary>
public interface ILearningRateSchedule
{
    /// <summary>The schedule's formula with its constants, e.g. <c>α0 / (1 + 1·epoch)</c>.</summary>
    string Name { get; }

    /// <summary>The learning rate α.</summary>
    /// <param name="initialRate">α0, the optimizer's learning rate when training starts.</param>
    /// <param name="epoch">The epoch number the formula is evaluated at, from 0.</param>
    /// <param name="iteration">The number of mini-batch steps taken before this one, from 0.</param>
    double LearningRate(double initialRate, int epoch, long iteration);
}
