using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Losses;

/// <summary>
/// Softmax cross-entropy for C classes: <c>a_k = e^(z_k) / Σ_j e^(z_j)</c> per column,
/// <c>J = −(1/m) Σ_examples Σ_k y_k log a_k</c>, computed as <c>(1/m) Σ [logsumexp(z) − Σ_k y_k z_k]</c>.
/// Gradient: <c>dZ = (A − Y) / m</c>. Labels are one-hot, C × m.
/// </summary>
public sealed class SoftmaxCrossEntropy : ILoss
{
    /// <inheritdoc />
    public string Name => "softmax cross-entropy";

    /// <inheritdoc />
    public Matrix<double> Output(Matrix<double> logits)
    {
        var result = logits.Clone();
        for (int j = 0; j < logits.ColumnCount; j++)
        {
            var column = logits.Column(j);
            double logSum = LogSumExp(column.ToArray());
            result.SetColumn(j, column.Map(z => Math.Exp(z - logSum)));
        }
        return result;
    }

    /// <inheritdoc />
    public double Cost(Matrix<double> logits, Matrix<double> labels)
    {
        LossInputs.Check(this, logits, labels);
        double sum = 0;
        for (int j = 0; j < logits.ColumnCount; j++)
        {
            var z = logits.Column(j).ToArray();
            sum += LogSumExp(z) - labels.Column(j).DotProduct(logits.Column(j));
        }
        return sum / logits.ColumnCount;
    }

    /// <inheritdoc />
    public Matrix<double> Gradient(Matrix<double> logits, Matrix<double> labels)
    {
        LossInputs.Check(this, logits, labels);
        return (Output(logits) - labels) / logits.ColumnCount;
    }

    /// <summary>The class with the largest logit, per example: 1 × m.</summary>
    public Matrix<double> Predict(Matrix<double> logits) =>
        Matrix<double>.Build.Dense(1, logits.ColumnCount, (_, j) => logits.Column(j).MaximumIndex());

    private static double LogSumExp(double[] z)
    {
        double max = z.Max();
        return max + Math.Log(z.Sum(v => Math.Exp(v - max)));
    }
}
