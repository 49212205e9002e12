using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;

namespace NotebookKit.Training;

/// <summary>
/// A model ensemble: the predicted probabilities of several models averaged,
/// <c>ŷ = (1/K) Σ_k ŷ_k</c>, then turned into labels as one model would (<c>ŷ &gt; 0.5</c> for a sigmoid output,
/// the arg-max class for softmax). Independently trained models make different mistakes, so the average is
/// usually a little better than each. A snapshot ensemble takes its members from one training run instead:
/// copies of the parameters at several epochs (<see cref="FitOptions.SnapshotEpochs"/>), often at the low points
/// of a cyclic or cosine learning rate.
/// </summary>
public sealed class Ensemble
{
    private readonly List<(Model Model, IReadOnlyDictionary<string, Matrix<double>>? Parameters)> _members;

    private Ensemble(List<(Model, IReadOnlyDictionary<string, Matrix<double>>?)> members)
    {
        if (members.Count == 0)
        {
            throw new ArgumentException("An ensemble needs at least one member.");
        }
        var lossType = members[0].Item1.Loss.GetType();
        if (members.Any(m => m.Item1.Loss.GetType() != lossType))
        {
            throw new ArgumentException("All members of an ensemble need the same output and loss (e.g. all sigmoid with binary cross-entropy).");
        }
        _members = members;
    }

    /// <summary>An ensemble of separately trained models.</summary>
    public Ensemble(IEnumerable<Model> models)
        : this(models.Select(m => (m, (IReadOnlyDictionary<string, Matrix<double>>?)null)).ToList())
    {
    }

    /// <summary>
    /// A snapshot ensemble: <paramref name="model"/>'s architecture with each snapshot's parameters. Predicting
    /// loads each snapshot in turn and puts the model's own parameters back afterwards.
    /// </summary>
    public static Ensemble FromSnapshots(Model model, IEnumerable<Snapshot> snapshots) =>
        new(snapshots.Select(s => (model, (IReadOnlyDictionary<string, Matrix<double>>?)s.Parameters)).ToList());

    /// <summary>The number of members K.</summary>
    public int Count => _members.Count;

    /// <summary>The averaged output <c>(1/K) Σ_k A[L]_k</c> (probabilities for sigmoid and softmax outputs).</summary>
    public Matrix<double> Probabilities(Matrix<double> x)
    {
        Matrix<double>? sum = null;
        foreach (var (model, parameters) in _members)
        {
            var output = parameters is null ? model.Forward(x) : WithParameters(model, parameters, () => model.Forward(x));
            sum = sum is null ? output : sum + output;
        }
        return sum! / Count;
    }

    /// <summary>Labels from the averaged probabilities, 1 × m.</summary>
    public Matrix<double> Predict(Matrix<double> x)
    {
        var probabilities = Probabilities(x);
        return _members[0].Model.Loss switch
        {
            BinaryCrossEntropy => probabilities.Map(p => p > 0.5 ? 1.0 : 0.0),
            SoftmaxCrossEntropy => Matrix<double>.Build.Dense(1, probabilities.ColumnCount, (_, j) => probabilities.Column(j).MaximumIndex()),
            _ => probabilities,
        };
    }

    /// <summary>The fraction of examples whose ensemble label equals the label in <paramref name="y"/> (1 × m, or one-hot).</summary>
    public double Accuracy(Matrix<double> x, Matrix<double> y)
    {
        var predicted = Predict(x);
        var labels = y.RowCount == 1 ? y : Matrix<double>.Build.Dense(1, y.ColumnCount, (_, j) => y.Column(j).MaximumIndex());
        Shapes.RequireSame(predicted, "the ensemble's predictions", labels, "the labels", "Ensemble.Accuracy");
        int correct = 0;
        for (int j = 0; j < labels.ColumnCount; j++)
        {
            if (predicted[0, j] == labels[0, j])
            {
                correct++;
            }
        }
        return (double)correct / labels.ColumnCount;
    }

    private static Matrix<double> WithParameters(Model model, IReadOnlyDictionary<string, Matrix<double>> parameters, Func<Matrix<double>> evaluate)
    {
        var own = model.CopyParameters();
        model.LoadParameters(parameters);
        try
        {
            return evaluate();
        }
        finally
        {
            model.LoadParameters(own);
        }
    }
}
