using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Data;

/// <summary>
/// Examples and their labels in the course's shapes: <c>X</c> is features × m (one example per column) and
/// <c>Y</c> is 1 × m labels (0/1, or class indices) or C × m one-hot, column j of Y belonging to column j of X.
/// Deconstructs as <c>var (X, Y) = data;</c>.
/// </summary>
public sealed class DataSet
{
    /// <summary>Pairs examples with labels; both must have one column per example.</summary>
    /// <param name="x">The examples, features × m.</param>
    /// <param name="y">The labels, 1 × m or C × m.</param>
    public DataSet(Matrix<double> x, Matrix<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.ColumnCount != y.ColumnCount)
        {
            throw new ArgumentException(
                $"X has {x.ColumnCount} examples (shape {Shapes.Of(x)}) but Y has {y.ColumnCount} (shape {Shapes.Of(y)}); " +
                "both need one column per example. If your examples are rows, pass X.Transpose().");
        }
        X = x;
        Y = y;
    }

    /// <summary>The examples, features × m.</summary>
    public Matrix<double> X { get; }

    /// <summary>The labels, 1 × m or C × m.</summary>
    public Matrix<double> Y { get; }

    /// <summary>The number of examples m.</summary>
    public int Examples => X.ColumnCount;

    /// <summary>The number of features n[0].</summary>
    public int Features => X.RowCount;

    /// <summary>Deconstructs into <c>(X, Y)</c>.</summary>
    public void Deconstruct(out Matrix<double> x, out Matrix<double> y)
    {
        x = X;
        y = Y;
    }

    /// <summary>
    /// The examples at <paramref name="columns"/>, in that order, with their labels: column k of the result is
    /// column <c>columns[k]</c> of X and of Y (numpy's <c>X[:, idx], Y[:, idx]</c>).
    /// </summary>
    public DataSet SelectExamples(IReadOnlyList<int> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (int j in columns)
        {
            if (j < 0 || j >= Examples)
            {
                throw new ArgumentOutOfRangeException(nameof(columns), j,
                    $"Example index {j} is outside this data set, which has examples 0 … {Examples - 1}.");
            }
        }
        return new DataSet(
            Matrix<double>.Build.Dense(Features, columns.Count, (i, k) => X[i, columns[k]]),
            Matrix<double>.Build.Dense(Y.RowCount, columns.Count, (i, k) => Y[i, columns[k]]));
    }

    /// <inheritdoc />
    public override string ToString() => $"X {Shapes.Of(X)}, Y {Shapes.Of(Y)}";
}
