using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Losses;

/// <summary>
/// Mean squared error on a linear output: <c>J = 1/(2m) Σ (a − y)²</c> with <c>a = z</c>;
/// gradient <c>dZ = (a − y) / m</c>. (The ½ makes the gradient clean; PyTorch's <c>MSELoss</c> has no ½ and
/// also averages over the output units.)
/// </summary>
public sealed class MeanSquaredError : ILoss, IBufferedLoss
{
    /// <inheritdoc />
    public string Name => "mean squared error";

    /// <inheritdoc />
    public Matrix<double> Output(Matrix<double> logits) => logits;

    /// <inheritdoc />
    public double Cost(Matrix<double> logits, Matrix<double> labels)
    {
        LossInputs.Check(this, logits, labels);
        var z = LossInputs.Values(logits);
        var y = LossInputs.Values(labels);
        double sum = 0;
        for (int k = 0; k < z.Length; k++)
        {
            double e = z[k] - y[k];
            sum += e * e;
        }
        return sum / (2.0 * logits.ColumnCount);
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
        LossInputs.Values(logits).CopyTo(gradient.AsColumnMajorArray()!, 0);
        LossInputs.OutputMinusLabelsOverM(labels, gradient);
    }

    /// <summary>The output itself is the prediction.</summary>
    public Matrix<double> Predict(Matrix<double> logits) => logits;
}
