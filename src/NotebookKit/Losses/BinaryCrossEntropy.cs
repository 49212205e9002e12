using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Losses;

/// <summary>
/// Binary cross-entropy on a sigmoid output: <c>J = −(1/m) Σ [y log a + (1 − y) log(1 − a)]</c> with
/// <c>a = σ(z)</c>, computed from the logits as <c>(1/m) Σ [max(z, 0) − z·y + log(1 + e^(−|z|))]</c>, which is
/// the same number but never takes <c>log 0</c>. Gradient: <c>dZ = (a − y) / m</c>.
/// Labels are 1 × m of 0s and 1s.
/// </summary>
public sealed class BinaryCrossEntropy : ILoss, IBufferedLoss
{
    /// <inheritdoc />
    public string Name => "binary cross-entropy";

    /// <inheritdoc />
    public Matrix<double> Output(Matrix<double> logits) => logits.Map(Sigmoid.Of);

    /// <inheritdoc />
    public double Cost(Matrix<double> logits, Matrix<double> labels)
    {
        LossInputs.Check(this, logits, labels);
        var z = LossInputs.Values(logits);
        var y = LossInputs.Values(labels);
        double sum = 0;
        for (int k = 0; k < z.Length; k++)
        {
            sum += Math.Max(z[k], 0) - z[k] * y[k] + Math.Log(1 + Math.Exp(-Math.Abs(z[k])));
        }
        return sum / logits.ColumnCount;
    }

    /// <summary>
    /// The cost as the course's <c>compute_loss</c> writes it, from the probabilities <c>a</c>:
    /// <c>(1/m) Σ [−y log a − (1 − y) log(1 − a)]</c>, skipping NaN terms like <c>np.nansum</c>.
    /// When a rounds to exactly 0 or 1 this is infinite — the course's "cost = inf" for large initial weights.
    /// </summary>
    public static double CostFromProbabilities(Matrix<double> probabilities, Matrix<double> labels)
    {
        double sum = 0;
        for (int j = 0; j < probabilities.ColumnCount; j++)
        {
            for (int i = 0; i < probabilities.RowCount; i++)
            {
                double a = probabilities[i, j], y = labels[i, j];
                double term = -Math.Log(a) * y - Math.Log(1 - a) * (1 - y);
                if (!double.IsNaN(term))
                {
                    sum += term;
                }
            }
        }
        return sum / probabilities.ColumnCount;
    }

    /// <inheritdoc />
    public Matrix<double> Gradient(Matrix<double> logits, Matrix<double> labels)
    {
        var gradient = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount);
        ((IBufferedLoss)this).GradientInto(logits, labels, gradient);
        return gradient;
    }

    void IBufferedLoss.GradientInto(Matrix<double> logits, Matrix<double> labels, Matrix<double> gradient)
    {
        LossInputs.Check(this, logits, labels);
        var z = LossInputs.Values(logits);
        var a = gradient.AsColumnMajorArray()!;
        for (int k = 0; k < z.Length; k++)
        {
            a[k] = Sigmoid.Of(z[k]);
        }
        LossInputs.OutputMinusLabelsOverM(labels, gradient);
    }

    /// <inheritdoc />
    public Matrix<double> Predict(Matrix<double> logits) => logits.Map(z => Sigmoid.Of(z) > 0.5 ? 1.0 : 0.0);
}
