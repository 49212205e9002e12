using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Data;

/// <summary>
/// Normalizing inputs: per feature (row of X), <c>μ = (1/m) Σ x</c>, <c>σ² = (1/m) Σ (x − μ)²</c> and
/// <c>x̂ = (x − μ) / σ</c>, so each feature has mean 0 and variance 1 and the cost surface is rounder.
/// μ and σ are fitted on the training set only and then applied, unchanged, to the dev and test sets
/// (and to any new example), so all of them go through the same transformation.
/// </summary>
/// <remarks>
/// A feature whose training values are all equal (σ = 0, e.g. an always-black corner pixel) is only
/// centered: it is divided by 1 instead of 0, so it becomes 0 on the training set and <c>x − μ</c> elsewhere.
/// <see cref="ConstantFeatures"/> lists them.
/// </remarks>
public sealed class Standardizer
{
    private Vector<double>? _mean;
    private Vector<double>? _std;

    /// <summary>Whether <see cref="Fit"/> has been called.</summary>
    public bool IsFitted => _mean is not null;

    /// <summary>μ, one entry per feature, from the training set.</summary>
    public Vector<double> Mean => _mean ?? throw NotFitted("read Mean");

    /// <summary>σ (population standard deviation, 1/m), one entry per feature, from the training set.</summary>
    public Vector<double> StandardDeviation => _std ?? throw NotFitted("read StandardDeviation");

    /// <summary>The features with σ = 0 in the training set: they are centered but not scaled.</summary>
    public IReadOnlyList<int> ConstantFeatures =>
        Enumerable.Range(0, StandardDeviation.Count).Where(i => StandardDeviation[i] == 0).ToList();

    /// <summary>Computes μ and σ of each feature (row) of the training examples <paramref name="trainX"/> (features × m).</summary>
    public Standardizer Fit(Matrix<double> trainX)
    {
        ArgumentNullException.ThrowIfNull(trainX);
        if (trainX.ColumnCount == 0 || trainX.RowCount == 0)
        {
            throw new ArgumentException($"Fit needs at least one training example and one feature; got X of shape {Shapes.Of(trainX)}.", nameof(trainX));
        }
        int m = trainX.ColumnCount;
        var mean = Vector<double>.Build.Dense(trainX.RowCount);
        var std = Vector<double>.Build.Dense(trainX.RowCount);
        for (int i = 0; i < trainX.RowCount; i++)
        {
            var row = trainX.Row(i);
            if (row.Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"Feature {i} of the training set contains NaN or an infinity; clean the data before fitting.", nameof(trainX));
            }
            if (row.Minimum() == row.Maximum())
            {
                mean[i] = row[0];
                continue;
            }
            double mu = row.Sum() / m;
            double variance = 0;
            for (int j = 0; j < m; j++)
            {
                double d = row[j] - mu;
                variance += d * d;
            }
            mean[i] = mu;
            std[i] = Math.Sqrt(variance / m);
        }
        _mean = mean;
        _std = std;
        return this;
    }

    /// <summary>
    /// Applies the fitted transformation <c>x̂ = (x − μ) / σ</c> (σ = 0 features: <c>x − μ</c>) to examples
    /// <paramref name="x"/> with the training set's features; returns a new matrix.
    /// </summary>
    public Matrix<double> Transform(Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var mean = _mean ?? throw NotFitted("transform data");
        var std = _std!;
        if (x.RowCount != mean.Count)
        {
            throw new ArgumentException(
                $"This standardizer was fitted on {mean.Count} features, but X has shape {Shapes.Of(x)} ({x.RowCount} features). " +
                "Pass examples as columns with the same features as the training set.", nameof(x));
        }
        return Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount,
            (i, j) => (x[i, j] - mean[i]) / (std[i] == 0 ? 1.0 : std[i]));
    }

    /// <summary><see cref="Fit"/> on <paramref name="trainX"/>, then <see cref="Transform"/> it.</summary>
    public Matrix<double> FitTransform(Matrix<double> trainX) => Fit(trainX).Transform(trainX);

    private static InvalidOperationException NotFitted(string action) => new(
        $"Cannot {action} before the standardizer is fitted. Call Fit(train.X) on the training set first, " +
        "then Transform the dev and test sets with the same standardizer.");
}
