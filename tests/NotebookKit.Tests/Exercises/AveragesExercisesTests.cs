using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>The averaging check passes the lecture's formula and fails the usual mistakes.</summary>
public class AveragesExercisesTests
{
    private static double[] Correct(double[] theta, double beta, bool biasCorrection)
    {
        var averages = new double[theta.Length];
        double v = 0;
        for (int t = 1; t <= theta.Length; t++)
        {
            v = beta * v + (1 - beta) * theta[t - 1];
            averages[t - 1] = biasCorrection ? v / (1 - Math.Pow(beta, t)) : v;
        }
        return averages;
    }

    [Fact]
    public void The_lectures_formula_passes()
    {
        AveragesExercises.CheckExponentiallyWeightedAverages(Correct);
    }

    [Fact]
    public void Feeding_the_corrected_value_back_fails_the_corrected_cases()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => AveragesExercises.CheckExponentiallyWeightedAverages((theta, beta, biasCorrection) =>
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
        }));
        Assert.Equal("ExponentiallyWeightedAverages", error.Exercise);
        Assert.Contains("3 of 6 cases fail", error.Message);
        Assert.Contains("Hint:", error.Message);
    }

    [Fact]
    public void Swapping_beta_and_one_minus_beta_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => AveragesExercises.CheckExponentiallyWeightedAverages(
            (theta, beta, biasCorrection) => Correct(theta, 1 - beta, biasCorrection)));
        // β = 0.5 is its own 1 − β, and a corrected constant stays constant: only the other cases notice.
        Assert.Contains("3 of 6 cases fail", error.Message);
        Assert.Contains("θ = [10, 10, 10], β = 0.9, no correction", error.Message);
        Assert.Contains("365 values", error.Message);
    }

    [Fact]
    public void Starting_from_the_first_value_instead_of_zero_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => AveragesExercises.CheckExponentiallyWeightedAverages((theta, beta, biasCorrection) =>
        {
            var shifted = Correct(theta, beta, false);
            return shifted.Select((v, i) => v + Math.Pow(beta, i + 1) * theta[0]).ToArray();
        }));
        Assert.Contains("no correction", error.Message);
    }

    [Fact]
    public void A_missing_function_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => AveragesExercises.CheckExponentiallyWeightedAverages(
            (_, _, _) => throw new NotImplementedException("Exercise ExponentiallyWeightedAverages is not implemented yet.")));
    }
}
