using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// Notebook 6's update-rule checks pass the rules written here from their formulas (the book's
/// common/optimizer.py, CS231n's optim.py) and fail the usual mistakes.
/// </summary>
public class OptimizerExercisesTests
{
    [Fact]
    public void Correct_rules_pass()
    {
        OptimizerExercises.CheckMomentum((lr, mu) => new MomentumRule(lr, mu));
        OptimizerExercises.CheckNesterov((lr, mu) => new NesterovRule(lr, mu));
        OptimizerExercises.CheckAdaGrad((lr, eps) => new AdaGradRule(lr, eps));
        OptimizerExercises.CheckRmsProp((lr, rho, eps) => new RmsPropRule(lr, rho, eps));
        OptimizerExercises.CheckAdam((lr, b1, b2, eps) => new AdamRule(lr, b1, b2, eps));
    }

    [Fact]
    public void Plain_momentum_is_not_nesterov()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckNesterov((lr, mu) => new MomentumRule(lr, mu)));
        Assert.Contains("2 of 2 cases fail", error.Message);
    }

    [Fact]
    public void AdaGrad_that_forgets_past_gradients_fails_after_the_first_step()
    {
        // h = g² instead of h += g²: the first step is still right, every later one is α·sign(g).
        var error = Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckAdaGrad((lr, eps) => new AdaGradRule(lr, eps, forget: true)));
        Assert.Contains("(x, y) after 30 steps", error.Message);
        Assert.DoesNotContain("after 1 step:", error.Message);
    }

    [Fact]
    public void RmsProp_as_a_sum_is_adagrad_and_fails()
    {
        Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckRmsProp((lr, rho, eps) => new AdaGradRule(lr, eps)));
    }

    [Fact]
    public void Adam_that_uses_t_before_incrementing_it_fails_the_cs231n_case()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckAdam((lr, b1, b2, eps) => new AdamRule(lr, b1, b2, eps, incrementLate: true)));
        Assert.Contains("CS231n's adam check", error.Message);
    }

    [Fact]
    public void A_missing_rule_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => OptimizerExercises.CheckMomentum((_, _) => throw new NotImplementedException()));
    }

    private static Matrix<double> State(Dictionary<string, Matrix<double>> state, string key, Matrix<double> like) =>
        state.TryGetValue(key, out var value) ? value : Matrix<double>.Build.Dense(like.RowCount, like.ColumnCount);

    private sealed class MomentumRule(double lr, double mu) : IVelocityRule
    {
        public Dictionary<string, Matrix<double>> V { get; } = new();

        public void Update(Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads)
        {
            foreach (var key in parameters.Keys.ToList())
            {
                V[key] = mu * State(V, key, parameters[key]) - lr * grads[key];
                parameters[key] = parameters[key] + V[key];
            }
        }
    }

    private sealed class NesterovRule(double lr, double mu) : IVelocityRule
    {
        public Dictionary<string, Matrix<double>> V { get; } = new();

        public void Update(Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads)
        {
            foreach (var key in parameters.Keys.ToList())
            {
                var v = State(V, key, parameters[key]);
                parameters[key] = parameters[key] + mu * mu * v - (1 + mu) * lr * grads[key];
                V[key] = mu * v - lr * grads[key];
            }
        }
    }

    private sealed class AdaGradRule(double lr, double eps, bool forget = false) : ISquaredGradientRule
    {
        public Dictionary<string, Matrix<double>> H { get; } = new();

        public void Update(Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads)
        {
            foreach (var key in parameters.Keys.ToList())
            {
                H[key] = (forget ? 0 : 1) * State(H, key, parameters[key]) + grads[key].PointwisePower(2);
                parameters[key] = parameters[key] - lr * grads[key].PointwiseDivide(H[key].PointwiseSqrt() + eps);
            }
        }
    }

    private sealed class RmsPropRule(double lr, double rho, double eps) : ISquaredGradientRule
    {
        public Dictionary<string, Matrix<double>> H { get; } = new();

        public void Update(Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads)
        {
            foreach (var key in parameters.Keys.ToList())
            {
                H[key] = rho * State(H, key, parameters[key]) + (1 - rho) * grads[key].PointwisePower(2);
                parameters[key] = parameters[key] - lr * grads[key].PointwiseDivide(H[key].PointwiseSqrt() + eps);
            }
        }
    }

    private sealed class AdamRule(double lr, double beta1, double beta2, double eps, bool incrementLate = false) : IAdamRule
    {
        public Dictionary<string, Matrix<double>> M { get; } = new();

        public Dictionary<string, Matrix<double>> V { get; } = new();

        public int T { get; set; }

        public void Update(Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads)
        {
            int t = incrementLate ? Math.Max(T, 1) : T + 1;
            T++;
            foreach (var key in parameters.Keys.ToList())
            {
                M[key] = beta1 * State(M, key, parameters[key]) + (1 - beta1) * grads[key];
                V[key] = beta2 * State(V, key, parameters[key]) + (1 - beta2) * grads[key].PointwisePower(2);
                var mHat = M[key] / (1 - Math.Pow(beta1, t));
                var vHat = V[key] / (1 - Math.Pow(beta2, t));
                parameters[key] = parameters[key] - lr * mHat.PointwiseDivide(vHat.PointwiseSqrt() + eps);
            }
        }
    }
}
