using System.Globalization;

namespace NotebookKit.Training;

/// <summary>What one epoch of <see cref="Trainer.Fit"/> recorded.</summary>
/// <param name="Epoch">The epoch, from 0.</param>
/// <param name="Cost">
/// The epoch's cost as the course's model computes it: the sum of the mini-batch costs times their sizes,
/// divided by m — the mean over all examples of the cost during training (parameters change within the epoch).
/// </param>
/// <param name="LearningRate">The learning rate of the epoch's first mini-batch step.</param>
/// <param name="TrainAccuracy">Accuracy on the training set after the epoch; null on epochs not evaluated.</param>
/// <param name="DevCost">The cost on the dev set after the epoch (no dropout); null without a dev set or on epochs not evaluated.</param>
/// <param name="DevAccuracy">Accuracy on the dev set after the epoch; null like <paramref name="DevCost"/>.</param>
public readonly record struct EpochRecord(int Epoch, double Cost, double LearningRate, double? TrainAccuracy, double? DevCost, double? DevAccuracy)
{
    /// <summary>The course's progress line, <c>Cost after epoch 1000: 0.668101</c>, with what else was measured.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Cost after epoch {Epoch}: {Cost:F6}") +
        string.Create(CultureInfo.InvariantCulture, $", learning rate {LearningRate:G6}") +
        (TrainAccuracy is { } train ? string.Create(CultureInfo.InvariantCulture, $", train accuracy {train:P2}") : "") +
        (DevCost is { } devCost ? string.Create(CultureInfo.InvariantCulture, $", dev cost {devCost:F6}") : "") +
        (DevAccuracy is { } dev ? string.Create(CultureInfo.InvariantCulture, $", dev accuracy {dev:P2}") : "");
}
