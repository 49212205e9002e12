using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for notebook 9's exercise: the running mean of Polyak averaging,
/// <c>θ̄_t = θ̄_{t−1} + (θ_t − θ̄_{t−1}) / t</c>. Expected values are derived by hand.
/// </summary>
public static class BeyondFirstOrderExercises
{
    /// <summary>
    /// One step of Polyak averaging: <c>θ̄_t = θ̄_{t−1} + (θ_t − θ̄_{t−1}) / t</c> for the t-th iterate (t ≥ 1), returned as a
    /// new matrix; after t steps it equals <c>(θ_1 + … + θ_t) / t</c>.
    /// </summary>
    public delegate Matrix<double> PolyakStep(Matrix<double> average, Matrix<double> theta, int t);

    /// <summary>
    /// Checks <c>PolyakUpdate</c>: the first iterate replaces any starting average (t = 1), one step of t = 2 halves the way,
    /// a run over several iterates gives their plain mean, and the inputs are left unchanged.
    /// </summary>
    public static void CheckPolyakUpdate(PolyakStep polyakUpdate) => ExerciseCheck.Run(
        "PolyakUpdate",
        "return average + (theta - average) / t; — the t-th iterate moves the mean 1/t of the way towards it (t counts from 1).",
        new[]
        {
            new CheckCase("t = 1: θ̄_1 = θ_1 whatever the starting average", () => new[]
            {
                new Comparison("PolyakUpdate([[5, -5]], [[1, 2]], 1)", Expected.Rows(new double[,] { { 1, 2 } }),
                    polyakUpdate(Expected.Rows(new double[,] { { 5, -5 } }), Expected.Rows(new double[,] { { 1, 2 } }), 1), 1e-15),
            }),
            new CheckCase("t = 2: θ̄_2 = [[1, 2]] + ([[3, 6]] − [[1, 2]]) / 2 = [[2, 4]]", () => new[]
            {
                new Comparison("PolyakUpdate([[1, 2]], [[3, 6]], 2)", Expected.Rows(new double[,] { { 2, 4 } }),
                    polyakUpdate(Expected.Rows(new double[,] { { 1, 2 } }), Expected.Rows(new double[,] { { 3, 6 } }), 2), 1e-15),
            }),
            new CheckCase("the iterates [[1], [0]], [[2], [3]], [[6], [−3]], [[3], [4]] in turn average to [[3], [1]]; the inputs stay unchanged", () =>
            {
                var iterates = new[] { new double[,] { { 1 }, { 0 } }, new double[,] { { 2 }, { 3 } }, new double[,] { { 6 }, { -3 } }, new double[,] { { 3 }, { 4 } } }
                    .Select(Expected.Rows).ToArray();
                var average = Expected.Zeros(2, 1);
                for (int t = 1; t <= iterates.Length; t++)
                {
                    average = polyakUpdate(average, iterates[t - 1], t);
                }
                return new[]
                {
                    new Comparison("θ̄_4", Expected.Rows(new double[,] { { 3 }, { 1 } }), average, 1e-14),
                    new Comparison("θ_3 after the run (must not be modified)", Expected.Rows(new double[,] { { 6 }, { -3 } }), iterates[2], 0),
                };
            }),
        });
}
