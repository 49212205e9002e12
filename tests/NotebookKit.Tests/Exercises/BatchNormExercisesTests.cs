using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>The batch-normalization checks pass the formulas (written here, row by row) and fail the usual mistakes.</summary>
public class BatchNormExercisesTests
{
    [Fact]
    public void The_formulas_pass_both_checks()
    {
        BatchNormExercises.CheckBatchNormForward((z, gamma, beta, epsilon) => Forward(z, gamma, beta, epsilon, unbiased: false, epsilonInside: true));
        BatchNormExercises.CheckBatchNormBackward((dZtilde, z, gamma, epsilon) => Backward(dZtilde, z, gamma, epsilon, complete: true));
    }

    [Fact]
    public void The_unbiased_variance_fails_the_forward_check()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormForward(
            (z, gamma, beta, epsilon) => Forward(z, gamma, beta, epsilon, unbiased: true, epsilonInside: true)));
        Assert.Contains("3 of 3 cases fail", error.Message);
    }

    [Fact]
    public void Epsilon_outside_the_square_root_fails_the_forward_check()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormForward(
            (z, gamma, beta, epsilon) => Forward(z, gamma, beta, epsilon, unbiased: false, epsilonInside: false)));
        Assert.Contains("ε = 1", error.Message);
    }

    [Fact]
    public void Normalizing_over_the_units_instead_of_the_examples_fails_the_forward_check()
    {
        Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormForward(
            (z, gamma, beta, epsilon) => Forward(z.Transpose(), gamma, beta, epsilon, unbiased: false, epsilonInside: true, gammaByColumn: true).Transpose()));
    }

    [Fact]
    public void A_backward_pass_without_the_terms_through_mean_and_variance_fails_both_backward_cases()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormBackward(
            (dZtilde, z, gamma, epsilon) => Backward(dZtilde, z, gamma, epsilon, complete: false)));
        Assert.Contains("2 of 2 cases fail", error.Message);
        Assert.Contains("relative difference", error.Message);
    }

    [Fact]
    public void Missing_solutions_are_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => BatchNormExercises.CheckBatchNormForward((_, _, _, _) => throw new NotImplementedException()));
        Assert.Throws<ExerciseNotImplementedException>(() => BatchNormExercises.CheckBatchNormBackward((_, _, _, _) => throw new NotImplementedException()));
    }

    [Fact]
    public void The_numerical_difference_of_the_right_gradients_is_tiny()
    {
        var (z, gamma, beta, dZtilde) = BatchNormExercises.SeededCase(seed: 3, units: 3, examples: 6);
        var (dZ, dGamma, dBeta) = Backward(dZtilde, z, gamma, 1e-3, complete: true);
        Assert.InRange(BatchNormExercises.NumericalDifference(z, gamma, beta, dZtilde, 1e-3, dZ, dGamma, dBeta), 0, 1e-8);
    }

    private static (double[] Mean, double[] Std) Statistics(Matrix<double> z, double epsilon, bool unbiased, bool epsilonInside)
    {
        int m = z.ColumnCount;
        var mean = z.EnumerateRows().Select(r => r.Sum() / m).ToArray();
        var std = z.EnumerateRows().Select((r, i) =>
        {
            double ss = r.Select(v => (v - mean[i]) * (v - mean[i])).Sum() / (unbiased ? m - 1 : m);
            return epsilonInside ? Math.Sqrt(ss + epsilon) : Math.Sqrt(ss) + epsilon;
        }).ToArray();
        return (mean, std);
    }

    private static Matrix<double> Forward(Matrix<double> z, Matrix<double> gamma, Matrix<double> beta, double epsilon, bool unbiased, bool epsilonInside, bool gammaByColumn = false)
    {
        var (mean, std) = Statistics(z, epsilon, unbiased, epsilonInside);
        return z.MapIndexed((i, j, v) =>
        {
            int u = gammaByColumn ? j % gamma.RowCount : i;
            return gamma[u, 0] * (v - mean[i]) / std[i] + beta[u, 0];
        });
    }

    private static (Matrix<double>, Matrix<double>, Matrix<double>) Backward(Matrix<double> dZtilde, Matrix<double> z, Matrix<double> gamma, double epsilon, bool complete)
    {
        int m = z.ColumnCount;
        var (mean, std) = Statistics(z, epsilon, unbiased: false, epsilonInside: true);
        var zHat = z.MapIndexed((i, _, v) => (v - mean[i]) / std[i]);
        var dBeta = dZtilde.RowSums().ToColumnMatrix();
        var dGamma = dZtilde.PointwiseMultiply(zHat).RowSums().ToColumnMatrix();
        var dZHat = dZtilde.MapIndexed((i, _, d) => d * gamma[i, 0]);
        var meanD = dZHat.RowSums() / m;
        var meanDZ = dZHat.PointwiseMultiply(zHat).RowSums() / m;
        var dZ = dZHat.MapIndexed((i, j, d) => (complete ? d - meanD[i] - zHat[i, j] * meanDZ[i] : d) / std[i]);
        return (dZ, dGamma, dBeta);
    }
}
