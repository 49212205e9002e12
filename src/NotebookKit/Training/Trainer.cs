using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.LinearAlgebra;
using NotebookKit.Networks;
using NotebookKit.Optimizers;
using NotebookKit.Randomness;
using NotebookKit.Schedules;

namespace NotebookKit.Training;

/// <summary>
/// The course's training loop, <c>model(X, Y, layers_dims, optimizer, learning_rate, mini_batch_size, …)</c>,
/// for any optimizer: every epoch reshuffles into mini-batches, and for each mini-batch runs forward
/// propagation, the cost, backward propagation and one optimizer step.
/// </summary>
public static class Trainer
{
    /// <summary>
    /// Trains <paramref name="model"/> in place:
    /// <code>
    /// var history = Trainer.Fit(model, X, Y, new Adam(0.0007),
    ///     new FitOptions { Epochs = 5000, BatchSize = 64, Seed = 10, ProgressEvery = 1000, Progress = Console.WriteLine });
    /// </code>
    /// </summary>
    /// <param name="model">The model; its parameters are updated in place.</param>
    /// <param name="x">Training examples, features × m.</param>
    /// <param name="y">Labels, 1 × m (or one-hot C × m).</param>
    /// <param name="optimizer">The update rule; its learning rate is α0 of a schedule.</param>
    /// <param name="options">Epochs, batch size, seed, schedule, dev set, early stopping, …; null for the defaults.</param>
    /// <returns>The recorded costs, rates and accuracies.</returns>
    /// <exception cref="ArgumentException">X, Y or the dev set holds a NaN or an infinity (the message names the first one).</exception>
    /// <exception cref="TrainingDivergedException">A mini-batch cost or a parameter became NaN or infinite.</exception>
    public static TrainingHistory Fit(Model model, Matrix<double> x, Matrix<double> y, IOptimizer optimizer, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimizer);
        options ??= new FitOptions();
        int m = Check(x, y, options);
        int batchSize = Math.Min(options.BatchSize ?? m, m);
        int batchesPerEpoch = (m + batchSize - 1) / batchSize;
        var frozen = FreezeLayers(model, options.FrozenLayers);
        try
        {
            return Run(model, x, y, optimizer, options, m, batchSize, batchesPerEpoch);
        }
        finally
        {
            foreach (var (parameter, wasFrozen) in frozen)
            {
                parameter.Frozen = wasFrozen;
            }
        }
    }

    private static TrainingHistory Run(
        Model model, Matrix<double> x, Matrix<double> y, IOptimizer optimizer, FitOptions options, int m, int batchSize, int batchesPerEpoch)
    {
        double initialRate = optimizer.LearningRate;
        string optimizerName = optimizer.Name;
        var epochs = new List<EpochRecord>(options.Epochs);
        var iterations = new List<IterationRecord>(options.Epochs * batchesPerEpoch);
        var snapshots = new List<Snapshot>();
        var snapshotEpochs = options.SnapshotEpochs.ToHashSet();
        var polyak = options.PolyakAveraging ? new PolyakAverage() : null;
        bool earlyStopping = options.EarlyStoppingPatience is not null;
        double bestDevCost = double.PositiveInfinity;
        int? bestEpoch = null;
        Dictionary<string, Matrix<double>>? bestParameters = null;
        bool stoppedEarly = false;
        long iteration = 0;
        // The batches are allocated once: a shuffle writes the permuted columns into the same matrices every epoch.
        bool shuffle = options.BatchSize is not null && options.Shuffle;
        var batches = !shuffle && batchSize == m
            ? new[] { new MiniBatch(x, y) }
            : MiniBatches.Allocate(x.RowCount, y.RowCount, m, batchSize);
        if (!shuffle && batches[0].X != x)
        {
            MiniBatches.Fill(x, y, permutation: null, batches);
        }
        for (int epoch = 0; epoch < options.Epochs && !stoppedEarly; epoch++)
        {
            if (shuffle)
            {
                MiniBatches.Fill(x, y, new NumpyRandomState(options.Seed + 1 + epoch).Permutation(m), batches);
            }
            double costTotal = 0;
            double epochRate = optimizer.LearningRate;
            for (int index = 0; index < batches.Length; index++)
            {
                var batch = batches[index];
                if (options.Schedule is { } schedule)
                {
                    optimizer.LearningRate = LearningRateSchedules.RateAt(schedule, initialRate, epoch, iteration, batchesPerEpoch, options.ScheduleTiming);
                }
                if (index == 0)
                {
                    epochRate = optimizer.LearningRate;
                }
                int iterationNumber = (int)Math.Min(iteration, int.MaxValue);
                double cost = model.TrainingStep(batch.X, batch.Y);
                TrainingDivergedException.ThrowIfNotFinite(cost, iterationNumber, optimizer.LearningRate);
                optimizer.Step(model.Parameters);
                TrainingDivergedException.ThrowIfNotFinite(model.Parameters, cost, iterationNumber, optimizer.LearningRate);
                iterations.Add(new IterationRecord(iteration, epoch, cost, optimizer.LearningRate));
                iteration++;
                costTotal += cost * batch.Size;
                if (polyak is not null && epoch >= options.PolyakStartEpoch)
                {
                    polyak.Add(model.Parameters);
                }
            }

            bool last = epoch == options.Epochs - 1;
            bool evaluate = last || epoch % options.EvaluateEvery == 0;
            double? devCost = null, devAccuracy = null;
            if (options.Dev is var (devX, devY) && (evaluate || earlyStopping))
            {
                devCost = model.Cost(devX, devY);
                devAccuracy = model.Accuracy(devX, devY);
            }
            var record = new EpochRecord(epoch, costTotal / m, epochRate, evaluate ? model.Accuracy(x, y) : null, devCost, devAccuracy);
            epochs.Add(record);

            if (earlyStopping && devCost is { } current)
            {
                if (current < bestDevCost)
                {
                    bestDevCost = current;
                    bestEpoch = epoch;
                    bestParameters = model.CopyParameters();
                }
                else if (epoch - bestEpoch >= options.EarlyStoppingPatience)
                {
                    stoppedEarly = !last;
                }
            }
            if (snapshotEpochs.Contains(epoch))
            {
                snapshots.Add(new Snapshot(epoch, model.CopyParameters()));
            }
            if (options.Progress is { } progress && (last || stoppedEarly || epoch % options.ProgressEvery == 0))
            {
                progress(record);
            }
        }
        if (bestParameters is not null)
        {
            model.LoadParameters(bestParameters);
        }
        return new TrainingHistory(optimizerName, epochs, iterations, bestEpoch, stoppedEarly, snapshots,
            polyak is { Count: > 0 } ? polyak.Parameters : null);
    }

    private static int Check(Matrix<double> x, Matrix<double> y, FitOptions options)
    {
        Model.RequireFinite(x, y, "Trainer.Fit");
        if (x.ColumnCount != y.ColumnCount || x.ColumnCount == 0)
        {
            throw new ArgumentException(
                $"X has shape {Shapes.Of(x)} and Y has shape {Shapes.Of(y)}: they need the same number (> 0) of columns, one per example.");
        }
        if (options.Epochs < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Epochs, "FitOptions.Epochs must be ≥ 0.");
        }
        if (options.BatchSize is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "FitOptions.BatchSize must be ≥ 1 (the course uses 64), or null for full batch.");
        }
        if (options.ProgressEvery < 1 || options.EvaluateEvery < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "FitOptions.ProgressEvery and EvaluateEvery must be ≥ 1.");
        }
        if (options.EarlyStoppingPatience is { } patience)
        {
            if (patience < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), patience, "FitOptions.EarlyStoppingPatience is a number of epochs ≥ 1.");
            }
            if (options.Dev is null)
            {
                throw new ArgumentException("Early stopping watches the dev cost: set FitOptions.Dev = (Xdev, Ydev) as well.", nameof(options));
            }
        }
        if (options.Dev is var (devX, devY))
        {
            if (devX.ColumnCount != devY.ColumnCount || devX.RowCount != x.RowCount || devY.RowCount != y.RowCount)
            {
                throw new ArgumentException(
                    $"The dev set has X {Shapes.Of(devX)} and Y {Shapes.Of(devY)}; it needs {x.RowCount} feature rows and {y.RowCount} label rows like the training set, and as many X as Y columns.",
                    nameof(options));
            }
            FiniteValues.Require(devX, "the dev set's X", "Trainer.Fit");
            FiniteValues.Require(devY, "the dev set's Y", "Trainer.Fit");
        }
        return x.ColumnCount;
    }

    private static List<(Parameter Parameter, bool WasFrozen)> FreezeLayers(Model model, IReadOnlyCollection<int> layers)
    {
        var dense = model.Layers.OfType<Dense>().ToList();
        var frozen = new List<(Parameter, bool)>();
        foreach (int l in layers)
        {
            var layer = dense.SingleOrDefault(d => d.Index == l) ?? throw new ArgumentException(
                $"FitOptions.FrozenLayers names layer {l}, but the model's dense layers are {string.Join(", ", dense.Select(d => d.Index))}.");
            foreach (var p in layer.Parameters)
            {
                frozen.Add((p, p.Frozen));
                p.Frozen = true;
            }
        }
        return frozen;
    }
}
