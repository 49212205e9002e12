using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Data;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Optimizers;
using NotebookKit.Schedules;
using NotebookKit.Training;
using Xunit.Abstractions;

namespace NotebookKit.Tests.Training;

/// <summary>
/// The Optimization Methods assignment (V2021) end to end: the course's moons (<c>np.random.seed(3);
/// make_moons(300, noise=.2)</c>, made by <see cref="CourseDatasets.OptimizationMoons"/>, whose own tests match
/// scikit-learn's draws), layers [2, 5, 2, 1]
/// with ReLU and a sigmoid output, He initialization with seed 3, mini-batches of 64 with the model's seeds
/// 11, 12, …, 5000 epochs. Expected epoch costs (printed with %f) and train accuracies are the course's
/// published outputs.
/// </summary>
public class CourseMoonsTests
{
    private readonly ITestOutputHelper _output;

    public CourseMoonsTests(ITestOutputHelper output)
    {
        _output = output;
    }

    internal static (Matrix<double> X, Matrix<double> Y) Moons()
    {
        var moons = CourseDatasets.OptimizationMoons();
        return (moons.X, moons.Y);
    }

    private static Model CourseModel() =>
        Model.Build(new[] { 2, 5, 2, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3);

    private TrainingHistory Train(Model model, IOptimizer optimizer, FitOptions options)
    {
        var (x, y) = Moons();
        var clock = Stopwatch.StartNew();
        var history = Trainer.Fit(model, x, y, optimizer, options);
        _output.WriteLine($"{history.Optimizer}: {options.Epochs} epochs in {clock.Elapsed.TotalSeconds:F2} s");
        return history;
    }

    private static void AssertPrintedCosts(TrainingHistory history, params double[] printed)
    {
        for (int k = 0; k < printed.Length; k++)
        {
            double cost = history.Epochs[1000 * k].Cost;
            Assert.True(Math.Abs(cost - printed[k]) <= 5e-7, $"Cost after epoch {1000 * k}: course {printed[k]:F6}, kit {cost:F9}");
        }
    }

    [Fact]
    public void Gradient_descent_mini_batches_reproduce_the_course()
    {
        var model = CourseModel();
        var history = Train(model, new Sgd(0.0007), new FitOptions { Epochs = 5000, BatchSize = 64, Seed = 10, EvaluateEvery = 5000 });
        AssertPrintedCosts(history, 0.702405, 0.668101, 0.635288, 0.600491, 0.573367);
        var (x, y) = Moons();
        Assert.Equal(0.7166666666666667, model.Accuracy(x, y));
    }

    [Fact]
    public void Momentum_reproduces_the_course()
    {
        var model = CourseModel();
        var history = Train(model, new Momentum(0.0007, 0.9, MomentumForm.ExponentiallyWeightedAverage),
            new FitOptions { Epochs = 5000, BatchSize = 64, Seed = 10, EvaluateEvery = 5000 });
        AssertPrintedCosts(history, 0.702413, 0.668167, 0.635388, 0.600591, 0.573444);
        Assert.Equal(0.7166666666666667, history.Last.TrainAccuracy);
    }

    [Fact]
    public void Adam_reproduces_the_course()
    {
        var model = CourseModel();
        var history = Train(model, new Adam(0.0007), new FitOptions { Epochs = 5000, BatchSize = 64, Seed = 10, EvaluateEvery = 5000 });
        AssertPrintedCosts(history, 0.702166, 0.167845, 0.141316, 0.138788, 0.136066);
        Assert.Equal(0.9433333333333334, history.Last.TrainAccuracy);
    }

    [Fact]
    public void Gradient_descent_with_update_lr_reproduces_the_course()
    {
        var model = CourseModel();
        var history = Train(model, new Sgd(0.1), new FitOptions
        {
            Epochs = 5000, BatchSize = 64, Seed = 10, EvaluateEvery = 5000,
            Schedule = new LearningRateDecay(1), ScheduleTiming = ScheduleTiming.AfterEpoch,
        });
        AssertPrintedCosts(history, 0.701091, 0.661884, 0.658620, 0.656765, 0.655486);
        Assert.Equal(0.6533333333333333, history.Last.TrainAccuracy);
        // "learning rate after epoch 1000: 0.000100" is the rate epoch 1001 trains with.
        Assert.Equal(0.1 / 1001, history.Epochs[1001].LearningRate, 15);
    }

    [Fact]
    public void Gradient_descent_with_schedule_lr_decay_reproduces_the_course()
    {
        var model = CourseModel();
        var history = Train(model, new Sgd(0.1), new FitOptions
        {
            Epochs = 5000, BatchSize = 64, Seed = 10, EvaluateEvery = 5000,
            Schedule = new FixedIntervalDecay(1), ScheduleTiming = ScheduleTiming.AfterEpoch,
        });
        AssertPrintedCosts(history, 0.701091, 0.127161, 0.120304, 0.117033, 0.117512);
        Assert.Equal(0.9433333333333334, history.Last.TrainAccuracy);
    }

    [Fact]
    public void Momentum_with_schedule_lr_decay_reproduces_the_course()
    {
        var model = CourseModel();
        var history = Train(model, new Momentum(0.1, 0.9, MomentumForm.ExponentiallyWeightedAverage), new FitOptions
        {
            Epochs = 5000, BatchSize = 64, Seed = 10, EvaluateEvery = 5000,
            Schedule = new FixedIntervalDecay(1), ScheduleTiming = ScheduleTiming.AfterEpoch,
        });
        AssertPrintedCosts(history, 0.702226, 0.128974, 0.125965, 0.123375, 0.123218);
        Assert.Equal(0.9533333333333334, history.Last.TrainAccuracy);
    }

    [Fact]
    public void Adam_with_schedule_lr_decay_reproduces_the_course()
    {
        var model = CourseModel();
        var history = Train(model, new Adam(0.01), new FitOptions
        {
            Epochs = 5000, BatchSize = 64, Seed = 10, EvaluateEvery = 5000,
            Schedule = new FixedIntervalDecay(1), ScheduleTiming = ScheduleTiming.AfterEpoch,
        });
        AssertPrintedCosts(history, 0.699346, 0.130074, 0.129826, 0.129282, 0.128361);
        Assert.Equal(0.94, history.Last.TrainAccuracy);
        var expectedRates = new[] { 0.01, 0.01, 0.005, 0.01 / 3, 0.0025, 0.002 };
        var epochs = new[] { 0, 1000, 1001, 2001, 3001, 4001 };
        Assert.All(epochs.Zip(expectedRates), pair => Assert.Equal(pair.Second, history.Epochs[pair.First].LearningRate, 15));
    }
}
