using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for sampling hyperparameters on the lecture's scales (no course assignment grades this; the checks
/// mirror the lecture). The student's sampler takes one uniform draw <c>u = random.RandomSample()</c>
/// (numpy's <c>np.random.rand()</c>) per value. Expected values are derived by hand from the first draws of
/// <c>np.random.seed(0)</c> and <c>np.random.seed(1)</c>, which <see cref="NumpyRandomState"/> reproduces bit
/// for bit; range properties are checked on 4 000 draws.
/// </summary>
public static class HyperparameterExercises
{
    private const int Draws = 4000;

    /// <summary>A student's sampler: one hyperparameter value from one draw of <paramref name="random"/>.</summary>
    public delegate double Sampler(NumpyRandomState random);

    /// <summary>
    /// Checks the learning-rate sampler on the log scale: <c>r = −4·u</c>, <c>α = 10^r</c>, so α lies in
    /// [10⁻⁴, 1] and each decade (10⁻⁴ to 10⁻³, …, 0.1 to 1) holds a quarter of the draws.
    /// </summary>
    public static void CheckSampleLearningRate(Sampler sampleLearningRate) => ExerciseCheck.Run(
        "SampleLearningRate",
        "Look for: exactly one draw per value; an exponent r from 0 down to −4; α is 10 to the power r (not r itself, not e^r). " +
        "Drawing α itself uniformly puts 90 % of the draws in [0.1, 1].",
        new[]
        {
            DrawCase(sampleLearningRate, seed: 0,
                "seed 0: u = 0.5488135, 0.7151894, 0.6027634 → r = −2.1952540, −2.8607575, −2.4110535 → α = 10^r = 0.0063789, 0.0013780, 0.0038810",
                new[] { 0.006378902796357025, 0.0013779787950619286, 0.003881025495203445 }),
            DrawCase(sampleLearningRate, seed: 1,
                "seed 1: u = 0.4170220, 0.7203245, 0.0001144 → α = 0.0214740, 0.0013143, 0.9989471 (a tiny u gives α near 1)",
                new[] { 0.02147395215717599, 0.001314322752836385, 0.9989471236659208 }),
            new CheckCase($"{Draws} draws from seed 42: none outside [1e-4, 1], and a quarter (± 0.03) in each decade", () =>
            {
                var values = Sample(sampleLearningRate, 42);
                double Share(double low, double high) => values.Count(v => v >= low && v < high) / (double)Draws;
                return new[]
                {
                    new Comparison("draws outside [1e-4, 1]", Row(0), Row(values.Count(v => !(v >= 1e-4 && v <= 1))), 0),
                    new Comparison("share of draws in [1e-4, 1e-3), [1e-3, 1e-2), [1e-2, 0.1), [0.1, 1]",
                        Row(0.25, 0.25, 0.25, 0.25), Row(Share(1e-4, 1e-3), Share(1e-3, 1e-2), Share(1e-2, 0.1), Share(0.1, 1.0 + 1e-12)), 0.03),
                };
            }),
        });

    /// <summary>
    /// Checks the β sampler for β in [0.9, 0.999]: sample 1 − β on the log scale, <c>r = −1 − 2·u</c> (r in
    /// [−3, −1]), <c>β = 1 − 10^r</c>, so half of the draws lie in [0.99, 0.999] — where the averaging window
    /// 1/(1 − β) changes fastest.
    /// </summary>
    public static void CheckSampleBeta(Sampler sampleBeta) => ExerciseCheck.Run(
        "SampleBeta",
        "Look for: exactly one draw per value; an exponent r from −1 (at u = 0) down to −3 (at u = 1), not the other way round; " +
        "1 − β is 10 to the power r, so β is 1 minus it. Drawing β itself uniformly puts only 9 % of the draws above 0.99.",
        new[]
        {
            DrawCase(sampleBeta, seed: 0,
                "seed 0: u = 0.5488135, 0.7151894, 0.6027634 → r = −2.0976270, −2.4303787, −2.2055268 → β = 1 − 10^r = 0.9920132, 0.9962879, 0.9937702",
                new[] { 0.9920131966367282, 0.9962878863230473, 0.9937702122867601 }),
            DrawCase(sampleBeta, seed: 1,
                "seed 1: u = 0.4170220, 0.7203245, 0.0001144 → β = 0.9853460, 0.9963746, 0.9000527 (a tiny u gives β near 0.9)",
                new[] { 0.9853460066339663, 0.9963746410483424, 0.9000526576808607 }),
            new CheckCase($"{Draws} draws from seed 42: none outside [0.9, 0.999], and half (± 0.03) in [0.99, 0.999]", () =>
            {
                var values = Sample(sampleBeta, 42);
                return new[]
                {
                    new Comparison("draws outside [0.9, 0.999]", Row(0), Row(values.Count(v => !(v >= 0.9 && v <= 0.999))), 0),
                    new Comparison("share of draws in [0.99, 0.999]", Row(0.5), Row(values.Count(v => v >= 0.99) / (double)Draws), 0.03),
                };
            }),
        });

    private static CheckCase DrawCase(Sampler sampler, int seed, string description, double[] expected) =>
        new(description, () =>
        {
            var random = new NumpyRandomState(seed);
            var got = expected.Select(_ => sampler(random)).ToArray();
            return new[] { new Comparison($"three calls after NumpyRandomState({seed})", Row(expected), Row(got), 1e-12) };
        });

    private static double[] Sample(Sampler sampler, int seed)
    {
        var random = new NumpyRandomState(seed);
        return Enumerable.Range(0, Draws).Select(_ => sampler(random)).ToArray();
    }

    private static Matrix<double> Row(params double[] values) => Matrix<double>.Build.Dense(1, values.Length, values);
}
