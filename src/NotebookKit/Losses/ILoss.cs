using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Losses;

/// <summary>
/// A cost together with the output activation it pairs with, computed from the last layer's
/// pre-activations (logits) <c>Z[L]</c> so that it stays finite where <c>log(a)</c> would not.
/// The cost is the mean over the m examples (columns); the gradient <c>dZ[L] = ∂J/∂Z[L]</c> carries the 1/m.
/// </summary>
public interface ILoss
{
    /// <summary>A readable name, e.g. <c>binary cross-entropy</c>.</summary>
    string Name { get; }

    /// <summary>The output activation <c>A[L] = g(Z[L])</c> (probabilities, or the prediction itself).</summary>
    Matrix<double> Output(Matrix<double> logits);

    /// <summary>The cost J, averaged over the examples.</summary>
    double Cost(Matrix<double> logits, Matrix<double> labels);

    /// <summary><c>dZ[L] = ∂J/∂Z[L]</c>.</summary>
    Matrix<double> Gradient(Matrix<double> logits, Matrix<double> labels);

    /// <summary>The predicted labels for the outputs: 1 × m.</summary>
    Matrix<double> Predict(Matrix<double> logits);
}
