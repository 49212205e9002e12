using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for the Optimization Methods assignment's <c>random_mini_batches</c>, <c>update_lr</c> and
/// <c>schedule_lr_decay</c>. Inputs are the course's test cases (drawn after <c>np.random.seed(1)</c>, which
/// <see cref="NumpyRandomState"/> reproduces, so the shuffles match numpy's); expected values are the course's
/// published outputs, plus a few cases derived by hand.
/// </summary>
public static class OptimizationMethodsExercises
{
    /// <summary>
    /// The course's <c>random_mini_batches(X, Y, mini_batch_size, seed)</c>: one permutation p of the m columns
    /// from <c>np.random.seed(seed)</c>, then batch k = columns <c>p[k·size .. (k+1)·size)</c> of X and of Y; a last,
    /// smaller batch holds the remaining <c>m − ⌊m/size⌋·size</c> columns.
    /// </summary>
    public delegate IReadOnlyList<(Matrix<double> X, Matrix<double> Y)> MiniBatchSplit(Matrix<double> x, Matrix<double> y, int miniBatchSize, int seed);

    /// <summary>The course's <c>update_lr</c>: <c>α = α0 / (1 + decay_rate·epoch_num)</c>.</summary>
    public delegate double DecayedRate(double learningRate0, int epochNum, double decayRate);

    /// <summary>The course's <c>schedule_lr_decay</c>: <c>α = α0 / (1 + decay_rate·⌊epoch_num / time_interval⌋)</c>.</summary>
    public delegate double ScheduledRate(double learningRate0, int epochNum, double decayRate, int timeInterval);

    /// <summary>
    /// Checks <c>random_mini_batches</c> on the course's three test cases (12288 × 148 with batches of 64; 5 × 7 and
    /// 7 × 3 with batches of 2, all with seed 0) and its index test, where every entry of X names its own row and
    /// column: the shuffled columns must be the course's, in the course's order, each with its own label.
    /// </summary>
    public static void CheckRandomMiniBatches(MiniBatchSplit randomMiniBatches) => ExerciseCheck.Run(
        "RandomMiniBatches",
        "Look for: one permutation from NumpyRandomState(seed), the same for X and Y, reordering columns (examples), not rows; " +
        "consecutive blocks of size columns with no column skipped or repeated; a last, smaller batch only when m is not a multiple of size.",
        new[]
        {
            new CheckCase("course test case: seed 1, X = randn(12288, 148), Y = randn(1, 148) < 0.5, size 64, seed 0 → shapes (12288, 64), (12288, 64), (12288, 20)", () =>
            {
                var random = new NumpyRandomState(1);
                var x = random.Randn(12288, 148);
                var y = Below(random.Randn(1, 148), 0.5);
                var batches = randomMiniBatches(x, y, 64, 0);
                return new[] { Count(batches, 3) }
                    .Concat(new[] { 64, 64, 20 }.SelectMany((size, k) => new[]
                    {
                        Shape($"mini-batch {k} X", batches, k, b => b.X, 12288, size),
                        Shape($"mini-batch {k} Y", batches, k, b => b.Y, 1, size),
                    }))
                    .Append(new Comparison("mini-batch 0 X[0, 0:3]", Expected.Rows(new[,] { { 0.90085595, -0.7612069, 0.2344157 } }),
                        Block(batches, 0, b => b.X, 0, 1, 0, 3), 1e-8));
            }),
            new CheckCase("course index test: X[i, j] = 12288·j + i (148 columns), size 64, seed 0; here Y[0, j] = j, so each label must follow its column", () =>
            {
                const int nx = 12288, m = 148;
                var x = Matrix<double>.Build.Dense(nx, m, (i, j) => (double)nx * j + i);
                var y = Matrix<double>.Build.Dense(1, m, (_, j) => j);
                var batches = randomMiniBatches(x, y, 64, 0);
                var comparisons = new List<Comparison>
                {
                    Count(batches, 3),
                    new("mini-batch 0 X[0, 0:3]", Expected.Rows(new double[,] { { 294912, 86016, 454656 } }), Block(batches, 0, b => b.X, 0, 1, 0, 3), 0),
                    new("last mini-batch X[12287, 0:3]", Expected.Rows(new double[,] { { 1425407, 1769471, 897023 } }), Block(batches, batches.Count - 1, b => b.X, nx - 1, 1, 0, 3), 0),
                    new("mini-batch 0 X[:, 0] (rows keep their order)", Matrix<double>.Build.Dense(nx, 1, (i, _) => 294912 + i), Block(batches, 0, b => b.X, 0, nx, 0, 1), 0),
                };
                comparisons.AddRange(batches.Select((batch, k) => new Comparison(
                    $"mini-batch {k} Y (the index of each column)", batch.X.Row(0).ToRowMatrix() / nx, batch.Y, 0)));
                return comparisons;
            }),
            new CheckCase("by hand: m = 8, a multiple of size 2: X[0, j] = Y[0, j] = j, seed 0 → 4 batches of 2 columns, no empty fifth, each column once, each label with its column", () =>
            {
                var x = Matrix<double>.Build.Dense(1, 8, (_, j) => j);
                var batches = randomMiniBatches(x, x.Clone(), 2, 0);
                var seen = batches.SelectMany(b => b.X.Row(0).Enumerate()).Order().ToArray();
                return new[]
                {
                    Count(batches, 4),
                    new Comparison("columns per batch", Matrix<double>.Build.Dense(1, 4, 2), Matrix<double>.Build.Dense(1, batches.Count, (_, k) => batches[k].X.ColumnCount), 0),
                    new Comparison("the columns of all batches, sorted (each of 0 … 7 once)", Matrix<double>.Build.Dense(1, 8, (_, j) => j), Matrix<double>.Build.Dense(1, seen.Length, (_, j) => seen[j]), 0),
                }.Concat(batches.Select((batch, k) => new Comparison($"mini-batch {k} Y (the index of each column)", batch.X, batch.Y, 0)));
            }),
            new CheckCase("course test (2024): seed 1, X = randn(5, 7), Y = randn(1, 7) < 0.5, size 2, seed 0 → 4 batches", () =>
            {
                var random = new NumpyRandomState(1);
                var x = random.Randn(5, 7);
                var y = Below(random.Randn(1, 7), 0.5);
                var batches = randomMiniBatches(x, y, 2, 0);
                return new[]
                {
                    Count(batches, 4),
                    new Comparison("mini-batch 0 X", Expected.Rows(new[,]
                    {
                        { 1.74481176, -0.52817175 }, { -0.38405435, -0.24937038 }, { -1.10061918, -0.17242821 },
                        { -0.93576943, 0.50249434 }, { -0.67124613, -0.69166075 },
                    }), Block(batches, 0, b => b.X, 0, 5, 0, 2), 1e-8),
                    new Comparison("mini-batch 0 Y", Expected.Rows(new double[,] { { 1, 1 } }), At(batches, 0)?.Y, 0),
                    new Comparison("last mini-batch X", Expected.Rows(new[,] { { 0.86540763 }, { -2.06014071 }, { 0.04221375 }, { -0.68372786 }, { -0.6871727 } }),
                        At(batches, batches.Count - 1)?.X, 1e-8),
                    new Comparison("last mini-batch Y", Expected.Rows(new double[,] { { 0 } }), At(batches, batches.Count - 1)?.Y, 0),
                };
            }),
            new CheckCase("course test (early 2021): seed 1, X = randn(7, 3), Y = randn(1, 3) < 0.5, size 2, seed 0 → 2 batches", () =>
            {
                var random = new NumpyRandomState(1);
                var x = random.Randn(7, 3);
                var y = Below(random.Randn(1, 3), 0.5);
                var batches = randomMiniBatches(x, y, 2, 0);
                return new[]
                {
                    Count(batches, 2),
                    new Comparison("mini-batch 0 X", Expected.Rows(new[,]
                    {
                        { -0.52817175, -0.61175641 }, { -2.3015387, 0.86540763 }, { 0.3190391, -0.7612069 }, { -2.06014071, 1.46210794 },
                        { 1.13376944, -0.38405435 }, { -0.87785842, -0.17242821 }, { -1.10061918, 0.58281521 },
                    }), At(batches, 0)?.X, 1e-8),
                    new Comparison("mini-batch 0 Y", Expected.Rows(new double[,] { { 0, 0 } }), At(batches, 0)?.Y, 0),
                    new Comparison("mini-batch 1 X", Expected.Rows(new[,]
                    {
                        { 1.62434536 }, { -1.07296862 }, { 1.74481176 }, { -0.24937038 }, { -0.3224172 }, { -1.09989127 }, { 0.04221375 },
                    }), At(batches, 1)?.X, 1e-8),
                    new Comparison("mini-batch 1 Y", Expected.Rows(new double[,] { { 0 } }), At(batches, 1)?.Y, 0),
                };
            }),
        });

    /// <summary>Checks <c>update_lr</c>, <c>α = α0 / (1 + decay_rate·epoch_num)</c>, on the course's tests and two cases derived by hand.</summary>
    public static void CheckUpdateLr(DecayedRate updateLr) => ExerciseCheck.Run(
        "UpdateLr",
        "α0 is divided by 1 plus decayRate times the epoch number as given (epoch 0 keeps α0, no + 1); decayRate multiplies the epoch, " +
        "it is not a power, and it must not be left out when it is not 1.",
        new[]
        {
            RateCase("course tests: update_lr(0.5, 2, 1) = 0.5/3; update_lr(1, 2, 1) = 1/3", 1e-15,
                (() => updateLr(0.5, 2, 1), 0.16666666666666666), (() => updateLr(1, 2, 1), 0.3333333333333333)),
            RateCase("by hand: update_lr(0.1, 0, 1) = 0.1 (epoch 0 keeps α0); update_lr(0.1, 1000, 1) = 0.1/1001", 1e-15,
                (() => updateLr(0.1, 0, 1), 0.1), (() => updateLr(0.1, 1000, 1), 0.1 / 1001)),
            RateCase("by hand, decay_rate ≠ 1: update_lr(0.1, 10, 0.5) = 0.1/6; update_lr(0.1, 1000, 0.001) = 0.1/2", 1e-15,
                (() => updateLr(0.1, 10, 0.5), 0.1 / 6), (() => updateLr(0.1, 1000, 0.001), 0.05)),
        });

    /// <summary>
    /// Checks <c>schedule_lr_decay</c>, <c>α = α0 / (1 + decay_rate·⌊epoch_num / time_interval⌋)</c>, on the course's
    /// tests of three generations and two cases derived by hand that fail without the floor.
    /// </summary>
    public static void CheckScheduleLrDecay(ScheduledRate scheduleLrDecay) => ExerciseCheck.Run(
        "ScheduleLrDecay",
        "The rate changes only every timeInterval epochs: the number of whole intervals passed is epochNum / timeInterval rounded down " +
        "(Math.Floor; not rounded to nearest, not up, not epochNum + 1), and decayRate multiplies that count.",
        new[]
        {
            RateCase("course notebook: schedule_lr_decay(0.5, 10, 0.3, 100) = 0.5; (0.5, 100, 0.3, 100) = 0.5/1.3", 1e-15,
                (() => scheduleLrDecay(0.5, 10, 0.3, 100), 0.5), (() => scheduleLrDecay(0.5, 100, 0.3, 100), 0.3846153846153846)),
            RateCase("course tests (2024): (0.5, 100, 1, 100) = 0.25; (0.5, 10, 1, 100) = 0.5; (0.3, 1000, 0.25, 100) = 0.085714285; (0.3, 100, 0.25, 100) = 0.24", 1e-9,
                (() => scheduleLrDecay(0.5, 100, 1, 100), 0.25), (() => scheduleLrDecay(0.5, 10, 1, 100), 0.5),
                (() => scheduleLrDecay(0.3, 1000, 0.25, 100), 0.085714285), (() => scheduleLrDecay(0.3, 100, 0.25, 100), 0.24)),
            RateCase("course tests (early 2021): (1, 100, 1, 100) = 0.5; (1, 10, 1, 100) = 1", 1e-15,
                (() => scheduleLrDecay(1, 100, 1, 100), 0.5), (() => scheduleLrDecay(1, 10, 1, 100), 1)),
            RateCase("by hand: (0.5, 150, 1, 100) = 0.5/2 (not 0.5/2.5); (0.1, 1999, 1, 1000) = 0.1/2 (the model's interval)", 1e-15,
                (() => scheduleLrDecay(0.5, 150, 1, 100), 0.25), (() => scheduleLrDecay(0.1, 1999, 1, 1000), 0.05)),
        });

    /// <summary>
    /// One case comparing learning rates; the rates are computed when the case runs, so the student's function is
    /// called inside <see cref="ExerciseCheck.Run"/>.
    /// </summary>
    private static CheckCase RateCase(string description, double tolerance, params (Func<double> Got, double Expected)[] rates) => new(
        description,
        () => rates.Select((rate, k) => new Comparison($"rate {k + 1}", Scalar(rate.Expected), Scalar(rate.Got()), tolerance)));

    private static Matrix<double> Scalar(double value) => Matrix<double>.Build.Dense(1, 1, value);

    private static Matrix<double> Below(Matrix<double> values, double threshold) => values.Map(v => v < threshold ? 1.0 : 0.0);

    private static Comparison Count(IReadOnlyList<(Matrix<double> X, Matrix<double> Y)> batches, int expected) =>
        new("number of mini-batches", Scalar(expected), Scalar(batches.Count), 0);

    private static (Matrix<double> X, Matrix<double> Y)? At(IReadOnlyList<(Matrix<double> X, Matrix<double> Y)> batches, int k) =>
        k >= 0 && k < batches.Count ? batches[k] : null;

    private static Comparison Shape(string what, IReadOnlyList<(Matrix<double> X, Matrix<double> Y)> batches, int k,
        Func<(Matrix<double> X, Matrix<double> Y), Matrix<double>> part, int rows, int columns)
    {
        var matrix = At(batches, k) is { } batch ? part(batch) : null;
        return new Comparison($"shape of {what}", Expected.Rows(new double[,] { { rows, columns } }),
            matrix is null ? null : Expected.Rows(new double[,] { { matrix.RowCount, matrix.ColumnCount } }), 0);
    }

    /// <summary>A block of batch k's X or Y, or null when the batch is missing or too small to hold it.</summary>
    private static Matrix<double>? Block(IReadOnlyList<(Matrix<double> X, Matrix<double> Y)> batches, int k,
        Func<(Matrix<double> X, Matrix<double> Y), Matrix<double>> part, int row, int rowCount, int column, int columnCount)
    {
        var matrix = At(batches, k) is { } batch ? part(batch) : null;
        return matrix is not null && matrix.RowCount >= row + rowCount && matrix.ColumnCount >= column + columnCount
            ? matrix.SubMatrix(row, rowCount, column, columnCount)
            : null;
    }
}
