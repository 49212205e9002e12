using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Losses;

/// <summary>Checks a loss's inputs and says what to fix; gives the losses their column-major values.</summary>
internal static class LossInputs
{
    public static void Check(ILoss loss, Matrix<double> logits, Matrix<double> labels)
    {
        Shapes.RequireSame(logits, "the output Z[L]", labels, "the labels Y", loss.Name);
        if (logits.ColumnCount == 0)
        {
            throw new ArgumentException($"{loss.Name}: there are no examples (0 columns); the cost of nothing is undefined.");
        }
    }

    /// <summary>The column-major values of a matrix: its own storage when dense, else a copy.</summary>
    public static double[] Values(Matrix<double> matrix) => matrix.AsColumnMajorArray() ?? matrix.ToColumnMajorArray();

    /// <summary>
    /// <c>dZ = (A − Y)/m</c> into <paramref name="gradient"/>, given the outputs A already written there; computed as
    /// MathNet computes <c>(A − Y) / m</c> (a product with 1/m), so both paths give the same numbers.
    /// </summary>
    public static void OutputMinusLabelsOverM(Matrix<double> labels, Matrix<double> gradient)
    {
        var g = gradient.AsColumnMajorArray()!;
        var y = Values(labels);
        double scale = 1.0 / gradient.ColumnCount;
        for (int k = 0; k < g.Length; k++)
        {
            g[k] = (g[k] - y[k]) * scale;
        }
    }
}
