using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>The checks of the course's update functions pass solutions written here from its formulas and fail wrong ones.</summary>
public class ParameterUpdateExercisesTests
{
    [Fact]
    public void Correct_solutions_pass()
    {
        ParameterUpdateExercises.CheckUpdateParametersWithGd(Gd);
        ParameterUpdateExercises.CheckInitializeVelocity(Zeros);
        ParameterUpdateExercises.CheckUpdateParametersWithMomentum(Momentum);
        ParameterUpdateExercises.CheckInitializeAdam(p => (Zeros(p), Zeros(p)));
        ParameterUpdateExercises.CheckUpdateParametersWithAdam(Adam);
    }

    [Fact]
    public void Gd_with_the_gradient_added_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckUpdateParametersWithGd((p, g, lr) =>
        {
            foreach (var key in p.Keys.ToList())
            {
                p[key] = p[key] + lr * g["d" + key];
            }
        }));
        Assert.Contains("3 of 4 cases fail", error.Message);
    }

    [Fact]
    public void A_velocity_keyed_like_the_parameters_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckInitializeVelocity(
            p => p.ToDictionary(e => e.Key, e => Matrix<double>.Build.Dense(e.Value.RowCount, e.Value.ColumnCount))));
        Assert.Contains("v[\"dW1\"]: missing", error.Message);
    }

    [Fact]
    public void A_copy_of_the_parameters_is_not_a_zero_velocity()
    {
        Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckInitializeVelocity(
            p => p.ToDictionary(e => "d" + e.Key, e => e.Value.Clone())));
    }

    [Fact]
    public void Adam_state_sharing_one_dictionary_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckInitializeAdam(p =>
        {
            var shared = Zeros(p);
            return (shared, shared);
        }));
        Assert.Contains("v and s are separate", error.Message);
    }

    [Fact]
    public void Adam_without_bias_correction_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckUpdateParametersWithAdam(
            (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, 0, lr, b1, b2, eps)));
        Assert.Contains("5 of 6 cases fail", error.Message);
    }

    [Fact]
    public void Momentum_in_the_sum_convention_fails_the_course_check()
    {
        // v = βv + dW (CS231n / PyTorch) is not the course's v = βv + (1 − β)dW.
        Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckUpdateParametersWithMomentum((p, g, v, beta, lr) =>
        {
            foreach (var key in p.Keys.ToList())
            {
                v["d" + key] = beta * v["d" + key] + g["d" + key];
                p[key] = p[key] - lr * v["d" + key];
            }
        }));
    }

    [Fact]
    public void A_missing_solution_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => ParameterUpdateExercises.CheckInitializeAdam(_ => throw new NotImplementedException()));
    }

    private static void Gd(Dictionary<string, Matrix<double>> p, Dictionary<string, Matrix<double>> g, double lr)
    {
        foreach (var key in p.Keys.ToList())
        {
            p[key] = p[key] - lr * g["d" + key];
        }
    }

    private static Dictionary<string, Matrix<double>> Zeros(Dictionary<string, Matrix<double>> p) =>
        p.ToDictionary(e => "d" + e.Key, e => Matrix<double>.Build.Dense(e.Value.RowCount, e.Value.ColumnCount));

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
