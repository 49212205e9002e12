using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;
using NotebookKit.Randomness;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// Each initialization check passes the course's formula and rejects the wrong answers a student plausibly writes.
/// The expected values inside the checks are the course's published outputs (numpy, <c>np.random.seed(3)</c>).
/// </summary>
public class InitializationExercisesTests
{
    private delegate Matrix<double> Weights(NumpyRandomState random, int n, int fanIn);

    private static readonly Weights Zero = (_, n, fanIn) => Matrix<double>.Build.Dense(n, fanIn);
    private static readonly Weights Random10 = (random, n, fanIn) => random.Randn(n, fanIn) * 10;
    private static readonly Weights He = (random, n, fanIn) => random.Randn(n, fanIn) * Math.Sqrt(2.0 / fanIn);

    public static TheoryData<string> WrongZeros => new(ZerosMistakes.Keys);

    public static TheoryData<string> WrongRandom => new(RandomMistakes.Keys);

    public static TheoryData<string> WrongHe => new(HeMistakes.Keys);

    private static readonly Dictionary<string, InitializationExercises.Initialize> ZerosMistakes = new()
    {
        ["W transposed, (n[l-1], n[l])"] = dims => Initialize(dims, (_, n, fanIn) => Matrix<double>.Build.Dense(fanIn, n)),
        ["b a row, (1, n[l])"] = dims => Initialize(dims, Zero, bias: (_, n) => Matrix<double>.Build.Dense(1, n)),
        ["b sized by the previous layer, (n[l-1], 1)"] = dims => Initialize(dims, Zero, bias: (fanIn, _) => Matrix<double>.Build.Dense(fanIn, 1)),
        ["ones instead of zeros"] = dims => Initialize(dims, (_, n, fanIn) => Matrix<double>.Build.Dense(n, fanIn, 1)),
        ["small random weights, not zeros"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * 0.01),
        ["the loop stops one layer early"] = dims => Initialize(dims, Zero, layers: dims.Length - 2),
        ["the loop starts at layer 0"] = dims => Initialize(dims, Zero, first: 0),
    };

    private static readonly Dictionary<string, InitializationExercises.Initialize> RandomMistakes = new()
    {
        ["scaled by 0.01 (the small init), not 10"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * 0.01),
        ["not scaled"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn)),
        ["scaled by √10"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * Math.Sqrt(10)),
        ["seeded again inside the loop"] = dims => Initialize(dims, (_, n, fanIn) => new NumpyRandomState(3).Randn(n, fanIn) * 10),
        ["another seed"] = dims => Initialize(dims, Random10, seed: 1),
        ["drawn transposed, randn(n[l-1], n[l])ᵀ"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(fanIn, n).Transpose() * 10),
        ["random biases too"] = dims => Initialize(dims, Random10, randomBias: true),
        ["uniform, not normal"] = dims => Initialize(dims, (random, n, fanIn) => random.Rand(n, fanIn) * 10),
        ["the loop stops one layer early"] = dims => Initialize(dims, Random10, layers: dims.Length - 2),
    };

    private static readonly Dictionary<string, InitializationExercises.Initialize> HeMistakes = new()
    {
        ["integer division, √(2 / n[l-1]) in ints"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * Math.Sqrt(2 / fanIn)),
        ["the layer's own size, √(2 / n[l])"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * Math.Sqrt(2.0 / n)),
        ["Xavier's √(1 / n[l-1])"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * Math.Sqrt(1.0 / fanIn)),
        ["Glorot's √(2 / (n[l-1] + n[l]))"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * Math.Sqrt(2.0 / (fanIn + n))),
        ["no square root, 2 / n[l-1]"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * (2.0 / fanIn)),
        ["still scaled by 10 as well"] = dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * 10 * Math.Sqrt(2.0 / fanIn)),
        ["seeded again inside the loop"] = dims => Initialize(dims, (_, n, fanIn) => new NumpyRandomState(3).Randn(n, fanIn) * Math.Sqrt(2.0 / fanIn)),
        ["random biases too"] = dims => Initialize(dims, He, randomBias: true),
        ["the loop stops one layer early"] = dims => Initialize(dims, He, layers: dims.Length - 2),
    };

    [Fact]
    public void The_course_formulas_pass()
    {
        InitializationExercises.CheckZeros(dims => Initialize(dims, Zero));
        InitializationExercises.CheckRandom(dims => Initialize(dims, Random10));
        InitializationExercises.CheckHe(dims => Initialize(dims, He));
    }

    [Theory]
    [MemberData(nameof(WrongZeros))]
    public void The_zeros_check_rejects(string mistake) => AssertRejected(() => InitializationExercises.CheckZeros(ZerosMistakes[mistake]));

    [Theory]
    [MemberData(nameof(WrongRandom))]
    public void The_random_check_rejects(string mistake) => AssertRejected(() => InitializationExercises.CheckRandom(RandomMistakes[mistake]));

    [Theory]
    [MemberData(nameof(WrongHe))]
    public void The_he_check_rejects(string mistake) => AssertRejected(() => InitializationExercises.CheckHe(HeMistakes[mistake]));

    [Fact]
    public void The_hints_do_not_print_the_solution_line()
    {
        foreach (var check in new Action[]
        {
            () => InitializationExercises.CheckZeros(ZerosMistakes["ones instead of zeros"]),
            () => InitializationExercises.CheckRandom(RandomMistakes["not scaled"]),
            () => InitializationExercises.CheckHe(HeMistakes["Xavier's √(1 / n[l-1])"]),
        })
        {
            var error = Assert.Throws<ExerciseFailedException>(check);
            var hint = error.Message[error.Message.IndexOf("Hint:", StringComparison.Ordinal)..];
            Assert.DoesNotContain("Randn(", hint);
            Assert.DoesNotContain("Math.Sqrt(", hint);
            Assert.DoesNotContain("Build.Dense(", hint);
        }
    }

    private static void AssertRejected(Action check)
    {
        var error = Assert.Throws<ExerciseFailedException>(() => check());
        Assert.Contains("Hint:", error.Message);
    }

    private static IReadOnlyDictionary<string, Matrix<double>> Initialize(
        int[] dims, Weights weights, Func<int, int, Matrix<double>>? bias = null, int? layers = null, int first = 1, int seed = 3, bool randomBias = false)
    {
        var random = new NumpyRandomState(seed);
        var parameters = new Dictionary<string, Matrix<double>>();
        for (int l = first; l <= (layers ?? dims.Length - 1); l++)
        {
            int fanIn = dims[l - 1];   // at l = 0 this throws, as the student's code would
            parameters[$"W{l}"] = weights(random, dims[l], fanIn);
            parameters[$"b{l}"] = randomBias ? random.Randn(dims[l], 1) : bias?.Invoke(fanIn, dims[l]) ?? Matrix<double>.Build.Dense(dims[l], 1);
        }
        return parameters;
    }
}
