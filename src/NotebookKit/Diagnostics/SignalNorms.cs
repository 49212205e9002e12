using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Networks;

namespace NotebookKit.Diagnostics;

/// <summary>The size of the signal at hidden layer l: forward <c>‖A[l]‖_F</c>, backward <c>‖dA[l]‖_F</c> and <c>‖dZ[l]‖_F</c>.</summary>
/// <param name="Layer">The layer l (1 … L−1).</param>
/// <param name="A">The activations' norm <c>‖A[l]‖_F</c>.</param>
/// <param name="DA">The norm of <c>dA[l] = ∂J/∂A[l]</c>, the gradient arriving at the layer's activation.</param>
/// <param name="DZ">The norm of <c>dZ[l] = dA[l] ⊙ g′(Z[l])</c>, the gradient leaving it towards W[l].</param>
public readonly record struct SignalNorm(int Layer, double A, double DA, double DZ);

/// <summary>
/// Where vanishing and exploding show: the forward signal <c>A[l] = g(W[l]A[l−1] + b[l])</c> and the backward signal
/// <c>dA[l−1] = W[l]ᵀ dZ[l]</c>, measured at each hidden layer. With weights that are too large both grow
/// geometrically, the forward one from layer 1 on and the backward one from layer L back; too small, both shrink.
/// The weight gradient <c>dW[l] = dZ[l] A[l−1]ᵀ</c> multiplies the two, so a growing A and a shrinking dZ can cancel
/// in <c>‖dW[l]‖</c>: measure the signals themselves.
/// </summary>
public static class SignalNorms
{
    /// <summary>
    /// One forward pass in training mode and one backward pass of <paramref name="model"/> on (X, Y) — filling the
    /// parameters' gradients as <see cref="Model.Backpropagate"/> does, without the L2 term — and the norms of
    /// A[l], dA[l] and dZ[l] of every hidden layer, layer 1 first.
    /// </summary>
    public static IReadOnlyList<SignalNorm> Of(Model model, Matrix<double> x, Matrix<double> y)
    {
        ArgumentNullException.ThrowIfNull(model);
        var activations = new List<double>();
        var a = x;
        foreach (var layer in model.Layers)
        {
            a = layer.Forward(a, training: true);
            if (layer is ActivationLayer)
            {
                activations.Add(a.FrobeniusNorm());
            }
        }
        var backward = new List<(double DA, double DZ)>();
        var gradient = model.Loss.Gradient(a, y);
        for (int i = model.Layers.Count - 1; i >= 0; i--)
        {
            var layer = model.Layers[i];
            double arriving = gradient.FrobeniusNorm();
            gradient = layer.Backward(gradient);
            if (layer is ActivationLayer)
            {
                backward.Insert(0, (arriving, gradient.FrobeniusNorm()));
            }
        }
        return activations.Select((norm, k) => new SignalNorm(k + 1, norm, backward[k].DA, backward[k].DZ)).ToList();
    }
}
