using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Optimizers;
using NotebookKit.Tests.Training;
using NotebookKit.Training;

namespace NotebookKit.Tests.Optimizers;

public class LbfgsTests
{
    private static Model TanhModel() =>
        Model.Build(new[] { 2, 5, 2, 1 }, Activation.Tanh, new BinaryCrossEntropy(), Initializer.Xavier, seed: 3);

    [Fact]
    public void Lbfgs_reaches_a_lower_cost_than_gradient_descent_with_the_same_number_of_gradient_evaluations()
    {
        var (x, y) = CourseMoonsTests.Moons();
        var model = TanhModel();
        var result = Lbfgs.Minimize(model, x, y, maxGradientEvaluations: 60);
        Assert.Equal(60, result.GradientEvaluations);
        Assert.Contains("budget of 60", result.StopReason);
        // Plain gradient descent, one full-batch gradient per step, at each of several learning rates.
        foreach (double rate in new[] { 0.1, 0.3, 1.0, 3.0 })
        {
            var gd = TanhModel();
            GradientDescent.Train(gd, x, y, rate, iterations: 60);
            double gdCost = gd.Cost(x, y);
            Assert.True(result.Cost < gdCost, $"L-BFGS {result.Cost} vs gradient descent with α = {rate}: {gdCost}");
        }
        // The model holds the best parameters found, and the recorded curve is the best cost so far.
        Assert.Equal(result.Cost, model.Cost(x, y), 14);
        Assert.Equal(Enumerable.Range(1, 60), result.Costs.Select(c => c.Iteration));
        Assert.True(result.Costs.Zip(result.Costs.Skip(1)).All(pair => pair.Second.Cost <= pair.First.Cost));
        Assert.Equal(result.Cost, result.Costs[^1].Cost);
        Assert.True(result.InitialCost > result.Cost);
    }

    [Fact]
    public void On_logistic_regression_it_converges_to_the_minimum_gradient_descent_approaches()
    {
        // One sigmoid unit: a convex cost with a unique minimum.
        var (x, y) = CourseMoonsTests.Moons();
        Model Logistic() => Model.Build(new[] { 2, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.Zeros, seed: 0);
        var model = Logistic();
        var result = Lbfgs.Minimize(model, x, y, maxGradientEvaluations: 200);
        Assert.StartsWith("converged", result.StopReason);
        Assert.True(result.GradientEvaluations < 60, $"{result.GradientEvaluations} evaluations");
        var gd = Logistic();
        GradientDescent.Train(gd, x, y, 1.0, iterations: 20000);
        Assert.Equal(gd.Cost(x, y), result.Cost, 8);
        Assert.True((gd["W1"] - model["W1"]).InfinityNorm() < 1e-3);
    }

    [Fact]
    public void Frozen_parameters_stay_out_and_dropout_is_refused()
    {
        var (x, y) = CourseMoonsTests.Moons();
        var model = TanhModel();
        model.Parameter("W1").Frozen = true;
        var w1 = model["W1"].Clone();
        Lbfgs.Minimize(model, x, y, maxGradientEvaluations: 10);
        Assert.Equal(w1, model["W1"]);
        Assert.Equal(new[] { 1.0, 3, 2, 4 }, Lbfgs.Flatten(new[] { new Parameter("W", ParameterKind.Weight, Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } })) }));
        var dropout = Model.Build(new[] { 2, 5, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, 3, keepProb: 0.8);
        Assert.Contains("dropout", Assert.Throws<ArgumentException>(() => Lbfgs.Minimize(dropout, x, y)).Message);
    }
}
