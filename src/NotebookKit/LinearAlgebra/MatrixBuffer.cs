using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.LinearAlgebra;

/// <summary>
/// A matrix the training path writes into again and again instead of allocating a new one per iteration. It keeps
/// the two most recent shapes, so an epoch whose last mini-batch is smaller (m mod batch size) allocates nothing
/// after the first epoch. What it hands out lives until the next training pass: never give it to a caller.
/// </summary>
internal sealed class MatrixBuffer
{
    private Matrix<double>? _recent;
    private Matrix<double>? _previous;

    /// <summary>A rows × columns matrix with stale contents (the caller overwrites every entry).</summary>
    public Matrix<double> Shaped(int rows, int columns)
    {
        if (!Fits(_recent, rows, columns))
        {
            (_recent, _previous) = Fits(_previous, rows, columns)
                ? (_previous, _recent)
                : (Matrix<double>.Build.Dense(rows, columns), _recent);
        }
        return _recent!;
    }

    private static bool Fits(Matrix<double>? matrix, int rows, int columns) =>
        matrix is not null && matrix.RowCount == rows && matrix.ColumnCount == columns;
}
