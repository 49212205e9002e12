using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Losses;

/// <summary>Checks a loss's inputs and says what to fix.</summary>
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
}
