using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>The Polyak-averaging check passes the running mean and fails wrong or missing ones.</summary>
public class BeyondFirstOrderExercisesTests
{
    [Fact]
    public void The_running_mean_passes()
    {
        BeyondFirstOrderExercises.CheckPolyakUpdate((average, theta, t) => average + (theta - average) / t);
    }

    [Fact]
    public void An_exponential_average_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() =>
            BeyondFirstOrderExercises.CheckPolyakUpdate((average, theta, _) => 0.9 * average + 0.1 * theta));
        Assert.Equal("PolyakUpdate", error.Exercise);
    }

    [Fact]
    public void Dividing_by_t_minus_one_fails()
    {
        Assert.Throws<ExerciseFailedException>(() =>
            BeyondFirstOrderExercises.CheckPolyakUpdate((average, theta, t) => average + (theta - average) / Math.Max(1, t - 1)));
    }

    [Fact]
    public void An_update_in_place_fails()
    {
        Assert.Throws<ExerciseFailedException>(() => BeyondFirstOrderExercises.CheckPolyakUpdate((average, theta, t) =>
        {
            theta.Subtract(average, theta);
            theta.Divide(t, theta);
            theta.Add(average, theta);
            return theta;
        }));
    }

    [Fact]
    public void A_missing_solution_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() =>
            BeyondFirstOrderExercises.CheckPolyakUpdate((_, _, _) => throw new NotImplementedException()));
    }
}
