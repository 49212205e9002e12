using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Tests.Networks;

/// <summary>A Dense layer with a planted backprop bug: its gradients are scaled, as in the course's
/// Gradient Checking assignment (dW2 × 2, db1 × 4).</summary>
internal sealed class BrokenDense : ILayer
{
    private readonly Dense _dense;
    private readonly double _weightFactor;
    private readonly double _biasFactor;

    public BrokenDense(Dense dense, double weightFactor, double biasFactor)
    {
        _dense = dense;
        _weightFactor = weightFactor;
        _biasFactor = biasFactor;
    }

    public string Name => _dense.Name;

    public IReadOnlyList<Parameter> Parameters => _dense.Parameters;

    public Matrix<double> Forward(Matrix<double> input, bool training) => _dense.Forward(input, training);

    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var inputGradient = _dense.Backward(outputGradient);
        _dense.W.Gradient.Multiply(_weightFactor, _dense.W.Gradient);
        _dense.B.Gradient.Multiply(_biasFactor, _dense.B.Gradient);
        return inputGradient;
    }
}
