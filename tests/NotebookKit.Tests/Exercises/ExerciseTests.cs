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

    [Fact]
    public void Correct_momentum_and_adam_pass()
    {
        OptimizerExercises.CheckMomentum(Momentum);
        OptimizerExercises.CheckAdam(Adam);
    }

    [Fact]
    public void Adam_without_bias_correction_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckAdam(
            (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, 0, lr, b1, b2, eps)));
        Assert.Contains("3 of 3 cases fail", error.Message);
    }

    [Fact]
    public void Momentum_in_the_sum_convention_fails_the_course_check()
    {
        // v = βv + dW (CS231n / PyTorch) is not the course's v = βv + (1 − β)dW.
        Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckMomentum((p, g, v, beta, lr) =>
        {
            foreach (var key in p.Keys.ToList())
            {
                v["d" + key] = beta * v["d" + key] + g["d" + key];
                p[key] = p[key] - lr * v["d" + key];
            }
        }));
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

    private static void Momentum(Dictionary<string, Matrix<double>> p, Dictionary<string, Matrix<double>> g, Dictionary<string, Matrix<double>> v, double beta, double lr)
    {
        foreach (var key in p.Keys.ToList())
        {
            v["d" + key] = beta * v["d" + key] + (1 - beta) * g["d" + key];
            p[key] = p[key] - lr * v["d" + key];
        }
    }

    private static void Adam(Dictionary<string, Matrix<double>> p, Dictionary<string, Matrix<double>> g, Dictionary<string, Matrix<double>> v,
        Dictionary<string, Matrix<double>> s, int t, double lr, double beta1, double beta2, double epsilon)
    {
        foreach (var key in p.Keys.ToList())
        {
            string d = "d" + key;
            v[d] = beta1 * v[d] + (1 - beta1) * g[d];
            s[d] = beta2 * s[d] + (1 - beta2) * g[d].PointwisePower(2);
            var vHat = t == 0 ? v[d] : v[d] / (1 - Math.Pow(beta1, t));
            var sHat = t == 0 ? s[d] : s[d] / (1 - Math.Pow(beta2, t));
            p[key] = p[key] - lr * vHat.PointwiseDivide(sHat.PointwiseSqrt() + epsilon);
        }
    }
}
