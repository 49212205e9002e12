using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;
using NotebookKit.Randomness;
using NotebookKit.Training;

namespace NotebookKit.Tests.Exercises;

/// <summary>The mini-batch and learning-rate-decay checks pass solutions written from the course's formulas and fail common mistakes.</summary>
public class OptimizationMethodsExercisesTests
{
    [Fact]
    public void Correct_solutions_pass()
    {
        OptimizationMethodsExercises.CheckRandomMiniBatches((x, y, size, seed) => RandomMiniBatches(x, y, size, seed));
        OptimizationMethodsExercises.CheckUpdateLr((rate0, epoch, decay) => rate0 / (1 + decay * epoch));
        OptimizationMethodsExercises.CheckScheduleLrDecay((rate0, epoch, decay, interval) => rate0 / (1 + decay * Math.Floor((double)epoch / interval)));
    }

    [Fact]
    public void The_library_mini_batches_pass_the_course_check()
    {
        OptimizationMethodsExercises.CheckRandomMiniBatches((x, y, size, seed) =>
            MiniBatches.RandomMiniBatches(x, y, size, seed).Select(b => (b.X, b.Y)).ToList());
    }

    [Fact]
    public void Shuffling_y_with_a_second_permutation_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => OptimizationMethodsExercises.CheckRandomMiniBatches((x, y, size, seed) =>
        {
            var random = new NumpyRandomState(seed);
            var px = random.Permutation(x.ColumnCount);
            var py = random.Permutation(x.ColumnCount);
            return Partition(Shuffle(x, px), Shuffle(y, py), size);
        }));
        Assert.Contains("mini-batch 0 Y (the index of each column)", error.Message);
    }

    [Fact]
    public void Dropping_the_last_smaller_batch_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => OptimizationMethodsExercises.CheckRandomMiniBatches((x, y, size, seed) =>
            RandomMiniBatches(x, y, size, seed).Where(b => b.X.ColumnCount == size).ToList()));
        Assert.Contains("4 of 5 cases fail", error.Message);
        Assert.Contains("number of mini-batches: entry [0, 0] is 2, expected 3", error.Message);
    }

    [Fact]
    public void Not_shuffling_fails()
    {
        Assert.Throws<ExerciseFailedException>(() => OptimizationMethodsExercises.CheckRandomMiniBatches((x, y, size, seed) => Partition(x, y, size)));
    }

    [Fact]
    public void Schedule_without_the_floor_fails_and_names_the_rate()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => OptimizationMethodsExercises.CheckScheduleLrDecay(
            (rate0, epoch, decay, interval) => rate0 / (1 + decay * epoch / interval)));
        Assert.Contains("rate 1: entry [0, 0] is 0.4854368932, expected 0.5", error.Message);
        Assert.Contains("Math.Floor", error.Message);
    }

    [Fact]
    public void Update_lr_with_exponential_decay_fails()
    {
        Assert.Throws<ExerciseFailedException>(() => OptimizationMethodsExercises.CheckUpdateLr(
            (rate0, epoch, decay) => rate0 * Math.Pow(0.95, epoch)));
    }

    [Fact]
    public void Missing_solutions_are_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => OptimizationMethodsExercises.CheckRandomMiniBatches((x, y, size, seed) => throw new NotImplementedException()));
        Assert.Throws<ExerciseNotImplementedException>(() => OptimizationMethodsExercises.CheckUpdateLr((rate0, epoch, decay) => throw new NotImplementedException()));
        Assert.Throws<ExerciseNotImplementedException>(() => OptimizationMethodsExercises.CheckScheduleLrDecay((rate0, epoch, decay, interval) => throw new NotImplementedException()));
    }

    /// <summary>The course's random_mini_batches, written out.</summary>
    private static List<(Matrix<double> X, Matrix<double> Y)> RandomMiniBatches(Matrix<double> x, Matrix<double> y, int size, int seed)
    {
        var permutation = new NumpyRandomState(seed).Permutation(x.ColumnCount);
        return Partition(Shuffle(x, permutation), Shuffle(y, permutation), size);
    }

    private static Matrix<double> Shuffle(Matrix<double> m, int[] permutation) =>
        Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount, (i, j) => m[i, permutation[j]]);

    private static List<(Matrix<double> X, Matrix<double> Y)> Partition(Matrix<double> x, Matrix<double> y, int size)
    {
        var batches = new List<(Matrix<double> X, Matrix<double> Y)>();
        for (int start = 0; start < x.ColumnCount; start += size)
        {
            int n = Math.Min(size, x.ColumnCount - start);
            batches.Add((x.SubMatrix(0, x.RowCount, start, n), y.SubMatrix(0, y.RowCount, start, n)));
        }
        return batches;
    }
}
