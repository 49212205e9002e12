using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;
using NotebookKit.Randomness;

namespace NotebookKit.Tests.Exercises;

/// <summary>Checks pass correct solutions (written here from the course's formulas), and fail wrong or missing ones.</summary>
public class ExerciseTests
{
    [Fact]
    public void Correct_initializations_pass()
    {
        InitializationExercises.CheckZeros(dims => Initialize(dims, (random, n, fanIn) => Matrix<double>.Build.Dense(n, fanIn)));
        InitializationExercises.CheckRandom(dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * 10));
        InitializationExercises.CheckHe(dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * Math.Sqrt(2.0 / fanIn)));
    }

    [Fact]
    public void A_tampered_he_solution_fails_with_expected_against_got_and_a_hint()
    {
        // Integer division: Math.Sqrt(2 / fanIn) is 1 for fanIn = 2 and 0 for fanIn = 4.
        var error = Assert.Throws<ExerciseFailedException>(() => InitializationExercises.CheckHe(
            dims => Initialize(dims, (random, n, fanIn) => random.Randn(n, fanIn) * Math.Sqrt(2 / fanIn))));
        Assert.Equal("InitializeParametersHe", error.Exercise);
        Assert.Contains("W2: entry [0, 0] is 0, expected -0.03098412", error.Message);
        Assert.Contains("Hint:", error.Message);
    }

    [Fact]
    public void A_missing_solution_is_reported_as_not_implemented()
    {
        var error = Assert.Throws<ExerciseNotImplementedException>(() => InitializationExercises.CheckHe(
            _ => throw new NotImplementedException("Exercise InitializeParametersHe is not implemented yet.")));
        Assert.Contains("not implemented yet", error.Message);
    }

    [Fact]
    public void A_wrong_shape_is_named()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => InitializationExercises.CheckZeros(
            dims => Initialize(dims, (random, n, fanIn) => Matrix<double>.Build.Dense(fanIn, n))));
        Assert.Contains("W1: shape (3, 2), expected (2, 3)", error.Message);
    }

    private static IReadOnlyDictionary<string, Matrix<double>> Initialize(int[] dims, Func<NumpyRandomState, int, int, Matrix<double>> weights)
    {
        var random = new NumpyRandomState(3);
        var parameters = new Dictionary<string, Matrix<double>>();
        for (int l = 1; l < dims.Length; l++)
        {
            parameters[$"W{l}"] = weights(random, dims[l], dims[l - 1]);
            parameters[$"b{l}"] = Matrix<double>.Build.Dense(dims[l], 1);
        }
        return parameters;
    }
}
