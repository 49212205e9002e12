using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// One step of forward propagation and its backward step, as in the course's
/// <c>linear_forward</c> / <c>linear_backward</c> pairs: inputs and outputs are features × examples.
/// </summary>
public interface ILayer
{
    /// <summary>A name a student recognises in an error message, e.g. <c>Dense 2</c> or <c>ReLU 1</c>.</summary>
    string Name { get; }

    /// <summary>The layer's trainable parameters (empty for an activation).</summary>
    IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>Computes the layer's output <c>A = f(A_prev)</c> and caches what the backward step needs.</summary>
    /// <param name="input">A_prev, features × examples.</param>
    /// <param name="training">True while training (dropout is active), false at inference.</param>
    Matrix<double> Forward(Matrix<double> input, bool training);

    /// <summary>
    /// Given <c>dA = ∂J/∂A</c> for the last forward output, stores the parameters' gradients and
    /// returns <c>dA_prev = ∂J/∂A_prev</c>.
    /// </summary>
    Matrix<double> Backward(Matrix<double> outputGradient);
}
