using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// The wrong answers a student plausibly writes for the samplers of notebook 08, by name: each check must reject every
/// one (that they pass the lecture's formulas is <see cref="HyperparameterExerciseTests.The_lectures_log_scale_samplers_pass"/>).
/// The checks' expected values are derived by hand from the first draws of np.random.seed(0) and seed(1)
/// (u = 0.5488135, 0.7151894, …; their descriptions show r and the value).
/// </summary>
public class HyperparameterWrongAnswerTests
{
    private static readonly Dictionary<string, HyperparameterExercises.Sampler> WrongLearningRate = new()
    {
        ["α uniform in [1e-4, 1]"] = random => 1e-4 + (1 - 1e-4) * random.RandomSample(),
        ["two draws per value"] = random => { random.RandomSample(); return Math.Pow(10, -4 * random.RandomSample()); },
        ["returns the exponent r, not 10^r"] = random => -4 * random.RandomSample(),
        ["e^r instead of 10^r"] = random => Math.Exp(-4 * random.RandomSample()),
        ["positive exponent: r = 4u"] = random => Math.Pow(10, 4 * random.RandomSample()),
        ["mirrored exponent: r = −4 + 4u"] = random => Math.Pow(10, -4 + 4 * random.RandomSample()),
        ["its own generator, new Random(0)"] = _ => Math.Pow(10, -4 * new Random(0).NextDouble()),
        ["a constant 0.01"] = _ => 0.01,
    };

    public static TheoryData<string> WrongLearningRateNames() => new(WrongLearningRate.Keys);

    [Theory]
    [MemberData(nameof(WrongLearningRateNames))]
    public void Learning_rate_check_rejects(string wrong) =>
        Assert.Throws<ExerciseFailedException>(() => HyperparameterExercises.CheckSampleLearningRate(WrongLearningRate[wrong]));

    private static readonly Dictionary<string, HyperparameterExercises.Sampler> WrongBeta = new()
    {
        ["β uniform in [0.9, 0.999]"] = random => 0.9 + 0.099 * random.RandomSample(),
        ["mirrored exponent: r = −3 + 2u"] = random => 1 - Math.Pow(10, -3 + 2 * random.RandomSample()),
        ["forgets 1 −: β = 10^r"] = random => Math.Pow(10, -1 - 2 * random.RandomSample()),
        ["r = −2u (1 − β from 0.01 to 1)"] = random => 1 - Math.Pow(10, -2 * random.RandomSample()),
        ["two draws per value"] = random => { random.RandomSample(); return 1 - Math.Pow(10, -1 - 2 * random.RandomSample()); },
        ["β on a log scale itself: β = 10^(log10 0.9 + (log10 0.999 − log10 0.9)u)"] = random =>
            Math.Pow(10, Math.Log10(0.9) + (Math.Log10(0.999) - Math.Log10(0.9)) * random.RandomSample()),
        ["a constant 0.9"] = _ => 0.9,
    };

    public static TheoryData<string> WrongBetaNames() => new(WrongBeta.Keys);

    [Theory]
    [MemberData(nameof(WrongBetaNames))]
    public void Beta_check_rejects(string wrong) =>
        Assert.Throws<ExerciseFailedException>(() => HyperparameterExercises.CheckSampleBeta(WrongBeta[wrong]));

    [Fact]
    public void The_hint_names_the_mistake_without_the_solution_line()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => HyperparameterExercises.CheckSampleBeta(WrongBeta["mirrored exponent: r = −3 + 2u"]));
        Assert.Contains("not the other way round", error.Message);
        Assert.DoesNotContain("1 - Math.Pow(10, r)", error.Message);
    }
}
