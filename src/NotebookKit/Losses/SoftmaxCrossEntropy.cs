using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Losses;

/// <summary>
/// Softmax cross-entropy for C classes: <c>a_k = e^(z_k) / Σ_j e^(z_j)</c> per column,
/// <c>J = −(1/m) Σ_examples Σ_k y_k log a_k</c>, computed as <c>(1/m) Σ [logsumexp(z) − Σ_k y_k z_k]</c>.
/// Gradient: <c>dZ = (A − Y) / m</c>. Labels are one-hot, C × m.
/// </summary>
public sealed class SoftmaxCrossEntropy : ILoss, IBufferedLoss
{
    /// <inheritdoc />
    public string Name => "softmax cross-entropy";

    /// <inheritdoc />
    public Matrix<double> Output(Matrix<double> logits)
    {
        var result = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount);
        Softmax(logits, result);
        return result;
    }

    /// <inheritdoc />
    public double Cost(Matrix<double> logits, Matrix<double> labels)
    {
        LossInputs.Check(this, logits, labels);
        var z = LossInputs.Values(logits);
        var y = LossInputs.Values(labels);
        int classes = logits.RowCount;
        double sum = 0;
        for (int j = 0; j < logits.ColumnCount; j++)
        {
            var column = z.AsSpan(j * classes, classes);
            var label = y.AsSpan(j * classes, classes);
            double dot = 0;
            for (int k = 0; k < classes; k++)
            {
                dot += column[k] * label[k];
            }
            sum += LogSumExp(column) - dot;
        }
        return sum / logits.ColumnCount;
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
        Softmax(logits, gradient);
        LossInputs.OutputMinusLabelsOverM(labels, gradient);
    }

    /// <summary>The class with the largest logit, per example: 1 × m.</summary>
    public Matrix<double> Predict(Matrix<double> logits) =>
        Matrix<double>.Build.Dense(1, logits.ColumnCount, (_, j) => logits.Column(j).MaximumIndex());

    /// <summary><c>a_k = e^(z_k − logsumexp(z))</c> for each column, into <paramref name="output"/>.</summary>
    private static void Softmax(Matrix<double> logits, Matrix<double> output)
    {
        var z = LossInputs.Values(logits);
        var a = output.AsColumnMajorArray()!;
        int classes = logits.RowCount;
        for (int j = 0; j < logits.ColumnCount; j++)
        {
            var column = z.AsSpan(j * classes, classes);
            double logSum = LogSumExp(column);
            for (int k = 0; k < classes; k++)
            {
                a[j * classes + k] = Math.Exp(column[k] - logSum);
            }
        }
    }

    /// <summary><c>max + log Σ e^(z − max)</c>, which never overflows (NaN if some z is NaN).</summary>
    private static double LogSumExp(ReadOnlySpan<double> z)
    {
        double max = double.NegativeInfinity;
        foreach (double v in z)
        {
            max = Math.Max(max, v);
        }
        double sum = 0;
        foreach (double v in z)
        {
            sum += Math.Exp(v - max);
        }
        return max + Math.Log(sum);
    }
}
