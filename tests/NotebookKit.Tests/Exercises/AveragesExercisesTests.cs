using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// The averaging check passes the lecture's formula and rejects the wrong answers a student plausibly writes, each named
/// below. Expected values are the check's hand derivations (θ = [1, 2, 3], β = 0.5: v = 0.5, 1.25, 2.125, corrected
/// 1, 5/3, 17/7; a constant 10, β = 0.9: v = 1, 1.9, 2.71, corrected 10 each day).
/// </summary>
public class AveragesExercisesTests
{
    private static readonly Dictionary<string, AveragesExercises.Averager> WrongAverages = new()
    {
        ["feeds the corrected value back into the next step"] = (theta, beta, biasCorrection) =>
        {
            var averages = new double[theta.Length];
            double v = 0;
            for (int t = 1; t <= theta.Length; t++)
            {
                v = beta * v + (1 - beta) * theta[t - 1];
                if (biasCorrection)
                {
                    v /= 1 - Math.Pow(beta, t);
                }
                averages[t - 1] = v;
            }
            return averages;
        },
        ["β and 1 − β swapped"] = (theta, beta, biasCorrection) => Average(theta, 1 - beta, biasCorrection),
        ["starts from v = θ₁ instead of 0"] = (theta, beta, biasCorrection) => Average(theta, beta, biasCorrection, start: theta[0]),
        ["t off by one: 1 − β^(t+1)"] = (theta, beta, biasCorrection) => Average(theta, beta, biasCorrection, power: t => t + 1),
        ["t counted from 0: 1 − β^(t−1)"] = (theta, beta, biasCorrection) => Average(theta, beta, biasCorrection, power: t => t - 1),
        ["forgets the bias correction"] = (theta, beta, _) => Average(theta, beta, false),
        ["always corrects"] = (theta, beta, _) => Average(theta, beta, true),
        ["divides by 1 − β instead of 1 − β^t"] = (theta, beta, biasCorrection) =>
            Average(theta, beta, false).Select(v => biasCorrection ? v / (1 - beta) : v).ToArray(),
        ["stores v before the update (v_{t−1})"] = (theta, beta, biasCorrection) =>
        {
            var averages = Average(theta, beta, biasCorrection);
            return new[] { 0.0 }.Concat(averages.Take(theta.Length - 1)).ToArray();
        },
        ["returns θ itself"] = (theta, _, _) => theta,
        ["returns a constant 0"] = (theta, _, _) => new double[theta.Length],
        ["writes the averages into θ and returns it"] = (theta, beta, biasCorrection) =>
        {
            Average(theta, beta, biasCorrection).CopyTo(theta, 0);
            return theta;
        },
    };

    public static TheoryData<string> WrongAverageNames() => new(WrongAverages.Keys);

    [Fact]
    public void The_lectures_formula_passes()
    {
        AveragesExercises.CheckExponentiallyWeightedAverages((theta, beta, biasCorrection) => Average(theta, beta, biasCorrection));
    }

    [Theory]
    [MemberData(nameof(WrongAverageNames))]
    public void ExponentiallyWeightedAverages_rejects(string mistake)
    {
        var error = Assert.Throws<ExerciseFailedException>(() => AveragesExercises.CheckExponentiallyWeightedAverages(WrongAverages[mistake]));
        Assert.Equal("ExponentiallyWeightedAverages", error.Exercise);
        Assert.Contains("Hint:", error.Message);
    }

    [Fact]
    public void The_failing_cases_say_where_the_mistake_is()
    {
        var fedBack = Assert.Throws<ExerciseFailedException>(() => AveragesExercises.CheckExponentiallyWeightedAverages(WrongAverages["feeds the corrected value back into the next step"]));
        Assert.Contains("3 of 6 cases fail", fedBack.Message);
        // β = 0.5 is its own 1 − β, and a corrected constant stays constant: only the other cases notice.
        var swapped = Assert.Throws<ExerciseFailedException>(() => AveragesExercises.CheckExponentiallyWeightedAverages(WrongAverages["β and 1 − β swapped"]));
        Assert.Contains("3 of 6 cases fail", swapped.Message);
        Assert.Contains("θ = [10, 10, 10], β = 0.9, no correction", swapped.Message);
        var inPlace = Assert.Throws<ExerciseFailedException>(() => AveragesExercises.CheckExponentiallyWeightedAverages(WrongAverages["writes the averages into θ and returns it"]));
        Assert.Contains("theta after the call", inPlace.Message);
        Assert.Contains("5 of 6 cases fail", inPlace.Message);   // a corrected constant is its own average: θ comes back unchanged
    }

    [Fact]
    public void The_hint_names_the_mistake_without_the_solution_line()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => AveragesExercises.CheckExponentiallyWeightedAverages(WrongAverages["starts from v = θ₁ instead of 0"]));
        Assert.DoesNotContain("beta * v + (1 - beta)", error.Message);
        Assert.DoesNotContain("Math.Pow(beta, t)", error.Message);
    }

    [Fact]
    public void A_missing_function_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => AveragesExercises.CheckExponentiallyWeightedAverages(
            (_, _, _) => throw new NotImplementedException("Exercise ExponentiallyWeightedAverages is not implemented yet.")));
    }

    /// <summary>v_t = β·v_{t−1} + (1 − β)·θ_t from v_0 = <paramref name="start"/>, stored as v_t / (1 − β^power(t)) when corrected.</summary>
    private static double[] Average(double[] theta, double beta, bool biasCorrection, double start = 0, Func<int, int>? power = null)
    {
        var averages = new double[theta.Length];
        double v = start;
        for (int t = 1; t <= theta.Length; t++)
        {
            v = beta * v + (1 - beta) * theta[t - 1];
            averages[t - 1] = biasCorrection ? v / (1 - Math.Pow(beta, power?.Invoke(t) ?? t)) : v;
        }
        return averages;
    }
}
