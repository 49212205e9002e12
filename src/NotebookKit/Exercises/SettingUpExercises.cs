using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Data;
using NotebookKit.Diagnostics;
using NotebookKit.Randomness;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for the exercises of the "setting up" lectures: normalizing inputs with the training set's statistics,
/// and reading bias and variance off the training, dev and base errors. The lectures publish no test values, so
/// the expected values are derived by hand (small matrices with round μ and σ; the lecture's four error pairs)
/// or taken from the library's <see cref="Standardizer"/> and <see cref="BiasVariance"/>.
/// </summary>
public static class SettingUpExercises
{
    private const double Tolerance = 1e-10;

    /// <summary>
    /// A student's <c>NormalizeInputs</c>: per feature (row) of the training examples, <c>μ = (1/m) Σ x</c> and
    /// <c>σ² = (1/m) Σ (x − μ)²</c>; returns <c>x̂ = (x − μ) / σ</c> for the training and the dev examples, both
    /// with the training set's μ and σ.
    /// </summary>
    public delegate (Matrix<double> TrainX, Matrix<double> DevX) NormalizeInputs(Matrix<double> trainX, Matrix<double> devX);

    /// <summary>
    /// A student's <c>DiagnoseBiasVariance</c>: avoidable bias <c>e_train − e*</c> and variance <c>e_dev − e_train</c>,
    /// each high when it is at least 0.02 (two percentage points).
    /// </summary>
    public delegate BiasVarianceVerdict DiagnoseBiasVariance(double trainError, double devError, double baseError);

    /// <summary>
    /// Checks <c>NormalizeInputs</c>: <c>x̂ = (x − μ) / σ</c> with μ and σ² = (1/m) Σ (x − μ)² of the training rows,
    /// applied unchanged to the dev examples; by hand on a 2 × 4 matrix, then against <see cref="Standardizer"/>.
    /// </summary>
    public static void CheckNormalizeInputs(NormalizeInputs normalizeInputs) => ExerciseCheck.Run(
        "NormalizeInputs",
        "μ and σ are per feature (row), from trainX only; σ² divides by m, not m − 1, and σ is its square root. The dev set is transformed with the training set's μ and σ. Build new matrices: the inputs must come back unchanged.",
        new[]
        {
            new CheckCase(
                "train [[1, 3, 1, 3], [100, 100, 300, 300]], dev [[2, 5], [200, 0]] (by hand: μ = (2, 200), σ = (1, 100))",
                () => Compare(normalizeInputs,
                    Expected.Rows(new double[,] { { 1, 3, 1, 3 }, { 100, 100, 300, 300 } }),
                    Expected.Rows(new double[,] { { 2, 5 }, { 200, 0 } }),
                    Expected.Rows(new double[,] { { -1, 1, -1, 1 }, { -1, -1, 1, 1 } }),
                    Expected.Rows(new double[,] { { 0, 3 }, { 0, -2 } }))),
            new CheckCase(
                "one feature, train [0, 0, 6] (μ = 2, σ² = 8), dev [2, 4]",
                () => Compare(normalizeInputs,
                    Expected.Rows(new double[,] { { 0, 0, 6 } }),
                    Expected.Rows(new double[,] { { 2, 4 } }),
                    Expected.Rows(new double[,] { { -2 / Math.Sqrt(8), -2 / Math.Sqrt(8), 4 / Math.Sqrt(8) } }),
                    Expected.Rows(new double[,] { { 0, 2 / Math.Sqrt(8) } }))),
            new CheckCase(
                "3 features × 6 examples drawn with np.random.seed(1), scaled ×(1, 100, 0.01) and shifted by (0, 500, −3), against Standardizer",
                () =>
                {
                    var random = new NumpyRandomState(1);
                    var scale = Matrix<double>.Build.DenseOfDiagonalArray(new[] { 1.0, 100, 0.01 });
                    var shift = Matrix<double>.Build.DenseOfColumnArrays(new[] { 0.0, 500, -3 });
                    var trainX = scale * random.Randn(3, 6) + shift * Matrix<double>.Build.Dense(1, 6, 1.0);
                    var devX = scale * random.Randn(3, 2) + shift * Matrix<double>.Build.Dense(1, 2, 1.0);
                    var standardizer = new Standardizer().Fit(trainX);
                    return Compare(normalizeInputs, trainX, devX, standardizer.Transform(trainX), standardizer.Transform(devX));
                }),
        });

    /// <summary>
    /// Checks <c>DiagnoseBiasVariance</c> on the lecture's four cases with base error 0 (train/dev 1 %/11 %, 15 %/16 %,
    /// 15 %/30 %, 0.5 %/1 %), on two of them with base error 15 % (the other two have a dev error below e*, which the
    /// chapter says cannot be, so they get no case), on a training error below the base error, and on gaps of exactly
    /// 2 points (high: the threshold is inclusive) and of 1.9 points (not high), for the bias and for the variance.
    /// Together they pin the threshold to the chapter's 0.02.
    /// </summary>
    public static void CheckDiagnoseBiasVariance(DiagnoseBiasVariance diagnoseBiasVariance) => ExerciseCheck.Run(
        "DiagnoseBiasVariance",
        "Avoidable bias is measured from the base error, variance from the training error; each is high when it is at least 0.02 — as a fraction, with exactly 0.02 counting as high. A negative gap is not high. Return HighBiasAndHighVariance when both are high, Neither when none is.",
        new[]
        {
            VerdictCase(diagnoseBiasVariance, 0.01, 0.11, 0.0, BiasVarianceVerdict.HighVariance, "the lecture"),
            VerdictCase(diagnoseBiasVariance, 0.15, 0.16, 0.0, BiasVarianceVerdict.HighBias, "the lecture"),
            VerdictCase(diagnoseBiasVariance, 0.15, 0.30, 0.0, BiasVarianceVerdict.HighBiasAndHighVariance, "the lecture"),
            VerdictCase(diagnoseBiasVariance, 0.005, 0.01, 0.0, BiasVarianceVerdict.Neither, "the lecture"),
            VerdictCase(diagnoseBiasVariance, 0.15, 0.16, 0.15, BiasVarianceVerdict.Neither, "the lecture's errors, blurry images"),
            VerdictCase(diagnoseBiasVariance, 0.15, 0.30, 0.15, BiasVarianceVerdict.HighVariance, "the lecture's errors, blurry images"),
            VerdictCase(diagnoseBiasVariance, 0.12, 0.15, 0.15, BiasVarianceVerdict.HighVariance, "a training error 3 points below e*: a negative bias is not high"),
            VerdictCase(diagnoseBiasVariance, 0.04, 0.05, 0.02, BiasVarianceVerdict.HighBias, "avoidable bias of exactly 2 points: high"),
            VerdictCase(diagnoseBiasVariance, 0.039, 0.04, 0.02, BiasVarianceVerdict.Neither, "avoidable bias of 1.9 points: not high"),
            VerdictCase(diagnoseBiasVariance, 0.02, 0.04, 0.02, BiasVarianceVerdict.HighVariance, "variance of exactly 2 points: high"),
            VerdictCase(diagnoseBiasVariance, 0.02, 0.039, 0.02, BiasVarianceVerdict.Neither, "variance of 1.9 points: not high"),
        });

    private static IEnumerable<Comparison> Compare(
        NormalizeInputs normalizeInputs, Matrix<double> trainX, Matrix<double> devX, Matrix<double> expectedTrain, Matrix<double> expectedDev)
    {
        var (trainCopy, devCopy) = (trainX.Clone(), devX.Clone());
        var (trainNorm, devNorm) = normalizeInputs(trainCopy, devCopy);
        return new[]
        {
            new Comparison("normalized trainX", expectedTrain, trainNorm, Tolerance),
            new Comparison("normalized devX", expectedDev, devNorm, Tolerance),
            new Comparison("trainX after the call (a new matrix is returned, the input is left as it was)", trainX, trainCopy, 0),
            new Comparison("devX after the call (a new matrix is returned, the input is left as it was)", devX, devCopy, 0),
        };
    }

    private static CheckCase VerdictCase(DiagnoseBiasVariance diagnose, double trainError, double devError, double baseError, BiasVarianceVerdict expected, string why) =>
        new(FormattableString.Invariant($"train {100 * trainError:0.0#} %, dev {100 * devError:0.0#} %, base {100 * baseError:0.0#} % ({why}): expected {expected}"), () =>
        {
            var got = diagnose(trainError, devError, baseError);
            return new[]
            {
                new Comparison($"returned {got}, as a number",
                    Matrix<double>.Build.Dense(1, 1, (int)expected), Matrix<double>.Build.Dense(1, 1, (int)got), 0),
            };
        });
}
