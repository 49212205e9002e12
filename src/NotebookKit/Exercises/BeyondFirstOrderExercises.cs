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
    /// Checks <c>PolyakUpdate</c>: the first iterate replaces any starting average (t = 1, so t counts from 1), one step of
    /// t = 2 halves the way, a run over several iterates gives their plain mean (not an exponentially weighted one), the
    /// inputs are left unchanged, and the result is a matrix of its own: later changes to θ (the training goes on) or to
    /// the old average do not reach it.
    /// </summary>
    public static void CheckPolyakUpdate(PolyakStep polyakUpdate) => ExerciseCheck.Run(
        "PolyakUpdate",
        "the t-th iterate moves the mean 1/t of the way towards it, with t counting from 1 (t = 1 gives θ_1 whatever the average held). " +
        "Build the result as a new matrix: changing `average` or `theta` in place, or returning one of them, ties the mean to a matrix the training keeps changing.",
        new[]
        {
            new CheckCase("t = 1: θ̄_1 = θ_1 whatever the starting average (t counts from 1)", () => new[]
            {
                new Comparison("PolyakUpdate([[5, -5]], [[1, 2]], 1)", Expected.Rows(new double[,] { { 1, 2 } }),
                    polyakUpdate(Expected.Rows(new double[,] { { 5, -5 } }), Expected.Rows(new double[,] { { 1, 2 } }), 1), 1e-15),
            }),
            new CheckCase("t = 2: θ̄_2 = [[1, 2]] + ([[3, 6]] − [[1, 2]]) / 2 = [[2, 4]], half the way", () => new[]
            {
                new Comparison("PolyakUpdate([[1, 2]], [[3, 6]], 2)", Expected.Rows(new double[,] { { 2, 4 } }),
                    polyakUpdate(Expected.Rows(new double[,] { { 1, 2 } }), Expected.Rows(new double[,] { { 3, 6 } }), 2), 1e-15),
            }),
            new CheckCase("the iterates [[1], [0]], [[2], [3]], [[6], [−3]], [[3], [4]] in turn average to their plain mean [[3], [1]], each weighing the same", () =>
            {
                var iterates = new[] { new double[,] { { 1 }, { 0 } }, new double[,] { { 2 }, { 3 } }, new double[,] { { 6 }, { -3 } }, new double[,] { { 3 }, { 4 } } }
                    .Select(Expected.Rows).ToArray();
                var average = Expected.Zeros(2, 1);
                for (int t = 1; t <= iterates.Length; t++)
                {
                    average = polyakUpdate(average, iterates[t - 1], t);
                }
                return new[] { new Comparison("θ̄_4", Expected.Rows(new double[,] { { 3 }, { 1 } }), average, 1e-14) };
            }),
            new CheckCase("PolyakUpdate([[1, 2]], [[3, 6]], 2) leaves its inputs unchanged", () =>
            {
                var (average, theta) = (Expected.Rows(new double[,] { { 1, 2 } }), Expected.Rows(new double[,] { { 3, 6 } }));
                polyakUpdate(average, theta, 2);
                return new[]
                {
                    new Comparison("average afterwards (must not be modified)", Expected.Rows(new double[,] { { 1, 2 } }), average, 0),
                    new Comparison("theta afterwards (must not be modified)", Expected.Rows(new double[,] { { 3, 6 } }), theta, 0),
                };
            }),
            new CheckCase("the result is a new matrix: the training then changes θ to [[0, 0]], the caller reuses the old average, and the mean stays put", () =>
            {
                var first = Expected.Rows(new double[,] { { 1, 2 } });
                var afterFirst = polyakUpdate(Expected.Rows(new double[,] { { 5, -5 } }), first, 1);
                first.Clear();
                var previous = Expected.Rows(new double[,] { { 1, 2 } });
                var afterSecond = polyakUpdate(previous, Expected.Rows(new double[,] { { 3, 6 } }), 2);
                previous.Clear();
                return new[]
                {
                    new Comparison("θ̄_1 after θ_1 changed", Expected.Rows(new double[,] { { 1, 2 } }), afterFirst, 1e-15),
                    new Comparison("θ̄_2 after the old average changed", Expected.Rows(new double[,] { { 2, 4 } }), afterSecond, 1e-15),
                };
            }),
        });
}
