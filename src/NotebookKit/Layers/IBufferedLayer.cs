using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// A layer that trains without allocating: the training path's forward and backward steps write into matrices the
/// layer owns and reuses while the batch size stays the same. What they return lives only until the layer's next
/// training step, so only <see cref="Networks.Model"/>'s training path calls them; <see cref="ILayer.Forward"/> and
/// <see cref="ILayer.Backward"/> keep returning matrices the caller owns. A layer without this interface trains
/// through those.
/// </summary>
internal interface IBufferedLayer
{
    /// <summary>As <see cref="ILayer.Forward"/> in training mode, into the layer's own buffer.</summary>
    Matrix<double> ForwardTraining(Matrix<double> input);

    /// <summary>
    /// As <see cref="ILayer.Backward"/>, into the layer's own buffer; when <paramref name="inputGradient"/> is false
    /// (the first layer, whose input is X) only the parameters' gradients are computed and null is returned.
    /// </summary>
    Matrix<double>? BackwardTraining(Matrix<double> outputGradient, bool inputGradient);
}
