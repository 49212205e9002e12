using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Schedules;

namespace NotebookKit.Training;

/// <summary>
/// How <see cref="Trainer.Fit"/> trains; every property has a default, so a notebook sets only what it
/// changes, e.g. <c>new FitOptions { Epochs = 5000, BatchSize = 64, Seed = 10 }</c> (the course's model()).
/// </summary>
public sealed class FitOptions
{
    /// <summary>Passes over the training set (the course's <c>num_epochs</c>), ≥ 0.</summary>
    public int Epochs { get; init; } = 1;

    /// <summary>
    /// Examples per mini-batch (the course's <c>mini_batch_size</c>, 64); null for full-batch gradient descent,
    /// which takes one step per epoch on all of X, unshuffled. The last batch of an epoch holds the remainder.
    /// </summary>
    public int? BatchSize { get; init; } = 64;

    /// <summary>
    /// The shuffling seed, as the course's model keeps it: <c>seed = 10</c>, then <c>seed += 1</c> before each
    /// epoch, so epoch i (from 0) shuffles with <c>random_mini_batches(X, Y, size, Seed + 1 + i)</c>.
    /// </summary>
    public int Seed { get; init; } = 10;

    /// <summary>Shuffle before each epoch (true) or cut X in order (false).</summary>
    public bool Shuffle { get; init; } = true;

    /// <summary>
    /// Learning-rate decay; null keeps the optimizer's rate. α0 is the optimizer's rate when Fit starts; afterwards
    /// the optimizer keeps the last rate used (set it back before another Fit that should start from α0).
    /// </summary>
    public ILearningRateSchedule? Schedule { get; init; }

    /// <summary>Which epoch number the schedule gets: PyTorch's (default) or the course's model() timing.</summary>
    public ScheduleTiming ScheduleTiming { get; init; } = ScheduleTiming.CurrentEpoch;

    /// <summary>A dev set (X, Y) whose cost and accuracy are recorded; needed for early stopping.</summary>
    public (Matrix<double> X, Matrix<double> Y)? Dev { get; init; }

    /// <summary>Called with each reported epoch, e.g. <c>Progress = e =&gt; Console.WriteLine(e)</c>; null is quiet.</summary>
    public Action<EpochRecord>? Progress { get; init; }

    /// <summary>Report every this many epochs (the course prints every 1000), and always the last epoch.</summary>
    public int ProgressEvery { get; init; } = 1;

    /// <summary>
    /// Measure train accuracy and the dev set every this many epochs (and after the last); other epochs record
    /// null. Early stopping measures the dev cost every epoch regardless.
    /// </summary>
    public int EvaluateEvery { get; init; } = 1;

    /// <summary>
    /// Early stopping: stop when the dev cost has not improved for this many epochs, then restore the parameters
    /// of the epoch with the lowest dev cost (also when all epochs ran). Null turns it off; needs <see cref="Dev"/>.
    /// </summary>
    public int? EarlyStoppingPatience { get; init; }

    /// <summary>Keep a Polyak average of the parameters (see <see cref="PolyakAverage"/>) from <see cref="PolyakStartEpoch"/> on.</summary>
    public bool PolyakAveraging { get; init; }

    /// <summary>The first epoch whose iterates enter the Polyak average (skip the early, far-off iterates).</summary>
    public int PolyakStartEpoch { get; init; }

    /// <summary>Epochs (from 0) after which to copy the parameters into <see cref="TrainingHistory.Snapshots"/>.</summary>
    public IReadOnlyCollection<int> SnapshotEpochs { get; init; } = Array.Empty<int>();

    /// <summary>
    /// Dense layers (numbered from 1, as W1, b1) whose parameters stay fixed during this Fit (transfer learning);
    /// their <c>Frozen</c> flags are restored afterwards.
    /// </summary>
    public IReadOnlyCollection<int> FrozenLayers { get; init; } = Array.Empty<int>();
}
