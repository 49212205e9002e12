using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for the Initialization assignment's graded functions. Each student function takes <c>layersDims</c>
/// (e.g. <c>[2, 4, 1]</c>) and returns the dictionary <c>W1, b1, …, WL, bL</c>. Expected values are the course's
/// published outputs (numpy, <c>np.random.seed(3)</c>), which <see cref="Randomness.NumpyRandomState"/> reproduces.
/// </summary>
public static class InitializationExercises
{
    private const double Tolerance = 1e-8;

    /// <summary>A student's <c>initialize_parameters_*</c>.</summary>
    public delegate IReadOnlyDictionary<string, Matrix<double>> Initialize(int[] layersDims);

    /// <summary>Checks <c>initialize_parameters_zeros</c>: every W and b is zero, with the course's shapes.</summary>
    public static void CheckZeros(Initialize initializeParametersZeros) => ExerciseCheck.Run(
        "InitializeParametersZeros",
        "W[l] has shape (layersDims[l], layersDims[l-1]) and b[l] has shape (layersDims[l], 1), all zeros; loop l from 1 to L.",
        new[]
        {
            ZerosCase(initializeParametersZeros, new[] { 3, 2, 1 }),
            ZerosCase(initializeParametersZeros, new[] { 2, 10, 5, 1 }),
        });

    /// <summary>Checks <c>initialize_parameters_random</c>: <c>randn(n[l], n[l−1]) · 10</c> after seed 3, biases zero.</summary>
    public static void CheckRandom(Initialize initializeParametersRandom) => ExerciseCheck.Run(
        "InitializeParametersRandom",
        "Common slips: a scale other than 10 (0.01 is the small initialization); seeding again inside the loop (seed 3 once, " +
        "before it, so that each layer continues the stream); drawing W[l] with shape (n[l-1], n[l]) and transposing it; " +
        "drawing the biases too (they stay zero); a loop that misses the last layer.",
        new[]
        {
            new CheckCase("random([3, 2, 1]) against the course's output", () => Expected.Compare(initializeParametersRandom(new[] { 3, 2, 1 }), new[]
            {
                ("W1", Expected.Rows(new[,] { { 17.88628473, 4.36509851, 0.96497468 }, { -18.63492703, -2.77388203, -3.54758979 } })),
                ("b1", Expected.Zeros(2, 1)),
                ("W2", Expected.Rows(new[,] { { -0.82741481, -6.27000677 } })),
                ("b2", Expected.Zeros(1, 1)),
            }, 1e-7)),
        });

    /// <summary>Checks <c>initialize_parameters_he</c>: <c>randn(n[l], n[l−1]) · √(2 / n[l−1])</c> after seed 3, biases zero.</summary>
    public static void CheckHe(Initialize initializeParametersHe) => ExerciseCheck.Run(
        "InitializeParametersHe",
        "Common slips: the size of the layer itself, n[l], where He uses the previous layer's n[l-1]; 2 / n in integers, which is " +
        "0 or 1 (divide as doubles); Xavier's 1/n or Glorot's 2/(n[l-1] + n[l]) under the root instead of 2/n[l-1]; no square root; " +
        "seeding again inside the loop; drawing the biases too.",
        new[]
        {
            new CheckCase("he([2, 4, 1]) against the course's output", () => Expected.Compare(initializeParametersHe(new[] { 2, 4, 1 }), new[]
            {
                ("W1", Expected.Rows(new[,] { { 1.78862847, 0.43650985 }, { 0.09649747, -1.8634927 }, { -0.2773882, -0.35475898 }, { -0.08274148, -0.62700068 } })),
                ("b1", Expected.Zeros(4, 1)),
                ("W2", Expected.Rows(new[,] { { -0.03098412, -0.33744411, -0.92904268, 0.62552248 } })),
                ("b2", Expected.Zeros(1, 1)),
            }, Tolerance)),
            new CheckCase("he([3, 1, 2]) against the course's hidden test", () => Expected.Compare(initializeParametersHe(new[] { 3, 1, 2 }), new[]
            {
                ("W1", Expected.Rows(new[,] { { 1.46040903, 0.3564088, 0.07878985 } })),
                ("b1", Expected.Zeros(1, 1)),
                ("W2", Expected.Rows(new[,] { { -2.63537665 }, { -0.39228616 } })),
                ("b2", Expected.Zeros(2, 1)),
            }, Tolerance)),
        });

    private static CheckCase ZerosCase(Initialize initialize, int[] dims) =>
        new($"zeros([{string.Join(", ", dims)}])", () => Expected.Compare(initialize(dims),
            Enumerable.Range(1, dims.Length - 1).SelectMany(l => new[]
            {
                ($"W{l}", Expected.Zeros(dims[l], dims[l - 1])),
                ($"b{l}", Expected.Zeros(dims[l], 1)),
            }), 0));
}
