using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Losses;

/// <summary>
/// A loss whose gradient can be written into a matrix the training path reuses, so an iteration allocates
/// nothing. A loss without it (any other <see cref="ILoss"/>) still trains, through <see cref="ILoss.Gradient"/>.
/// </summary>
internal interface IBufferedLoss
{
    /// <summary>Writes <c>dZ[L] = ∂J/∂Z[L]</c>, the same numbers as <see cref="ILoss.Gradient"/>, into <paramref name="gradient"/>.</summary>
    void GradientInto(Matrix<double> logits, Matrix<double> labels, Matrix<double> gradient);
}
