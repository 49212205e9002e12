using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;

namespace NotebookKit.Training;

/// <summary>Everything <see cref="Trainer.Fit"/> recorded: costs per step and per epoch, rates, accuracies, snapshots.</summary>
public sealed class TrainingHistory
{
    internal TrainingHistory(
        string optimizer, IReadOnlyList<EpochRecord> epochs, IReadOnlyList<IterationRecord> iterations, int? bestEpoch, bool stoppedEarly,
        IReadOnlyList<Snapshot> snapshots, IReadOnlyDictionary<string, Matrix<double>>? averagedParameters)
    {
        Optimizer = optimizer;
        Epochs = epochs;
        Iterations = iterations;
        BestEpoch = bestEpoch;
        StoppedEarly = stoppedEarly;
        Snapshots = snapshots;
        AveragedParameters = averagedParameters;
    }

    /// <summary>The optimizer's name with its hyperparameters as training started (α is α0 of a schedule).</summary>
    public string Optimizer { get; }

    /// <summary>One record per epoch trained.</summary>
    public IReadOnlyList<EpochRecord> Epochs { get; }

    /// <summary>One record per mini-batch step.</summary>
    public IReadOnlyList<IterationRecord> Iterations { get; }

    /// <summary>With early stopping, the epoch of the lowest dev cost, whose parameters the model holds now.</summary>
    public int? BestEpoch { get; }

    /// <summary>True when early stopping ended training before the last epoch.</summary>
    public bool StoppedEarly { get; }

    /// <summary>The snapshots asked for by <see cref="FitOptions.SnapshotEpochs"/>, in epoch order.</summary>
    public IReadOnlyList<Snapshot> Snapshots { get; }

    /// <summary>The Polyak average θ̄ of the parameters by name, when asked for; load it with <c>model.LoadParameters</c>.</summary>
    public IReadOnlyDictionary<string, Matrix<double>>? AveragedParameters { get; }

    /// <summary>The last epoch's record.</summary>
    public EpochRecord Last => Epochs.Count > 0 ? Epochs[^1] : throw new InvalidOperationException("No epoch was trained (Epochs = 0).");

    /// <summary>The epoch costs as points (epoch, cost), for a cost curve.</summary>
    public IReadOnlyList<CostPoint> EpochCosts() => Epochs.Select(e => new CostPoint(e.Epoch, e.Cost)).ToArray();

    /// <summary>The mini-batch costs as points (iteration, cost), for the noisy curve of mini-batch training.</summary>
    public IReadOnlyList<CostPoint> IterationCosts() => Iterations.Select(i => new CostPoint(checked((int)i.Iteration), i.Cost)).ToArray();

    /// <summary>One row per epoch: epoch, cost, learning_rate, train_accuracy, dev_cost, dev_accuracy.</summary>
    public DataFrame ToDataFrame() => new(
        new Int32DataFrameColumn("epoch", Epochs.Select(e => e.Epoch)),
        new DoubleDataFrameColumn("cost", Epochs.Select(e => e.Cost)),
        new DoubleDataFrameColumn("learning_rate", Epochs.Select(e => e.LearningRate)),
        new DoubleDataFrameColumn("train_accuracy", Epochs.Select(e => e.TrainAccuracy)),
        new DoubleDataFrameColumn("dev_cost", Epochs.Select(e => e.DevCost)),
        new DoubleDataFrameColumn("dev_accuracy", Epochs.Select(e => e.DevAccuracy)));

    /// <summary>One row per mini-batch step: iteration, epoch, cost, learning_rate.</summary>
    public DataFrame IterationsToDataFrame() => new(
        new Int64DataFrameColumn("iteration", Iterations.Select(i => i.Iteration)),
        new Int32DataFrameColumn("epoch", Iterations.Select(i => i.Epoch)),
        new DoubleDataFrameColumn("cost", Iterations.Select(i => i.Cost)),
        new DoubleDataFrameColumn("learning_rate", Iterations.Select(i => i.LearningRate)));
}
