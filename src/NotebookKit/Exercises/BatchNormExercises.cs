using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Diagnostics;
using NotebookKit.Layers;
using NotebookKit.Randomness;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for batch normalization's training forward and backward passes: cases derived by hand, seeded cases
/// compared with the library's <see cref="BatchNorm"/> layer, and the student's gradients compared with the two-sided
/// differences of the library's forward pass.
/// </summary>
public static class BatchNormExercises
{
    /// <summary>
    /// The training forward pass: for each unit (row) of Z, over the m examples (columns), <c>μ = (1/m) Σ z</c>,
    /// <c>σ² = (1/m) Σ (z − μ)²</c>, <c>ẑ = (z − μ)/√(σ² + ε)</c>, and returns <c>Z̃ = γ ⊙ ẑ + β</c>.
    /// </summary>
    public delegate Matrix<double> Forward(Matrix<double> z, Matrix<double> gamma, Matrix<double> beta, double epsilon);

    /// <summary>
    /// The backward pass of <see cref="Forward"/> given <c>dZ̃ = ∂J/∂Z̃</c>: returns <c>(dZ, dγ, dβ)</c>.
    /// </summary>
    public delegate (Matrix<double> DZ, Matrix<double> DGamma, Matrix<double> DBeta) Backward(
        Matrix<double> dZtilde, Matrix<double> z, Matrix<double> gamma, double epsilon);

    /// <summary>The largest accepted relative difference from the two-sided differences, as for every layer.</summary>
    public const double GradientCheckTolerance = 1e-7;

    /// <summary>Checks <c>BatchNormForward</c>.</summary>
    public static void CheckBatchNormForward(Forward batchNormForward) => ExerciseCheck.Run(
        "BatchNormForward",
        "Common slips: dividing by m − 1 (the sample variance) where batch norm divides by m; ε outside the square root, or " +
        "left out (a constant row then gives 0/0); statistics over a column or the whole matrix, where each unit (row) has its " +
        "own, over the examples; dividing by σ² instead of σ; γ and β swapped or left out; writing into Z instead of a new matrix.",
        new[]
        {
            new CheckCase("one unit, Z = [1, 2, 3, 4], γ = 1, β = 0, ε = 0 (by hand: μ = 2.5, σ² = 1.25, ẑ = ±0.5/√1.25, ±1.5/√1.25)", () =>
                new[] { new Comparison("Z̃", Row(-1.5, -0.5, 0.5, 1.5) / Math.Sqrt(1.25), batchNormForward(Row(1, 2, 3, 4), Column(1), Column(0), 0), 1e-12) }),
            new CheckCase("two units, Z = [[0, 2], [5, 5]], γ = [2, 3], β = [1, −1], ε = 1 (by hand: row 1 has σ² = 1, so ẑ = ∓1/√2 " +
                "and Z̃ = 1 ∓ √2; row 2 is constant, so ẑ = 0 and Z̃ = β = −1)", () =>
                new[]
                {
                    new Comparison("Z̃", Expected.Rows(new[,] { { 1 - Math.Sqrt(2), 1 + Math.Sqrt(2) }, { -1.0, -1.0 } }),
                        batchNormForward(Expected.Rows(new double[,] { { 0, 2 }, { 5, 5 } }), Column(2, 3), Column(1, -1), 1), 1e-12),
                }),
            new CheckCase("seeded Z (4 × 10), γ, β, ε = 1e-5: the library's BatchNorm in training mode", () =>
            {
                var (z, gamma, beta, _) = SeededCase(seed: 1, units: 4, examples: 10);
                var expected = new BatchNorm(1, gamma.Clone(), beta.Clone(), 1e-5).Forward(z, training: true);
                return new[] { new Comparison("Z̃", expected, batchNormForward(z.Clone(), gamma.Clone(), beta.Clone(), 1e-5), 1e-10) };
            }),
            new CheckCase("seeded Z (3 × 5), γ, β: Z, γ and β are unchanged after the call (Z̃ is a new matrix)", () =>
            {
                var (z, gamma, beta, _) = SeededCase(seed: 4, units: 3, examples: 5);
                var (z0, gamma0, beta0) = (z.Clone(), gamma.Clone(), beta.Clone());
                batchNormForward(z, gamma, beta, 1e-5);
                return new[] { new Comparison("Z after the call", z0, z, 0), new Comparison("gamma after the call", gamma0, gamma, 0), new Comparison("beta after the call", beta0, beta, 0) };
            }),
        });

    /// <summary>Checks <c>BatchNormBackward</c>.</summary>
    public static void CheckBatchNormBackward(Backward batchNormBackward) => ExerciseCheck.Run(
        "BatchNormBackward",
        "Common slips: μ and σ² held fixed (dẑ / s alone), or one of the two terms through them left out — every z moves " +
        "its row's mean and variance; γ left out of dẑ; dγ from z instead of ẑ; dγ and dβ swapped, or averaged instead of " +
        "summed over the examples; ε left out of s; m − 1 in the variance; writing into dZ̃ or Z instead of new matrices.",
        new[]
        {
            new CheckCase("seeded Z (4 × 10), γ, dZ̃, ε = 1e-5: the library's BatchNorm backward", () =>
            {
                var (z, gamma, beta, dZtilde) = SeededCase(seed: 2, units: 4, examples: 10);
                var layer = new BatchNorm(1, gamma.Clone(), beta, 1e-5);
                layer.Forward(z, training: true);
                var dZ = layer.Backward(dZtilde);
                var (studentDZ, studentDGamma, studentDBeta) = batchNormBackward(dZtilde.Clone(), z.Clone(), gamma.Clone(), 1e-5);
                return new[]
                {
                    new Comparison("dZ", dZ, studentDZ, 1e-10),
                    new Comparison("dgamma", layer.Gamma.Gradient, studentDGamma, 1e-10),
                    new Comparison("dbeta", layer.Beta.Gradient, studentDBeta, 1e-10),
                };
            }),
            new CheckCase("seeded Z (3 × 6), γ, dZ̃, ε = 1e-3: the two-sided differences of J = Σ dZ̃ ⊙ Z̃ (ε = 1e-7)", () =>
            {
                var (z, gamma, beta, dZtilde) = SeededCase(seed: 3, units: 3, examples: 6);
                var (dZ, dGamma, dBeta) = batchNormBackward(dZtilde.Clone(), z.Clone(), gamma.Clone(), 1e-3);
                double difference = NumericalDifference(z, gamma, beta, dZtilde, 1e-3, dZ, dGamma, dBeta);
                return new[]
                {
                    new Comparison(FormattableString.Invariant($"relative difference {difference:E2}, needs < {GradientCheckTolerance:E0}"),
                        Scalar(0), Scalar(difference), GradientCheckTolerance),
                };
            }),
            new CheckCase("seeded Z (3 × 5), γ, dZ̃: dZ̃, Z and γ are unchanged after the call", () =>
            {
                var (z, gamma, _, dZtilde) = SeededCase(seed: 4, units: 3, examples: 5);
                var (z0, gamma0, dZtilde0) = (z.Clone(), gamma.Clone(), dZtilde.Clone());
                batchNormBackward(dZtilde, z, gamma, 1e-5);
                return new[] { new Comparison("dZ̃ after the call", dZtilde0, dZtilde, 0), new Comparison("Z after the call", z0, z, 0), new Comparison("gamma after the call", gamma0, gamma, 0) };
            }),
        });

    /// <summary>
    /// The relative difference between the given gradients and the two-sided differences of the library's training
    /// forward pass on <c>J = Σ dZ̃ ⊙ Z̃</c>, over Z, γ and β together.
    /// </summary>
    public static double NumericalDifference(
        Matrix<double> z, Matrix<double> gamma, Matrix<double> beta, Matrix<double> dZtilde, double epsilon,
        Matrix<double> dZ, Matrix<double> dGamma, Matrix<double> dBeta)
    {
        Shapes.RequireSame(dZ, "dZ", z, "Z", "BatchNormBackward");
        Shapes.RequireSame(dGamma, "dgamma", gamma, "gamma", "BatchNormBackward");
        Shapes.RequireSame(dBeta, "dbeta", beta, "beta", "BatchNormBackward");
        var z0 = z.Clone();
        var layer = new BatchNorm(1, gamma.Clone(), beta.Clone(), epsilon);
        var matrices = new[]
        {
            new CheckedMatrix("Z", z0, dZ), new CheckedMatrix("gamma", layer.Gamma.Value, dGamma), new CheckedMatrix("beta", layer.Beta.Value, dBeta),
        };
        return GradientCheck.Compare(matrices, () => layer.Forward(z0, training: true).PointwiseMultiply(dZtilde).Enumerate().Sum()).Difference;
    }

    /// <summary>A seeded case: Z = 3 + 2·randn, γ = 1 + 0.5·randn, β = randn, dZ̃ = randn, drawn in that order.</summary>
    public static (Matrix<double> Z, Matrix<double> Gamma, Matrix<double> Beta, Matrix<double> DZtilde) SeededCase(int seed, int units, int examples)
    {
        var random = new NumpyRandomState(seed);
        var z = random.Randn(units, examples) * 2 + 3;
        var gamma = random.Randn(units, 1) * 0.5 + 1;
        var beta = random.Randn(units, 1);
        return (z, gamma, beta, random.Randn(units, examples));
    }

    private static Matrix<double> Row(params double[] values) => Matrix<double>.Build.DenseOfRowArrays(values);

    private static Matrix<double> Column(params double[] values) => Matrix<double>.Build.DenseOfColumnArrays(values);

    private static Matrix<double> Scalar(double value) => Matrix<double>.Build.Dense(1, 1, value);
}
