using MathNet.Numerics.LinearAlgebra;
using NotebookKit.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// The affine ("linear") step of layer l: <c>Z[l] = W[l]·A[l−1] + b[l]</c>, with <c>W[l]</c> of shape
/// n[l] × n[l−1] and <c>b[l]</c> of shape n[l] × 1 broadcast over the examples (columns).
/// Backward: <c>dW[l] = dZ[l]·A[l−1]ᵀ</c>, <c>db[l] = Σ_columns dZ[l]</c>, <c>dA[l−1] = W[l]ᵀ·dZ[l]</c>
/// (the 1/m of the mean cost is already inside dZ, as the loss's gradient carries it).
/// </summary>
public sealed class Dense : ILayer, IBufferedLayer
{
    private readonly MatrixBuffer _z = new();
    private readonly MatrixBuffer _inputGradient = new();
    private Matrix<double>? _input;

    /// <summary>
    /// Creates layer <paramref name="index"/> with the given initial W and b (used, not copied). A null
    /// <paramref name="bias"/> makes a layer without b[l], as before batch normalization (its β takes b's place):
    /// <see cref="B"/> is then a zero column that is not among the <see cref="Parameters"/> and is never trained.
    /// </summary>
    public Dense(int index, Matrix<double> weights, Matrix<double>? bias)
    {
        if (index < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Layers are numbered from 1, as W1, b1 in the course.");
        }
        Index = index;
        Name = $"Dense {index}";
        var b = bias ?? Matrix<double>.Build.Dense(weights.RowCount, 1);
        Shapes.Require(b, weights.RowCount, 1, Name, $"b{index}");
        W = new Parameter($"W{index}", ParameterKind.Weight, weights);
        B = new Parameter($"b{index}", ParameterKind.Bias, b);
        Parameters = bias is null ? new[] { W } : new[] { W, B };
    }

    /// <summary>The layer number l (1 for the first hidden layer).</summary>
    public int Index { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The weights <c>W[l]</c>.</summary>
    public Parameter W { get; }

    /// <summary>The bias <c>b[l]</c>.</summary>
    public Parameter B { get; }

    /// <summary>n[l−1], the number of inputs.</summary>
    public int InputSize => W.Value.ColumnCount;

    /// <summary>n[l], the number of units.</summary>
    public int OutputSize => W.Value.RowCount;

    /// <inheritdoc />
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <inheritdoc />
    public Matrix<double> Forward(Matrix<double> input, bool training) =>
        Affine(input, Matrix<double>.Build.Dense(OutputSize, input.ColumnCount));

    /// <inheritdoc />
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var input = ParameterGradients(outputGradient);
        var inputGradient = Matrix<double>.Build.Dense(InputSize, input.ColumnCount);
        MatrixProducts.TransposedMultiply(W.Value, outputGradient, inputGradient);
        return inputGradient;
    }

    Matrix<double> IBufferedLayer.ForwardTraining(Matrix<double> input) =>
        Affine(input, _z.Shaped(OutputSize, input.ColumnCount));

    Matrix<double>? IBufferedLayer.BackwardTraining(Matrix<double> outputGradient, bool inputGradient)
    {
        var input = ParameterGradients(outputGradient);
        if (!inputGradient)
        {
            return null;
        }
        var target = _inputGradient.Shaped(InputSize, input.ColumnCount);
        MatrixProducts.TransposedMultiply(W.Value, outputGradient, target);
        return target;
    }

    /// <summary><c>Z = W·A + b</c> into <paramref name="z"/>; remembers A for the backward step.</summary>
    private Matrix<double> Affine(Matrix<double> input, Matrix<double> z)
    {
        if (input.RowCount != InputSize)
        {
            throw new ArgumentException(
                $"{Name}: W{Index} has shape {W.Shape}, so A[{Index - 1}] must have {InputSize} rows " +
                $"(features × examples), but it has shape {Shapes.Of(input)}. " +
                "Check the layer sizes, and that X has one example per column (transpose it if not).");
        }
        _input = input;
        MatrixProducts.Multiply(W.Value, input, z);
        var values = z.AsColumnMajorArray()!;
        var bias = B.Value.AsColumnMajorArray() ?? B.Value.ToColumnMajorArray();
        for (int j = 0; j < z.ColumnCount; j++)
        {
            ElementWise.Add(values.AsSpan(j * bias.Length, bias.Length), bias);
        }
        return z;
    }

    /// <summary><c>dW = dZ·Aᵀ</c> and <c>db = Σ_columns dZ</c> into the parameters' gradients; returns the cached A.</summary>
    private Matrix<double> ParameterGradients(Matrix<double> outputGradient)
    {
        var input = _input ?? throw new InvalidOperationException($"{Name}: call Forward before Backward.");
        if (outputGradient.RowCount != OutputSize || outputGradient.ColumnCount != input.ColumnCount)
        {
            Shapes.Require(outputGradient, OutputSize, input.ColumnCount, Name, $"dZ{Index}");
        }
        MatrixProducts.MultiplyByTransposed(outputGradient, input, W.Gradient);
        var db = B.Gradient.AsColumnMajorArray()!;
        var dz = outputGradient.AsColumnMajorArray() ?? outputGradient.ToColumnMajorArray();
        Array.Clear(db);
        for (int j = 0; j < outputGradient.ColumnCount; j++)
        {
            ElementWise.Add(db, dz.AsSpan(j * db.Length, db.Length));
        }
        return input;
    }
}
