using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// The Polyak-averaging check passes the running mean θ̄_t = θ̄_{t−1} + (θ_t − θ̄_{t−1}) / t and rejects each wrong
/// answer a student plausibly writes. Its expected values are derived by hand (the plain mean of the iterates).
/// </summary>
public class BeyondFirstOrderExercisesTests
{
    private static readonly Dictionary<string, BeyondFirstOrderExercises.PolyakStep> WrongAnswers = new()
    {
        ["an exponentially weighted average, β = 0.9"] = (average, theta, _) => 0.9 * average + 0.1 * theta,
        ["t counted from 0: divides by t + 1"] = (average, theta, t) => average + (theta - average) / (t + 1),
        ["divides by t − 1 (guarded at t = 1)"] = (average, theta, t) => average + (theta - average) / Math.Max(1, t - 1),
        ["divides by t − 1 (unguarded)"] = (average, theta, t) => average + (theta - average) / (t - 1),
        ["(t·average + θ) / (t + 1)"] = (average, theta, t) => (t * average + theta) / (t + 1),
        ["half of average plus θ"] = (average, theta, _) => (average + theta) / 2,
        ["wrong sign: moves away from θ"] = (average, theta, t) => average - (theta - average) / t,
        ["returns the last iterate"] = (_, theta, _) => theta.Clone(),
        ["returns the old average"] = (average, _, _) => average.Clone(),
        ["returns θ itself at t = 1 (aliases the live parameters)"] = (average, theta, t) => t == 1 ? theta : average + (theta - average) / t,
        ["updates the average in place and returns it"] = (average, theta, t) =>
        {
            average.Add((theta - average) / t, average);
            return average;
        },
        ["updates θ in place and returns it"] = (average, theta, t) =>
        {
            theta.Subtract(average, theta);
            theta.Divide(t, theta);
            theta.Add(average, theta);
            return theta;
        },
    };

    public static TheoryData<string> WrongAnswerNames => new(WrongAnswers.Keys);

    [Fact]
    public void The_running_mean_passes()
    {
        BeyondFirstOrderExercises.CheckPolyakUpdate((average, theta, t) => average + (theta - average) / t);
    }

    [Fact]
    public void The_weighted_sum_form_of_the_mean_passes()
    {
        BeyondFirstOrderExercises.CheckPolyakUpdate((average, theta, t) => ((t - 1) * average + theta) / t);
    }

    [Theory]
    [MemberData(nameof(WrongAnswerNames))]
    public void A_wrong_answer_fails(string wrongAnswer)
    {
        var error = Assert.Throws<ExerciseFailedException>(() => BeyondFirstOrderExercises.CheckPolyakUpdate(WrongAnswers[wrongAnswer]));
        Assert.Equal("PolyakUpdate", error.Exercise);
    }

    [Fact]
    public void The_hint_names_the_mistake_without_printing_the_solution()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => BeyondFirstOrderExercises.CheckPolyakUpdate(WrongAnswers["returns θ itself at t = 1 (aliases the live parameters)"]));
        Assert.Contains("θ̄_1 after θ_1 changed", error.Message);
        Assert.Contains("1/t of the way", error.Message);
        Assert.DoesNotContain("(theta - average) / t", error.Message);
    }

    [Fact]
    public void A_missing_solution_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() =>
            BeyondFirstOrderExercises.CheckPolyakUpdate((_, _, _) => throw new NotImplementedException()));
    }
}
