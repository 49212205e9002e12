using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Networks;
using NotebookKit.Optimizers;

namespace NotebookKit.Training;

/// <summary>The cost recorded at one iteration.</summary>
/// <param name="Iteration">The iteration (0 is the cost of the initial parameters).</param>
/// <param name="Cost">The cost of that iteration's forward pass.</param>
public readonly record struct CostPoint(int Iteration, double Cost);

/// <summary>
/// Full-batch gradient descent as in the course's <c>model()</c>: every iteration forward, cost, backward,
/// then the <see cref="Sgd"/> step <c>W[l] ← W[l] − α·dW[l]</c>, <c>b[l] ← b[l] − α·db[l]</c>. For mini-batches,
/// other optimizers, schedules or a dev set use <see cref="Trainer.Fit"/>.
/// </summary>
public static class GradientDescent
{
    /// <summary>Trains <paramref name="model"/> in place and returns the cost every <paramref name="recordEvery"/> iterations.</summary>
    /// <param name="model">The model to train.</param>
    /// <param name="x">Training examples, features × m.</param>
    /// <param name="y">Labels.</param>
    /// <param name="learningRate">α &gt; 0.</param>
    /// <param name="iterations">The number of updates.</param>
    /// <param name="recordEvery">Record the cost when <c>iteration % recordEvery == 0</c> (the course uses 1000).</param>
    /// <param name="progress">Called with each recorded point (a notebook prints it; tests pass nothing).</param>
    /// <exception cref="ArgumentException">X or Y holds a NaN or an infinity (the message names the first one).</exception>
    /// <exception cref="TrainingDivergedException">The cost or a parameter became NaN or infinite.</exception>
    public static IReadOnlyList<CostPoint> Train(
        Model model, Matrix<double> x, Matrix<double> y, double learningRate, int iterations,
        int recordEvery = 1000, Action<CostPoint>? progress = null)
    {
        var sgd = new Sgd(learningRate);
        if (iterations < 0 || recordEvery < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(iterations), "iterations must be ≥ 0 and recordEvery ≥ 1.");
        }
        ArgumentNullException.ThrowIfNull(model);
        Model.RequireFinite(x, y, "GradientDescent.Train");
        var history = new List<CostPoint>();
        for (int i = 0; i < iterations; i++)
        {
            double cost = model.TrainingStep(x, y);
            TrainingDivergedException.ThrowIfNotFinite(cost, i, learningRate);
            sgd.Step(model.Parameters);
            TrainingDivergedException.ThrowIfNotFinite(model.Parameters, cost, i, learningRate);
            if (i % recordEvery == 0)
            {
                var point = new CostPoint(i, cost);
                history.Add(point);
                progress?.Invoke(point);
            }
        }
        return history;
    }
}
