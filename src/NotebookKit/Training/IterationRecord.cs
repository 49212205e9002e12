namespace NotebookKit.Training;

/// <summary>One mini-batch step of <see cref="Trainer.Fit"/>.</summary>
/// <param name="Iteration">The step, from 0, counted over all epochs.</param>
/// <param name="Epoch">The epoch it belongs to.</param>
/// <param name="Cost">The mini-batch's cost (mean over its examples) before the step.</param>
/// <param name="LearningRate">The learning rate the step used.</param>
public readonly record struct IterationRecord(long Iteration, int Epoch, double Cost, double LearningRate);
