using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// An element-wise activation <c>A = g(Z)</c>; backward <c>dZ = dA ⊙ g′(Z)</c>.
/// Each subclass states its g and g′.
/// </summary>
public abstract class ActivationLayer : ILayer
{
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
    public Matrix<double> Forward(Matrix<double> input, bool training)
    {
        _z = input;
        var a = input.ToColumnMajorArray();
        for (int k = 0; k < a.Length; k++)
        {
            a[k] = Activate(a[k]);
        }
        _a = Matrix<double>.Build.Dense(input.RowCount, input.ColumnCount, a);
        return _a;
    }

    /// <inheritdoc />
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        if (_z is null || _a is null)
        {
            throw new InvalidOperationException($"{Name}: call Forward before Backward.");
        }
        Shapes.RequireSame(outputGradient, "dA", _z, "Z", Name);
        var z = _z.ToColumnMajorArray();
        var a = _a.ToColumnMajorArray();
        var dz = outputGradient.ToColumnMajorArray();
        for (int k = 0; k < dz.Length; k++)
        {
            dz[k] *= Derivative(z[k], a[k]);
        }
        return Matrix<double>.Build.Dense(outputGradient.RowCount, outputGradient.ColumnCount, dz);
    }
}
