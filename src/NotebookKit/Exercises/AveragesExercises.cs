using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Optimizers;
using NotebookKit.Randomness;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for the exponentially weighted averages of the lectures (no course assignment grades them; the checks
/// mirror the lecture). Expected values are derived by hand on short series, and taken from the library's
/// <see cref="ExponentiallyWeightedAverage"/> on a longer series drawn with <c>np.random.seed(1)</c>.
/// </summary>
public static class AveragesExercises
{
    private const double Tolerance = 1e-12;

    /// <summary>
    /// A student's <c>ExponentiallyWeightedAverages</c>: <c>v_0 = 0</c>, <c>v_t = β·v_{t−1} + (1 − β)·θ_t</c> for
    /// t = 1 … n; returns <c>v_1 … v_n</c>, or with bias correction <c>v_t / (1 − β^t)</c>.
    /// </summary>
    public delegate double[] Averager(double[] theta, double beta, bool biasCorrection);

    /// <summary>
    /// Checks <c>ExponentiallyWeightedAverages</c>: <c>v_t = β·v_{t−1} + (1 − β)·θ_t</c> from <c>v_0 = 0</c>, and
    /// <c>v_t / (1 − β^t)</c> when corrected; by hand on short series, then against the library on 365 values.
    /// </summary>
    public static void CheckExponentiallyWeightedAverages(Averager exponentiallyWeightedAverages) => ExerciseCheck.Run(
        "ExponentiallyWeightedAverages",
        "v starts at 0, not at θ₁; β weighs the old average and 1 − β the new value. The correction divides by 1 − β^t with t counted from 1 (theta[0] is θ₁), only when biasCorrection is true, and only what is stored: the next step uses the uncorrected v. Store v after the update, in a new array.",
        new[]
        {
            HandCase(exponentiallyWeightedAverages,
                "θ = [1, 2, 3], β = 0.5, no correction (by hand: v = 0.5, 0.25 + 1 = 1.25, 0.625 + 1.5 = 2.125)",
                new[] { 1.0, 2, 3 }, 0.5, false, new[] { 0.5, 1.25, 2.125 }),
            HandCase(exponentiallyWeightedAverages,
                "θ = [1, 2, 3], β = 0.5, corrected (by hand: 0.5/0.5 = 1, 1.25/0.75 = 5/3, 2.125/0.875 = 17/7)",
                new[] { 1.0, 2, 3 }, 0.5, true, new[] { 1.0, 5.0 / 3, 17.0 / 7 }),
            HandCase(exponentiallyWeightedAverages,
                "θ = [10, 10, 10], β = 0.9, no correction (by hand: v = 1, 0.9 + 1 = 1.9, 1.71 + 1 = 2.71: far below 10 at first)",
                new[] { 10.0, 10, 10 }, 0.9, false, new[] { 1.0, 1.9, 2.71 }),
            HandCase(exponentiallyWeightedAverages,
                "θ = [10, 10, 10], β = 0.9, corrected (by hand: v = 1, 1.9, 2.71 divided by 0.1, 0.19, 0.271 gives 10 each time)",
                new[] { 10.0, 10, 10 }, 0.9, true, new[] { 10.0, 10, 10 }),
            LibraryCase(exponentiallyWeightedAverages, 0.98, false),
            LibraryCase(exponentiallyWeightedAverages, 0.98, true),
        });

    private static CheckCase HandCase(Averager averager, string description, double[] theta, double beta, bool biasCorrection, double[] expected) =>
        new(description, () => Call(averager, theta, beta, biasCorrection, expected, Tolerance));

    /// <summary>Calls the student's code on a copy of θ: the averages, and θ as the call left it (it must not change).</summary>
    private static IEnumerable<Comparison> Call(Averager averager, double[] theta, double beta, bool biasCorrection, double[] expected, double tolerance)
    {
        var copy = (double[])theta.Clone();
        var averages = averager(copy, beta, biasCorrection);
        return new[]
        {
            Compare("v", expected, averages, tolerance),
            Compare("theta after the call (the averages go in a new array, θ is left as it was)", theta, copy, 0),
        };
    }

    private static CheckCase LibraryCase(Averager averager, double beta, bool biasCorrection) =>
        new($"365 values of np.random.seed(1); np.random.randn(365), β = {beta}, {(biasCorrection ? "corrected" : "no correction")}, against ExponentiallyWeightedAverage.Of", () =>
        {
            var theta = new NumpyRandomState(1).Randn(1, 365).Row(0).ToArray();
            return Call(averager, theta, beta, biasCorrection, ExponentiallyWeightedAverage.Of(theta, beta, biasCorrection), 1e-10);
        });

    private static Comparison Compare(string what, double[] expected, double[]? actual, double tolerance = Tolerance) =>
        new(what, Row(expected), actual is null ? null : Row(actual), tolerance);

    private static Matrix<double> Row(double[] values) => Matrix<double>.Build.Dense(1, values.Length, values);
}
