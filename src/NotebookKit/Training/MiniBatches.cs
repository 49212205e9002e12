using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Randomness;

namespace NotebookKit.Training;

/// <summary>One mini-batch: a block of example columns of X and the matching columns of Y.</summary>
/// <param name="X">Examples, features × batch size.</param>
/// <param name="Y">Their labels, same number of columns.</param>
public sealed record MiniBatch(Matrix<double> X, Matrix<double> Y)
{
    /// <summary>The number of examples in the batch.</summary>
    public int Size => X.ColumnCount;
}

/// <summary>
/// The course's <c>random_mini_batches(X, Y, mini_batch_size, seed)</c>: <c>np.random.seed(seed)</c>, one
/// <c>permutation = np.random.permutation(m)</c>, the columns of X and Y shuffled by it (so each example keeps
/// its label), then cut into batches of <c>mini_batch_size</c> columns; when m is not a multiple of the size the
/// last batch holds the remaining <c>m mod size</c> examples. With the same seed the batches hold exactly the
/// columns numpy's batches hold.
/// </summary>
public static class MiniBatches
{
    /// <summary>Shuffles with <c>np.random.seed(seed)</c> and cuts into batches of <paramref name="miniBatchSize"/> columns.</summary>
    /// <param name="x">Examples, features × m.</param>
    /// <param name="y">Labels, rows × m (1 × m, or one-hot C × m).</param>
    /// <param name="miniBatchSize">Columns per batch, ≥ 1 (the course uses 64; powers of two are usual).</param>
    /// <param name="seed">The seed of the shuffle (the course's default is 0).</param>
    public static IReadOnlyList<MiniBatch> RandomMiniBatches(Matrix<double> x, Matrix<double> y, int miniBatchSize = 64, int seed = 0)
    {
        CheckInputs(x, y, miniBatchSize);
        var permutation = new NumpyRandomState(seed).Permutation(x.ColumnCount);
        return Partition(Columns(x, permutation), Columns(y, permutation), miniBatchSize);
    }

    /// <summary>Cuts X and Y in order, without shuffling, into batches of <paramref name="miniBatchSize"/> columns.</summary>
    public static IReadOnlyList<MiniBatch> Partition(Matrix<double> x, Matrix<double> y, int miniBatchSize)
    {
        CheckInputs(x, y, miniBatchSize);
        int m = x.ColumnCount;
        var batches = new List<MiniBatch>((m + miniBatchSize - 1) / miniBatchSize);
        for (int start = 0; start < m; start += miniBatchSize)
        {
            int size = Math.Min(miniBatchSize, m - start);
            batches.Add(new MiniBatch(x.SubMatrix(0, x.RowCount, start, size), y.SubMatrix(0, y.RowCount, start, size)));
        }
        return batches;
    }

    /// <summary>Empty batches shaped as <see cref="Partition"/> cuts m examples, for <see cref="Fill"/> to write into epoch after epoch.</summary>
    internal static MiniBatch[] Allocate(int featureRows, int labelRows, int m, int miniBatchSize)
    {
        var batches = new MiniBatch[(m + miniBatchSize - 1) / miniBatchSize];
        for (int b = 0; b < batches.Length; b++)
        {
            int size = Math.Min(miniBatchSize, m - b * miniBatchSize);
            batches[b] = new MiniBatch(Matrix<double>.Build.Dense(featureRows, size), Matrix<double>.Build.Dense(labelRows, size));
        }
        return batches;
    }

    /// <summary>
    /// Writes the examples into <paramref name="batches"/> (made by <see cref="Allocate"/>): batch after batch, column k of
    /// the shuffled set is column <c>permutation[k]</c> of X and Y (column k itself when there is no permutation) —
    /// the batches <see cref="RandomMiniBatches"/> or <see cref="Partition"/> return, without new matrices.
    /// </summary>
    internal static void Fill(Matrix<double> x, Matrix<double> y, int[]? permutation, MiniBatch[] batches)
    {
        var xs = x.AsColumnMajorArray() ?? x.ToColumnMajorArray();
        var ys = y.AsColumnMajorArray() ?? y.ToColumnMajorArray();
        int k = 0;
        foreach (var batch in batches)
        {
            var bx = batch.X.AsColumnMajorArray()!;
            var by = batch.Y.AsColumnMajorArray()!;
            for (int c = 0; c < batch.Size; c++, k++)
            {
                int column = permutation is null ? k : permutation[k];
                Array.Copy(xs, column * x.RowCount, bx, c * x.RowCount, x.RowCount);
                Array.Copy(ys, column * y.RowCount, by, c * y.RowCount, y.RowCount);
            }
        }
    }

    /// <summary><c>matrix[:, permutation]</c>: a new matrix whose column k is column <c>permutation[k]</c>.</summary>
    internal static Matrix<double> Columns(Matrix<double> matrix, int[] permutation)
    {
        int rows = matrix.RowCount;
        var source = matrix.AsColumnMajorArray() ?? matrix.ToColumnMajorArray();
        var target = new double[rows * permutation.Length];
        for (int k = 0; k < permutation.Length; k++)
        {
            Array.Copy(source, permutation[k] * rows, target, k * rows, rows);
        }
        return Matrix<double>.Build.Dense(rows, permutation.Length, target);
    }

    private static void CheckInputs(Matrix<double> x, Matrix<double> y, int miniBatchSize)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (miniBatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(miniBatchSize), miniBatchSize, "The mini-batch size must be at least 1 (the course uses 64).");
        }
        if (x.ColumnCount != y.ColumnCount)
        {
            throw new ArgumentException(
                $"X has shape {Shapes.Of(x)} and Y has shape {Shapes.Of(y)}: they need the same number of columns (examples). " +
                "If X has one example per row, transpose it.");
        }
        if (x.ColumnCount == 0)
        {
            throw new ArgumentException("X has no examples (0 columns); there is nothing to cut into mini-batches.");
        }
    }
}
