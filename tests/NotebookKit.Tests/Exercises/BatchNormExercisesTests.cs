using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// The batch-normalization checks pass the formulas (written here, row by row, from the course's lecture and CS231n's
/// <c>batchnorm_backward_alt</c>) and reject the wrong answers a student plausibly writes, each named.
/// </summary>
public class BatchNormExercisesTests
{
    /// <summary>One way to write the forward pass: the right one, or one with a single mistake.</summary>
    private sealed record ForwardWay(bool Unbiased = false, string Epsilon = "inside", bool OverUnits = false, bool WholeMatrix = false,
        bool DivideByVariance = false, bool SwapGammaBeta = false, bool NoAffine = false, bool InPlace = false);

    private sealed record BackwardWay(bool FixedStatistics = false, bool NoMeanTerm = false, bool NoVarianceTerm = false, bool NoGamma = false,
        bool DGammaFromZ = false, bool SwapDGammaDBeta = false, bool NoEpsilon = false, bool Unbiased = false, bool InPlace = false, bool DBetaMean = false);

    private static readonly Dictionary<string, ForwardWay> ForwardMistakes = new()
    {
        ["the sample variance, dividing by m − 1"] = new(Unbiased: true),
        ["ε outside the square root, √σ² + ε"] = new(Epsilon: "outside"),
        ["ε left out"] = new(Epsilon: "none"),
        ["statistics over the units (columns) instead of the examples (rows)"] = new(OverUnits: true),
        ["one mean and variance over the whole matrix"] = new(WholeMatrix: true),
        ["dividing by σ² + ε instead of its square root"] = new(DivideByVariance: true),
        ["γ and β swapped, β ẑ + γ"] = new(SwapGammaBeta: true),
        ["γ and β left out, returning ẑ"] = new(NoAffine: true),
        ["writing Z̃ into Z and returning it"] = new(InPlace: true),
    };

    private static readonly Dictionary<string, BackwardWay> BackwardMistakes = new()
    {
        ["μ and σ² held fixed, dz = dẑ / s"] = new(FixedStatistics: true),
        ["the term through μ left out"] = new(NoMeanTerm: true),
        ["the term through σ² left out"] = new(NoVarianceTerm: true),
        ["γ left out of dẑ"] = new(NoGamma: true),
        ["dγ from z instead of ẑ"] = new(DGammaFromZ: true),
        ["dγ and dβ swapped"] = new(SwapDGammaDBeta: true),
        ["dβ the mean instead of the sum"] = new(DBetaMean: true),
        ["ε left out of s"] = new(NoEpsilon: true),
        ["the sample variance, dividing by m − 1"] = new(Unbiased: true),
        ["dẑ written into dZ̃ in place"] = new(InPlace: true),
    };

    public static TheoryData<string> WrongForwards => new(ForwardMistakes.Keys);

    public static TheoryData<string> WrongBackwards => new(BackwardMistakes.Keys);

    [Fact]
    public void The_formulas_pass_both_checks()
    {
        BatchNormExercises.CheckBatchNormForward((z, gamma, beta, epsilon) => Forward(z, gamma, beta, epsilon, new ForwardWay()));
        BatchNormExercises.CheckBatchNormBackward((dZtilde, z, gamma, epsilon) => Backward(dZtilde, z, gamma, epsilon, new BackwardWay()));
    }

    [Theory]
    [MemberData(nameof(WrongForwards))]
    public void The_forward_check_rejects(string mistake)
    {
        var error = Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormForward(
            (z, gamma, beta, epsilon) => Forward(z, gamma, beta, epsilon, ForwardMistakes[mistake])));
        Assert.Contains("Hint:", error.Message);
    }

    [Theory]
    [MemberData(nameof(WrongBackwards))]
    public void The_backward_check_rejects(string mistake)
    {
        var error = Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormBackward(
            (dZtilde, z, gamma, epsilon) => Backward(dZtilde, z, gamma, epsilon, BackwardMistakes[mistake])));
        Assert.Contains("Hint:", error.Message);
    }

    [Fact]
    public void The_unbiased_variance_fails_every_forward_case_and_eps_outside_fails_the_hand_case_with_eps_1()
    {
        var unbiased = Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormForward(
            (z, gamma, beta, epsilon) => Forward(z, gamma, beta, epsilon, new ForwardWay(Unbiased: true))));
        Assert.Contains("3 of 4 cases fail", unbiased.Message);
        var outside = Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormForward(
            (z, gamma, beta, epsilon) => Forward(z, gamma, beta, epsilon, new ForwardWay(Epsilon: "outside"))));
        Assert.Contains("ε = 1", outside.Message);
    }

    [Fact]
    public void A_backward_pass_with_fixed_statistics_fails_the_library_and_the_numerical_case()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormBackward(
            (dZtilde, z, gamma, epsilon) => Backward(dZtilde, z, gamma, epsilon, new BackwardWay(FixedStatistics: true))));
        Assert.Contains("2 of 3 cases fail", error.Message);
        Assert.Contains("relative difference", error.Message);
    }

    [Fact]
    public void The_hints_name_mistakes_without_the_solution_line()
    {
        var forward = Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormForward(
            (z, gamma, beta, epsilon) => Forward(z, gamma, beta, epsilon, new ForwardWay(Unbiased: true))));
        var backward = Assert.Throws<ExerciseFailedException>(() => BatchNormExercises.CheckBatchNormBackward(
            (dZtilde, z, gamma, epsilon) => Backward(dZtilde, z, gamma, epsilon, new BackwardWay(FixedStatistics: true))));
        Assert.Contains("m − 1", forward.Message[forward.Message.IndexOf("Hint:", StringComparison.Ordinal)..]);
        Assert.Contains("fixed", backward.Message[backward.Message.IndexOf("Hint:", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("dẑ − mean(dẑ)", backward.Message);
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
        var (dZ, dGamma, dBeta) = Backward(dZtilde, z, gamma, 1e-3, new BackwardWay());
        Assert.InRange(BatchNormExercises.NumericalDifference(z, gamma, beta, dZtilde, 1e-3, dZ, dGamma, dBeta), 0, 1e-8);
    }

    private static (double[] Mean, double[] Std) Statistics(Matrix<double> z, double epsilon, bool unbiased, string epsilonAt = "inside", bool wholeMatrix = false)
    {
        int m = z.ColumnCount;
        double all = z.Enumerate().Average();
        var mean = z.EnumerateRows().Select(r => wholeMatrix ? all : r.Sum() / m).ToArray();
        double allVariance = z.Enumerate().Select(v => (v - all) * (v - all)).Average();
        var std = z.EnumerateRows().Select((r, i) =>
        {
            double ss = wholeMatrix ? allVariance : r.Select(v => (v - mean[i]) * (v - mean[i])).Sum() / (unbiased ? m - 1 : m);
            return epsilonAt switch { "inside" => Math.Sqrt(ss + epsilon), "outside" => Math.Sqrt(ss) + epsilon, _ => Math.Sqrt(ss) };
        }).ToArray();
        return (mean, std);
    }

    private static Matrix<double> Forward(Matrix<double> z, Matrix<double> gamma, Matrix<double> beta, double epsilon, ForwardWay way)
    {
        if (way.OverUnits)
        {
            var (columnMean, columnStd) = Statistics(z.Transpose(), epsilon, unbiased: false);
            return z.MapIndexed((i, j, v) => gamma[i, 0] * (v - columnMean[j]) / columnStd[j] + beta[i, 0]);
        }
        var (mean, std) = Statistics(z, epsilon, way.Unbiased, way.Epsilon, way.WholeMatrix);
        var result = z.MapIndexed((i, _, v) =>
        {
            double zHat = way.DivideByVariance ? (v - mean[i]) / (std[i] * std[i]) : (v - mean[i]) / std[i];
            return way.NoAffine ? zHat : way.SwapGammaBeta ? beta[i, 0] * zHat + gamma[i, 0] : gamma[i, 0] * zHat + beta[i, 0];
        });
        if (way.InPlace)
        {
            result.CopyTo(z);
            return z;
        }
        return result;
    }

    private static (Matrix<double>, Matrix<double>, Matrix<double>) Backward(Matrix<double> dZtilde, Matrix<double> z, Matrix<double> gamma, double epsilon, BackwardWay way)
    {
        int m = z.ColumnCount;
        var (mean, std) = Statistics(z, epsilon, way.Unbiased, way.NoEpsilon ? "none" : "inside");
        var zHat = z.MapIndexed((i, _, v) => (v - mean[i]) / std[i]);
        var dBeta = (way.DBetaMean ? dZtilde.RowSums() / m : dZtilde.RowSums()).ToColumnMatrix();
        var dGamma = dZtilde.PointwiseMultiply(way.DGammaFromZ ? z : zHat).RowSums().ToColumnMatrix();
        var dZHat = dZtilde.MapIndexed((i, _, d) => way.NoGamma ? d : d * gamma[i, 0]);
        if (way.InPlace)
        {
            dZHat.CopyTo(dZtilde);
        }
        var meanD = dZHat.RowSums() / m;
        var meanDZ = dZHat.PointwiseMultiply(zHat).RowSums() / m;
        var dZ = dZHat.MapIndexed((i, j, d) => (d
            - (way.FixedStatistics || way.NoMeanTerm ? 0 : meanD[i])
            - (way.FixedStatistics || way.NoVarianceTerm ? 0 : zHat[i, j] * meanDZ[i])) / std[i]);
        return way.SwapDGammaDBeta ? (dZ, dBeta, dGamma) : (dZ, dGamma, dBeta);
    }
}
