using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Randomness;
using NotebookKit.Training;

namespace NotebookKit.Benchmarks;

/// <summary>
/// The work being timed at course size: the Initialization assignment's model() — [2, 10, 5, 1], ReLU, sigmoid output,
/// He initialization with seed 3, 15 000 full-batch gradient-descent steps at α = 0.01 — on X = randn(2, 300) from
/// <c>np.random.seed(1)</c> and Y = (x1·x2 &gt; 0). benchmarks/numpy_course.py trains on the same numbers.
/// </summary>
public static class CourseRun
{
    public const int Iterations = 15_000;

    /// <summary>Trains once and returns the course's cost (compute_loss) of the trained parameters.</summary>
    public static double Run(int iterations = Iterations)
    {
        var x = new NumpyRandomState(1).Randn(2, 300);
        var y = Matrix<double>.Build.Dense(1, 300, (_, j) => x[0, j] * x[1, j] > 0 ? 1.0 : 0.0);
        var model = Model.Build(new[] { 2, 10, 5, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3);
        GradientDescent.Train(model, x, y, learningRate: 0.01, iterations);
        return BinaryCrossEntropy.CostFromProbabilities(model.Forward(x), y);
    }
}
