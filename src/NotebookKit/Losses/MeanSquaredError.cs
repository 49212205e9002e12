using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Losses;

/// <summary>
/// Mean squared error on a linear output: <c>J = 1/(2m) Σ (a − y)²</c> with <c>a = z</c>;
/// gradient <c>dZ = (a − y) / m</c>. (The ½ makes the gradient clean; PyTorch's <c>MSELoss</c> has no ½ and
/// also averages over the output units.)
/// </summary>
public sealed class MeanSquaredError : ILoss
{
    /// <inheritdoc />
    public string Name => "mean squared error";

    /// <inheritdoc />
    public Matrix<double> Output(Matrix<double> logits) => logits;

    /// <inheritdoc />
    public double Cost(Matrix<double> logits, Matrix<double> labels)
    {
        LossInputs.Check(this, logits, labels);
        var error = logits - labels;
        return error.Enumerate().Sum(e => e * e) / (2.0 * logits.ColumnCount);
    }

    /// <inheritdoc />
    public Matrix<double> Gradient(Matrix<double> logits, Matrix<double> labels)
    {
        LossInputs.Check(this, logits, labels);
        return (logits - labels) / logits.ColumnCount;
    }

    /// <summary>The output itself is the prediction.</summary>
    public Matrix<double> Predict(Matrix<double> logits) => logits;
}
