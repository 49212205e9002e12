using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>Whether a parameter is a weight matrix <c>W[l]</c> or a bias vector <c>b[l]</c>.</summary>
public enum ParameterKind
{
    /// <summary>A weight matrix <c>W[l]</c>, n[l] × n[l−1]; the L2 penalty applies to it.</summary>
    Weight,

    /// <summary>A bias column <c>b[l]</c>, n[l] × 1; never penalized.</summary>
    Bias,
}

/// <summary>
/// A trainable matrix with the course's name (<c>W1</c>, <c>b1</c>, …) and its gradient
/// (<c>dW1</c>, <c>db1</c>, …) from the last backward pass. Optimizers update <see cref="Value"/> in place.
/// </summary>
public sealed class Parameter
{
    /// <summary>Creates a parameter whose gradient starts at zero.</summary>
    public Parameter(string name, ParameterKind kind, Matrix<double> value)
    {
        Name = name;
        Kind = kind;
        Value = value;
        Gradient = Matrix<double>.Build.Dense(value.RowCount, value.ColumnCount);
    }

    /// <summary>The course's name, e.g. <c>W2</c>.</summary>
    public string Name { get; }

    /// <summary>The gradient's name, e.g. <c>dW2</c>.</summary>
    public string GradientName => "d" + Name;

    /// <summary>Weight or bias.</summary>
    public ParameterKind Kind { get; }

    /// <summary>The current value; updated in place by training.</summary>
    public Matrix<double> Value { get; }

    /// <summary><c>∂J/∂(this parameter)</c> from the last backward pass.</summary>
    public Matrix<double> Gradient { get; }

    /// <summary>A frozen parameter keeps its value during training (transfer learning).</summary>
    public bool Frozen { get; set; }

    /// <summary>The shape as the course writes it, e.g. <c>(5, 2)</c>.</summary>
    public string Shape => Shapes.Of(Value);

    /// <inheritdoc />
    public override string ToString() => $"{Name} {Shape}";
}
