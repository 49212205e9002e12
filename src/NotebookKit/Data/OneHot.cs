using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Data;

/// <summary>
/// One-hot encoding of class labels, as a softmax output layer needs them: label c of example j becomes
/// column j of a C × m matrix with <c>Y[c, j] = 1</c> and zeros elsewhere.
/// </summary>
public static class OneHot
{
    /// <summary>Encodes labels 1 × m (integers 0 … C−1 stored as doubles) as a C × m one-hot matrix.</summary>
    /// <param name="labels">The labels, 1 × m.</param>
    /// <param name="classes">The number of classes C; every label must be below it.</param>
    public static Matrix<double> Encode(Matrix<double> labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.RowCount != 1)
        {
            throw new ArgumentException(
                $"OneHot.Encode takes labels as one row, 1 × m; got shape {Shapes.Of(labels)}. If they are already one-hot, use them as they are.",
                nameof(labels));
        }
        if (classes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, "Pass the number of classes C >= 1, e.g. 10 for digits.");
        }
        var encoded = Matrix<double>.Build.Dense(classes, labels.ColumnCount);
        for (int j = 0; j < labels.ColumnCount; j++)
        {
            double label = labels[0, j];
            if (label != Math.Floor(label) || label < 0 || label >= classes)
            {
                throw new ArgumentException(
                    $"Label {label} of example {j} is not a class index 0 … {classes - 1}; labels must be whole numbers below the number of classes.",
                    nameof(labels));
            }
            encoded[(int)label, j] = 1.0;
        }
        return encoded;
    }

    /// <summary>
    /// The class of each column, 1 × m: the row of its largest entry (the first one on ties), so it decodes a
    /// one-hot matrix and also turns softmax probabilities into predicted labels.
    /// </summary>
    /// <param name="oneHot">A C × m matrix.</param>
    public static Matrix<double> Decode(Matrix<double> oneHot)
    {
        ArgumentNullException.ThrowIfNull(oneHot);
        if (oneHot.RowCount == 0)
        {
            throw new ArgumentException("A one-hot matrix needs at least one row (one per class).", nameof(oneHot));
        }
        return Matrix<double>.Build.Dense(1, oneHot.ColumnCount, (_, j) => oneHot.Column(j).MaximumIndex());
    }
}
