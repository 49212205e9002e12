using MathNet.Numerics.LinearAlgebra;
using NotebookKit.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// An element-wise activation <c>A = g(Z)</c>; backward <c>dZ = dA ⊙ g′(Z)</c>.
/// Each subclass states its g and g′; a NaN in Z stays NaN in A and in dZ, so bad numbers are never hidden.
/// </summary>
public abstract class ActivationLayer : ILayer, IBufferedLayer
{
    private readonly MatrixBuffer _output = new();
    private readonly MatrixBuffer _inputGradient = new();
    private Matrix<double>? _z;
    private Matrix<double>? _a;

    /// <summary>Creates the activation of layer <paramref name="index"/>.</summary>
    protected ActivationLayer(string kind, int index)
    {
        Name = $"{kind} {index}";
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<Parameter> Parameters => Array.Empty<Parameter>();

    /// <summary>g(z).</summary>
    public abstract double Activate(double z);

    /// <summary>g′(z), given z and a = g(z) (whichever is cheaper to use).</summary>
    public abstract double Derivative(double z, double a);

    /// <inheritdoc />
    public Matrix<double> Forward(Matrix<double> input, bool training) =>
        Apply(input, Matrix<double>.Build.Dense(input.RowCount, input.ColumnCount));

    /// <inheritdoc />
    public Matrix<double> Backward(Matrix<double> outputGradient) =>
        Differentiate(outputGradient, Matrix<double>.Build.Dense(outputGradient.RowCount, outputGradient.ColumnCount));

    Matrix<double> IBufferedLayer.ForwardTraining(Matrix<double> input) =>
        Apply(input, _output.Shaped(input.RowCount, input.ColumnCount));

    Matrix<double>? IBufferedLayer.BackwardTraining(Matrix<double> outputGradient, bool inputGradient) =>
        Differentiate(outputGradient, _inputGradient.Shaped(outputGradient.RowCount, outputGradient.ColumnCount));

    /// <summary><c>a[k] = g(z[k])</c> for every entry; a subclass may replace the loop by a faster one with the same numbers.</summary>
    private protected virtual void ActivateAll(ReadOnlySpan<double> z, Span<double> a)
    {
        for (int k = 0; k < z.Length; k++)
        {
            a[k] = Activate(z[k]);
        }
    }

    /// <summary><c>dZ[k] = dA[k]·g′(z[k])</c> for every entry; a subclass may replace the loop like <see cref="ActivateAll"/>.</summary>
    private protected virtual void DifferentiateAll(ReadOnlySpan<double> z, ReadOnlySpan<double> a, ReadOnlySpan<double> dA, Span<double> dZ)
    {
        for (int k = 0; k < z.Length; k++)
        {
            dZ[k] = dA[k] * Derivative(z[k], a[k]);
        }
    }

    private Matrix<double> Apply(Matrix<double> input, Matrix<double> output)
    {
        _z = input;
        _a = output;
        ActivateAll(Values(input), output.AsColumnMajorArray()!);
        return output;
    }

    private Matrix<double> Differentiate(Matrix<double> outputGradient, Matrix<double> inputGradient)
    {
        if (_z is null || _a is null)
        {
            throw new InvalidOperationException($"{Name}: call Forward before Backward.");
        }
        Shapes.RequireSame(outputGradient, "dA", _z, "Z", Name);
        DifferentiateAll(Values(_z), _a.AsColumnMajorArray()!, Values(outputGradient), inputGradient.AsColumnMajorArray()!);
        return inputGradient;
    }

    private static double[] Values(Matrix<double> m) => m.AsColumnMajorArray() ?? m.ToColumnMajorArray();
}
