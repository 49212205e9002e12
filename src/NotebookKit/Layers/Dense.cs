using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// The affine ("linear") step of layer l: <c>Z[l] = W[l]·A[l−1] + b[l]</c>, with <c>W[l]</c> of shape
/// n[l] × n[l−1] and <c>b[l]</c> of shape n[l] × 1 broadcast over the examples (columns).
/// Backward: <c>dW[l] = dZ[l]·A[l−1]ᵀ</c>, <c>db[l] = Σ_columns dZ[l]</c>, <c>dA[l−1] = W[l]ᵀ·dZ[l]</c>
/// (the 1/m of the mean cost is already inside dZ, as the loss's gradient carries it).
/// </summary>
public sealed class Dense : ILayer
{
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
    public Matrix<double> Forward(Matrix<double> input, bool training)
    {
        if (input.RowCount != InputSize)
        {
            throw new ArgumentException(
                $"{Name}: W{Index} has shape {W.Shape}, so A[{Index - 1}] must have {InputSize} rows " +
                $"(features × examples), but it has shape {Shapes.Of(input)}. " +
                "Check the layer sizes, and that X has one example per column (transpose it if not).");
        }
        _input = input;
        var z = MatrixProducts.Multiply(W.Value, input);
        var values = z.AsColumnMajorArray() ?? throw new InvalidOperationException($"{Name}: expected a dense matrix.");
        var bias = B.Value.Column(0).ToArray();
        for (int j = 0, k = 0; j < z.ColumnCount; j++)
        {
            for (int i = 0; i < bias.Length; i++, k++)
            {
                values[k] += bias[i];
            }
        }
        return z;
    }

    /// <inheritdoc />
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var input = _input ?? throw new InvalidOperationException($"{Name}: call Forward before Backward.");
        Shapes.Require(outputGradient, OutputSize, input.ColumnCount, Name, $"dZ{Index}");
        MatrixProducts.MultiplyByTransposed(outputGradient, input).CopyTo(W.Gradient);
        B.Gradient.SetColumn(0, outputGradient.RowSums());
        return MatrixProducts.TransposedMultiply(W.Value, outputGradient);
    }
}
