using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Optimizers;
using NotebookKit.Schedules;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

public class TrainerTests
{
    /// <summary>A small seeded binary problem: 2 features, 50 examples, label = x1 + x2 &gt; 0 with 10% flipped.</summary>
    private static (Matrix<double> X, Matrix<double> Y) Data(int seed, int m = 50)
    {
        var x = TestData.Randn(seed, 2, m);
        var flips = TestData.BinaryLabels(seed + 100, m);
        var y = Matrix<double>.Build.Dense(1, m, (_, j) => (x[0, j] + x[1, j] > 0) ^ (flips[0, j] == 1 && j % 10 == 0) ? 1.0 : 0.0);
        return (x, y);
    }

    private static Model NewModel(int seed = 3) =>
        Model.Build(new[] { 2, 6, 3, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed);

    [Fact]
    public void Epoch_i_shuffles_with_seed_plus_one_plus_i_and_steps_once_per_batch()
    {
        var (x, y) = Data(1);
        var fitted = NewModel();
        var history = Trainer.Fit(fitted, x, y, new Sgd(0.1), new FitOptions { Epochs = 2, BatchSize = 16, Seed = 10 });

        // The same by hand: random_mini_batches with seeds 11 and 12, one SGD step per batch.
        var byHand = NewModel();
        var sgd = new Sgd(0.1);
        var costs = new List<double>();
        foreach (int seed in new[] { 11, 12 })
        {
            foreach (var batch in MiniBatches.RandomMiniBatches(x, y, 16, seed))
            {
                costs.Add(byHand.Backpropagate(batch.X, batch.Y));
                sgd.Step(byHand.Parameters);
            }
        }
        Assert.Equal(costs, history.Iterations.Select(i => i.Cost));
        Assert.Equal(new[] { 0, 0, 0, 0, 1, 1, 1, 1 }, history.Iterations.Select(i => i.Epoch));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => (long)i), history.Iterations.Select(i => i.Iteration));
        foreach (var p in fitted.Parameters)
        {
            Assert.Equal(byHand[p.Name], p.Value);
        }
        // Epoch cost: Σ batch cost · batch size / m, batches of 16, 16, 16, 2.
        var sizes = new[] { 16, 16, 16, 2 };
        Assert.Equal(costs.Take(4).Zip(sizes, (c, s) => c * s).Sum() / 50, history.Epochs[0].Cost, 15);
        Assert.Equal(costs.Skip(4).Zip(sizes, (c, s) => c * s).Sum() / 50, history.Epochs[1].Cost, 15);
    }

    [Fact]
    public void Full_batch_fit_is_the_course_gradient_descent()
    {
        var (x, y) = Data(2);
        var fitted = NewModel();
        var history = Trainer.Fit(fitted, x, y, new Sgd(0.3), new FitOptions { Epochs = 40, BatchSize = null });
        var trained = NewModel();
        var points = GradientDescent.Train(trained, x, y, 0.3, 40, recordEvery: 1);
        Assert.Equal(points.Select(p => p.Cost), history.Epochs.Select(e => e.Cost));
        Assert.Equal(trained["W1"], fitted["W1"]);
        Assert.Equal(40, history.Iterations.Count);
    }

    [Fact]
    public void A_per_step_schedule_sets_each_steps_rate_and_the_epoch_records_its_first()
    {
        var (x, y) = Data(3);
        var optimizer = new Sgd(0.2);
        var history = Trainer.Fit(NewModel(), x, y, optimizer, new FitOptions { Epochs = 3, BatchSize = 20, Schedule = new SquareRootDecay(1, perMiniBatch: true) });
        Assert.Equal(9, history.Iterations.Count);
        Assert.All(history.Iterations, i => Assert.Equal(0.2 / Math.Sqrt(i.Iteration + 1), i.LearningRate, 15));
        Assert.All(history.Epochs.Zip(new[] { 0.2, 0.2 / 2, 0.2 / Math.Sqrt(7) }), pair => Assert.Equal(pair.Second, pair.First.LearningRate, 15));
        Assert.Equal(0.2 / 3, optimizer.LearningRate, 15);
    }

    [Fact]
    public void Early_stopping_stops_after_patience_and_restores_the_best_parameters()
    {
        // A wide network, few noisy examples and a large rate overfit: the dev cost turns up.
        var (x, y) = Data(4, m: 30);
        var (devX, devY) = Data(5, m: 200);
        var model = Model.Build(new[] { 2, 40, 40, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, 3);
        var history = Trainer.Fit(model, x, y, new Adam(0.02), new FitOptions { Epochs = 2000, BatchSize = null, Dev = (devX, devY), EarlyStoppingPatience = 25 });
        Assert.True(history.StoppedEarly);
        int best = history.BestEpoch!.Value;
        Assert.Equal(best + 25 + 1, history.Epochs.Count);
        double bestDevCost = history.Epochs.Min(e => e.DevCost!.Value);
        Assert.Equal(bestDevCost, history.Epochs[best].DevCost);
        Assert.Equal(bestDevCost, model.Cost(devX, devY), 15);
        Assert.True(history.Last.DevCost > bestDevCost);
    }

    [Fact]
    public void Polyak_averaging_is_the_mean_of_the_iterates_from_the_start_epoch()
    {
        var (x, y) = Data(6);
        var model = NewModel();
        var history = Trainer.Fit(model, x, y, new Sgd(0.1), new FitOptions { Epochs = 3, BatchSize = 25, PolyakAveraging = true, PolyakStartEpoch = 1 });

        var byHand = NewModel();
        var sgd = new Sgd(0.1);
        var iterates = new List<Matrix<double>>();
        for (int epoch = 0; epoch < 3; epoch++)
        {
            foreach (var batch in MiniBatches.RandomMiniBatches(x, y, 25, 11 + epoch))
            {
                byHand.Backpropagate(batch.X, batch.Y);
                sgd.Step(byHand.Parameters);
                if (epoch >= 1)
                {
                    iterates.Add(byHand["W2"].Clone());
                }
            }
        }
        var mean = iterates.Aggregate((a, b) => a + b) / iterates.Count;
        Assert.Equal(4, iterates.Count);
        Assert.True((mean - history.AveragedParameters!["W2"]).InfinityNorm() < 1e-15);
        Assert.NotEqual(model["W2"], history.AveragedParameters["W2"]);
    }

    [Fact]
    public void Snapshots_copy_the_parameters_after_the_chosen_epochs()
    {
        var (x, y) = Data(7);
        var model = NewModel();
        var history = Trainer.Fit(model, x, y, new Adam(0.01), new FitOptions { Epochs = 6, BatchSize = 10, SnapshotEpochs = new[] { 5, 1, 3 } });
        Assert.Equal(new[] { 1, 3, 5 }, history.Snapshots.Select(s => s.Epoch));
        Assert.Equal(model["W1"], history.Snapshots[^1].Parameters["W1"]);
        Assert.NotEqual(model["W1"], history.Snapshots[0].Parameters["W1"]);
        model["W1"][0, 0] = 42;
        Assert.NotEqual(42, history.Snapshots[^1].Parameters["W1"][0, 0]);
    }

    [Fact]
    public void Frozen_layers_stay_fixed_and_their_flags_are_restored()
    {
        var (x, y) = Data(8);
        var model = NewModel();
        var before = model.CopyParameters();
        Trainer.Fit(model, x, y, new Adam(0.01), new FitOptions { Epochs = 3, BatchSize = 16, FrozenLayers = new[] { 1 } });
        Assert.Equal(before["W1"], model["W1"]);
        Assert.Equal(before["b1"], model["b1"]);
        Assert.NotEqual(before["W2"], model["W2"]);
        Assert.All(model.Parameters, p => Assert.False(p.Frozen));
        var error = Assert.Throws<ArgumentException>(() => Trainer.Fit(model, x, y, new Sgd(0.1), new FitOptions { FrozenLayers = new[] { 4 } }));
        Assert.Contains("dense layers are 1, 2, 3", error.Message);
    }

    [Fact]
    public void Progress_reports_every_k_epochs_and_the_last_in_the_courses_words()
    {
        var (x, y) = Data(9);
        var reported = new List<EpochRecord>();
        Trainer.Fit(NewModel(), x, y, new Sgd(0.05), new FitOptions { Epochs = 7, BatchSize = 25, ProgressEvery = 3, Progress = reported.Add, EvaluateEvery = 3 });
        Assert.Equal(new[] { 0, 3, 6 }, reported.Select(r => r.Epoch));
        Assert.StartsWith($"Cost after epoch 3: {reported[1].Cost.ToString("F6", System.Globalization.CultureInfo.InvariantCulture)}, learning rate 0.05, train accuracy", reported[1].ToString());
    }

    [Fact]
    public void Accuracies_are_measured_on_evaluated_epochs_only()
    {
        var (x, y) = Data(10);
        var (devX, devY) = Data(11, 30);
        var model = NewModel();
        var history = Trainer.Fit(model, x, y, new Adam(0.01), new FitOptions { Epochs = 5, BatchSize = 16, Dev = (devX, devY), EvaluateEvery = 2 });
        Assert.Equal(new bool[] { true, false, true, false, true }, history.Epochs.Select(e => e.TrainAccuracy.HasValue));
        Assert.Equal(new bool[] { true, false, true, false, true }, history.Epochs.Select(e => e.DevAccuracy.HasValue));
        Assert.Equal(model.Accuracy(x, y), history.Last.TrainAccuracy);
        Assert.Equal(model.Accuracy(devX, devY), history.Last.DevAccuracy);
        Assert.Equal(model.Cost(devX, devY), history.Last.DevCost);
    }

    [Fact]
    public void The_history_becomes_data_frames()
    {
        var (x, y) = Data(12);
        var history = Trainer.Fit(NewModel(), x, y, new Sgd(0.1), new FitOptions { Epochs = 4, BatchSize = 20 });
        var epochs = history.ToDataFrame();
        Assert.Equal(4, epochs.Rows.Count);
        Assert.Equal(new[] { "epoch", "cost", "learning_rate", "train_accuracy", "dev_cost", "dev_accuracy" }, epochs.Columns.Select(c => c.Name));
        Assert.Equal(history.Epochs[2].Cost, (double)epochs["cost"][2]);
        Assert.Null(epochs["dev_cost"][0]);
        var iterations = history.IterationsToDataFrame();
        Assert.Equal(12, iterations.Rows.Count);
        Assert.Equal(history.Iterations[5].Cost, (double)iterations["cost"][5]);
        Assert.Equal(history.EpochCosts().Select(p => p.Cost), history.Epochs.Select(e => e.Cost));
    }

    [Fact]
    public void Divergence_throws_with_the_iteration()
    {
        var (x, y) = Data(13);
        var target = y * 1e6;
        var model = Model.Build(new[] { 2, 8, 1 }, Activation.ReLU, new MeanSquaredError(), Initializer.RandomNormal(10), 3);
        var error = Assert.Throws<TrainingDivergedException>(() => Trainer.Fit(model, x * 100, target, new Sgd(10), new FitOptions { Epochs = 100, BatchSize = 10 }));
        Assert.Contains("smaller learning rate", error.Message);
    }

    [Fact]
    public void Bad_options_say_what_to_change()
    {
        var (x, y) = Data(14);
        Assert.Contains("set FitOptions.Dev", Assert.Throws<ArgumentException>(() => Trainer.Fit(NewModel(), x, y, new Sgd(0.1), new FitOptions { EarlyStoppingPatience = 3 })).Message);
        Assert.Contains("BatchSize must be ≥ 1", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Fit(NewModel(), x, y, new Sgd(0.1), new FitOptions { BatchSize = 0 })).Message);
        Assert.Contains("X has shape (2, 50) and Y has shape (1, 49)", Assert.Throws<ArgumentException>(() => Trainer.Fit(NewModel(), x, y.SubMatrix(0, 1, 0, 49), new Sgd(0.1))).Message);
        Assert.Contains("needs 2 feature rows", Assert.Throws<ArgumentException>(() => Trainer.Fit(NewModel(), x, y, new Sgd(0.1), new FitOptions { Dev = (x.SubMatrix(0, 1, 0, 50), y) })).Message);
    }

    [Fact]
    public void An_ensemble_averages_probabilities_and_a_snapshot_ensemble_leaves_the_model_as_it_was()
    {
        var (x, y) = Data(15);
        var first = NewModel(3);
        var second = NewModel(4);
        Trainer.Fit(first, x, y, new Adam(0.01), new FitOptions { Epochs = 20, BatchSize = 16 });
        var history = Trainer.Fit(second, x, y, new Adam(0.01), new FitOptions { Epochs = 20, BatchSize = 16, SnapshotEpochs = new[] { 9, 19 } });
        var ensemble = new Ensemble(new[] { first, second });
        var mean = (first.Forward(x) + second.Forward(x)) / 2;
        Assert.True((ensemble.Probabilities(x) - mean).InfinityNorm() < 1e-15);
        Assert.Equal(mean.Map(p => p > 0.5 ? 1.0 : 0.0), ensemble.Predict(x));
        double agree = Enumerable.Range(0, 50).Count(j => ensemble.Predict(x)[0, j] == y[0, j]) / 50.0;
        Assert.Equal(agree, ensemble.Accuracy(x, y));

        var before = second.CopyParameters();
        var snapshots = Ensemble.FromSnapshots(second, history.Snapshots);
        Assert.Equal(2, snapshots.Count);
        var probabilities = snapshots.Probabilities(x);
        Assert.Equal(before["W1"], second["W1"]);
        second.LoadParameters(history.Snapshots[0].Parameters);
        var atEpoch9 = second.Forward(x);
        second.LoadParameters(before);
        Assert.True((probabilities - (atEpoch9 + second.Forward(x)) / 2).InfinityNorm() < 1e-15);
    }
}
