using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Diagnostics;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>The setting-up checks pass solutions written from the lectures' formulas and fail wrong or missing ones.</summary>
public class SettingUpExercisesTests
{
    [Fact]
    public void Correct_solutions_pass()
    {
        SettingUpExercises.CheckNormalizeInputs((trainX, devX) => Normalize(trainX, devX, sampleVariance: false, devOwnStatistics: false));
        SettingUpExercises.CheckDiagnoseBiasVariance(Diagnose);
    }

    [Fact]
    public void Dividing_by_m_minus_1_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => SettingUpExercises.CheckNormalizeInputs(
            (trainX, devX) => Normalize(trainX, devX, sampleVariance: true, devOwnStatistics: false)));
        Assert.Contains("3 of 3 cases fail", error.Message);
        Assert.Contains("normalized trainX: entry [0, 0]", error.Message);
    }

    [Fact]
    public void Normalizing_the_dev_set_with_its_own_statistics_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => SettingUpExercises.CheckNormalizeInputs(
            (trainX, devX) => Normalize(trainX, devX, sampleVariance: false, devOwnStatistics: true)));
        Assert.Contains("normalized devX: entry [0, 0] is -1, expected 0", error.Message);
        Assert.DoesNotContain("normalized trainX", error.Message);
    }

    [Fact]
    public void Ignoring_the_base_error_fails_only_the_cases_with_a_base_error()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => SettingUpExercises.CheckDiagnoseBiasVariance(
            (train, dev, baseError) => Diagnose(train, dev, 0)));
        Assert.Contains("3 of 7 cases fail", error.Message);
        Assert.Contains("train 15.0 %, dev 16.0 %, base 15.0 %: expected Neither → returned HighBias, as a number: entry [0, 0] is 1, expected 0", error.Message);
    }

    [Fact]
    public void A_missing_solution_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => SettingUpExercises.CheckDiagnoseBiasVariance((_, _, _) => throw new NotImplementedException()));
        Assert.Throws<ExerciseNotImplementedException>(() => SettingUpExercises.CheckNormalizeInputs((_, _) => throw new NotImplementedException()));
    }

    private static (Matrix<double>, Matrix<double>) Normalize(Matrix<double> trainX, Matrix<double> devX, bool sampleVariance, bool devOwnStatistics)
    {
        (Vector<double> Mean, Vector<double> Std) Statistics(Matrix<double> x)
        {
            var mean = x.RowSums() / x.ColumnCount;
            var centered = x - mean.ToColumnMatrix() * Matrix<double>.Build.Dense(1, x.ColumnCount, 1.0);
            var variance = centered.PointwisePower(2).RowSums() / (sampleVariance ? x.ColumnCount - 1 : x.ColumnCount);
            return (mean, variance.PointwiseSqrt());
        }
        Matrix<double> Apply(Matrix<double> x, (Vector<double> Mean, Vector<double> Std) s) =>
            Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (i, j) => (x[i, j] - s.Mean[i]) / s.Std[i]);
        var train = Statistics(trainX);
        return (Apply(trainX, train), Apply(devX, devOwnStatistics ? Statistics(devX) : train));
    }

    private static BiasVarianceVerdict Diagnose(double trainError, double devError, double baseError) =>
        (trainError - baseError >= 0.02, devError - trainError >= 0.02) switch
        {
            (true, true) => BiasVarianceVerdict.HighBiasAndHighVariance,
            (true, false) => BiasVarianceVerdict.HighBias,
            (false, true) => BiasVarianceVerdict.HighVariance,
            _ => BiasVarianceVerdict.Neither,
        };
}
