using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>The sampling checks pass the lecture's formulas and fail the usual mistakes.</summary>
public class HyperparameterExerciseTests
{
    [Fact]
    public void The_lectures_log_scale_samplers_pass()
    {
        HyperparameterExercises.CheckSampleLearningRate(random => Math.Pow(10, -4 * random.RandomSample()));
        HyperparameterExercises.CheckSampleBeta(random => 1 - Math.Pow(10, -1 - 2 * random.RandomSample()));
    }

    [Fact]
    public void Sampling_alpha_uniformly_fails_the_decade_shares()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => HyperparameterExercises.CheckSampleLearningRate(
            random => 1e-4 + (1 - 1e-4) * random.RandomSample()));
        Assert.Equal("SampleLearningRate", error.Exercise);
        Assert.Contains("3 of 3 cases fail", error.Message);
        Assert.Contains("share of draws", error.Message);
        Assert.Contains("Hint:", error.Message);
    }

    [Fact]
    public void Sampling_beta_uniformly_fails_and_so_does_the_mirrored_exponent()
    {
        var uniform = Assert.Throws<ExerciseFailedException>(() => HyperparameterExercises.CheckSampleBeta(
            random => 0.9 + 0.099 * random.RandomSample()));
        Assert.Contains("share of draws in [0.99, 0.999]", uniform.Message);
        // r = −3 + 2u has the right range and distribution, but not the stated formula: only the by-hand cases fail.
        var mirrored = Assert.Throws<ExerciseFailedException>(() => HyperparameterExercises.CheckSampleBeta(
            random => 1 - Math.Pow(10, -3 + 2 * random.RandomSample())));
        Assert.Contains("2 of 3 cases fail", mirrored.Message);
    }

    [Fact]
    public void A_sampler_drawing_twice_per_value_fails_the_by_hand_values()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => HyperparameterExercises.CheckSampleLearningRate(random =>
        {
            random.RandomSample();
            return Math.Pow(10, -4 * random.RandomSample());
        }));
        Assert.Contains("three calls after NumpyRandomState(0)", error.Message);
    }

    [Fact]
    public void A_missing_sampler_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => HyperparameterExercises.CheckSampleBeta(
            _ => throw new NotImplementedException("Exercise SampleBeta is not implemented yet.")));
    }
}
