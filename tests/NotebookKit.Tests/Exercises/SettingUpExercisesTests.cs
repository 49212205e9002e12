using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Diagnostics;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// The setting-up checks pass solutions written from the lectures' formulas and reject the wrong answers a student
/// plausibly writes, each named below. Expected values are the checks' own hand derivations (μ = (2, 200), σ = (1, 100)
/// on a 2 × 4 matrix; the lecture's error pairs read with the chapter's 2-point threshold).
/// </summary>
public class SettingUpExercisesTests
{
    private delegate (Matrix<double>, Matrix<double>) Normalizer(Matrix<double> trainX, Matrix<double> devX);

    private static readonly Dictionary<string, Normalizer> WrongNormalizations = new()
    {
        ["sample variance: divides by m − 1"] = (trainX, devX) => Normalize(trainX, devX, variance: SampleVariance),
        ["dev set with its own μ and σ"] = (trainX, devX) => (Normalize(trainX, trainX).Item1, Normalize(devX, devX).Item1),
        ["μ and σ of train and dev together"] = (trainX, devX) =>
        {
            var both = trainX.Append(devX);
            var (mean, std) = Statistics(both, PopulationVariance);
            return (Apply(trainX, mean, std), Apply(devX, mean, std));
        },
        ["divides by σ² instead of σ"] = (trainX, devX) =>
        {
            var (mean, std) = Statistics(trainX, PopulationVariance);
            var variance = std.PointwisePower(2);
            return (Apply(trainX, mean, variance), Apply(devX, mean, variance));
        },
        ["only divides by σ, does not subtract μ"] = (trainX, devX) =>
        {
            var (_, std) = Statistics(trainX, PopulationVariance);
            var zero = Vector<double>.Build.Dense(trainX.RowCount);
            return (Apply(trainX, zero, std), Apply(devX, zero, std));
        },
        ["only subtracts μ, does not divide by σ"] = (trainX, devX) =>
        {
            var (mean, _) = Statistics(trainX, PopulationVariance);
            var one = Vector<double>.Build.Dense(trainX.RowCount, 1.0);
            return (Apply(trainX, mean, one), Apply(devX, mean, one));
        },
        ["one μ and σ over all entries instead of one per feature"] = (trainX, devX) =>
        {
            double mean = trainX.Enumerate().Average();
            double std = Math.Sqrt(trainX.Enumerate().Select(x => (x - mean) * (x - mean)).Average());
            return (trainX.Map(x => (x - mean) / std), devX.Map(x => (x - mean) / std));
        },
        ["transposed: statistics per example (column) instead of per feature (row)"] = (trainX, devX) =>
        {
            var (train, _) = Normalize(trainX.Transpose(), trainX.Transpose());
            var (mean, std) = Statistics(trainX, PopulationVariance);
            return (train.Transpose(), Apply(devX, mean, std));
        },
        ["normalizes the inputs in place and returns them"] = (trainX, devX) =>
        {
            var (train, dev) = Normalize(trainX, devX);
            train.CopyTo(trainX);
            dev.CopyTo(devX);
            return (trainX, devX);
        },
        ["returns the inputs unchanged"] = (trainX, devX) => (trainX, devX),
    };

    private static readonly Dictionary<string, SettingUpExercises.DiagnoseBiasVariance> WrongDiagnoses = new()
    {
        ["strict threshold: > 0.02 instead of ≥ 0.02"] = (train, dev, e) => Verdict(train - e > 0.02, dev - train > 0.02),
        ["threshold of 1 point"] = (train, dev, e) => Verdict(train - e >= 0.01, dev - train >= 0.01),
        ["threshold of 5 points"] = (train, dev, e) => Verdict(train - e >= 0.05, dev - train >= 0.05),
        ["threshold of 10 points"] = (train, dev, e) => Verdict(train - e >= 0.10, dev - train >= 0.10),
        ["threshold in percent: ≥ 2 on fractions"] = (train, dev, e) => Verdict(train - e >= 2, dev - train >= 2),
        ["ignores the base error"] = (train, dev, e) => Verdict(train >= 0.02, dev - train >= 0.02),
        ["variance measured from the base error: dev − e*"] = (train, dev, e) => Verdict(train - e >= 0.02, dev - e >= 0.02),
        ["absolute gaps: a training error below e* counts as bias"] = (train, dev, e) => Verdict(Math.Abs(train - e) >= 0.02, Math.Abs(dev - train) >= 0.02),
        ["bias and variance swapped"] = (train, dev, e) => Verdict(dev - train >= 0.02, train - e >= 0.02),
        ["both high reported as high bias only"] = (train, dev, e) =>
            train - e >= 0.02 ? BiasVarianceVerdict.HighBias : dev - train >= 0.02 ? BiasVarianceVerdict.HighVariance : BiasVarianceVerdict.Neither,
        ["always Neither"] = (_, _, _) => BiasVarianceVerdict.Neither,
        ["always HighBiasAndHighVariance"] = (_, _, _) => BiasVarianceVerdict.HighBiasAndHighVariance,
    };

    public static TheoryData<string> WrongNormalizationNames() => new(WrongNormalizations.Keys);

    public static TheoryData<string> WrongDiagnosisNames() => new(WrongDiagnoses.Keys);

    [Fact]
    public void The_lectures_formulas_pass()
    {
        SettingUpExercises.CheckNormalizeInputs((trainX, devX) => Normalize(trainX, devX));
        SettingUpExercises.CheckDiagnoseBiasVariance((train, dev, e) => Verdict(train - e >= 0.02, dev - train >= 0.02));
    }

    [Fact]
    public void The_other_ways_of_writing_the_threshold_pass_too()
    {
        SettingUpExercises.CheckDiagnoseBiasVariance((train, dev, e) => Verdict(train >= e + 0.02, dev >= train + 0.02));
        SettingUpExercises.CheckDiagnoseBiasVariance((train, dev, e) => Verdict(100 * (train - e) >= 2, 100 * (dev - train) >= 2));
        SettingUpExercises.CheckDiagnoseBiasVariance((train, dev, e) => Verdict(!(train - e < 0.02), !(dev - train < 0.02)));
    }

    [Theory]
    [MemberData(nameof(WrongNormalizationNames))]
    public void NormalizeInputs_rejects(string mistake)
    {
        var error = Assert.Throws<ExerciseFailedException>(() => SettingUpExercises.CheckNormalizeInputs((trainX, devX) => WrongNormalizations[mistake](trainX, devX)));
        Assert.Equal("NormalizeInputs", error.Exercise);
        Assert.Contains("Hint:", error.Message);
    }

    [Theory]
    [MemberData(nameof(WrongDiagnosisNames))]
    public void DiagnoseBiasVariance_rejects(string mistake)
    {
        var error = Assert.Throws<ExerciseFailedException>(() => SettingUpExercises.CheckDiagnoseBiasVariance(WrongDiagnoses[mistake]));
        Assert.Equal("DiagnoseBiasVariance", error.Exercise);
    }

    [Fact]
    public void The_failing_case_names_the_mistake()
    {
        var strict = Assert.Throws<ExerciseFailedException>(() => SettingUpExercises.CheckDiagnoseBiasVariance(WrongDiagnoses["strict threshold: > 0.02 instead of ≥ 0.02"]));
        Assert.Contains("2 of 11 cases fail.", strict.Message);
        Assert.Contains("train 4.0 %, dev 5.0 %, base 2.0 % (avoidable bias of exactly 2 points: high): expected HighBias", strict.Message);
        var absolute = Assert.Throws<ExerciseFailedException>(() => SettingUpExercises.CheckDiagnoseBiasVariance(WrongDiagnoses["absolute gaps: a training error below e* counts as bias"]));
        Assert.Contains("1 of 11 cases fails.", absolute.Message);
        Assert.Contains("(a training error 3 points below e*: a negative bias is not high)", absolute.Message);
        var inPlace = Assert.Throws<ExerciseFailedException>(() => SettingUpExercises.CheckNormalizeInputs((trainX, devX) => WrongNormalizations["normalizes the inputs in place and returns them"](trainX, devX)));
        Assert.Contains("trainX after the call", inPlace.Message);
        var ownStatistics = Assert.Throws<ExerciseFailedException>(() => SettingUpExercises.CheckNormalizeInputs((trainX, devX) => WrongNormalizations["dev set with its own μ and σ"](trainX, devX)));
        Assert.Contains("normalized devX: entry [0, 0] is -1, expected 0", ownStatistics.Message);
        Assert.DoesNotContain("normalized trainX", ownStatistics.Message);
    }

    [Fact]
    public void The_hint_names_the_mistake_without_the_solution_line()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => SettingUpExercises.CheckDiagnoseBiasVariance(WrongDiagnoses["threshold of 5 points"]));
        Assert.DoesNotContain(">= 0.02", error.Message);
        Assert.DoesNotContain("trainError - baseError", error.Message);
    }

    [Fact]
    public void A_missing_solution_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => SettingUpExercises.CheckDiagnoseBiasVariance((_, _, _) => throw new NotImplementedException()));
        Assert.Throws<ExerciseNotImplementedException>(() => SettingUpExercises.CheckNormalizeInputs((_, _) => throw new NotImplementedException()));
    }

    private static double PopulationVariance(double sumOfSquares, int m) => sumOfSquares / m;

    private static double SampleVariance(double sumOfSquares, int m) => sumOfSquares / (m - 1);

    private static (Vector<double> Mean, Vector<double> Std) Statistics(Matrix<double> x, Func<double, int, double> variance)
    {
        var mean = x.RowSums() / x.ColumnCount;
        var std = Vector<double>.Build.Dense(x.RowCount, i => Math.Sqrt(variance(x.Row(i).Select(v => (v - mean[i]) * (v - mean[i])).Sum(), x.ColumnCount)));
        return (mean, std);
    }

    private static Matrix<double> Apply(Matrix<double> x, Vector<double> mean, Vector<double> std) =>
        Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (i, j) => (x[i, j] - mean[i]) / std[i]);

    private static (Matrix<double>, Matrix<double>) Normalize(Matrix<double> trainX, Matrix<double> devX, Func<double, int, double>? variance = null)
    {
        var (mean, std) = Statistics(trainX, variance ?? PopulationVariance);
        return (Apply(trainX, mean, std), Apply(devX, mean, std));
    }

    private static BiasVarianceVerdict Verdict(bool highBias, bool highVariance) => (highBias, highVariance) switch
    {
        (true, true) => BiasVarianceVerdict.HighBiasAndHighVariance,
        (true, false) => BiasVarianceVerdict.HighBias,
        (false, true) => BiasVarianceVerdict.HighVariance,
        _ => BiasVarianceVerdict.Neither,
    };
}
