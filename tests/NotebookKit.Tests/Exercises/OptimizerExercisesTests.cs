using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// Notebook 6's update-rule checks pass the rules written here from their formulas (the book's common/optimizer.py,
/// CS231n's optim.py) and reject, by name, the wrong versions a student plausibly writes. The checks' expected values
/// come from CS231n's published arrays, the book's and torch.optim's runs, and hand derivations (OptimizerExercises).
/// </summary>
public class OptimizerExercisesTests
{
    private delegate (Matrix<double> W, Matrix<double> State) Step(Matrix<double> w, Matrix<double> state, Matrix<double> g);

    private static readonly Dictionary<string, Func<double, double, IVelocityRule>> MomentumMistakes = new()
    {
        ["plain SGD, no velocity"] = (lr, mu) => new VelocityRule((w, v, g) => (w - lr * g, v)),
        ["the gradient term with the wrong sign"] = (lr, mu) => new VelocityRule((w, v, g) => Moved(w, mu * v + lr * g)),
        ["W moved by the previous step's velocity"] = (lr, mu) => new VelocityRule((w, v, g) => (w + v, mu * v - lr * g)),
        ["the course's average, v = μv + (1 − μ)dW, W −= αv"] = (lr, mu) => new VelocityRule((w, v, g) =>
        {
            var next = mu * v + (1 - mu) * g;
            return (w - lr * next, next);
        }),
        ["PyTorch's sum, v = μv + dW, W −= αv"] = (lr, mu) => new VelocityRule((w, v, g) =>
        {
            var next = mu * v + g;
            return (w - lr * next, next);
        }),
        ["α and μ swapped"] = (lr, mu) => new VelocityRule((w, v, g) => Moved(w, lr * v - mu * g)),
        ["the new velocity not stored"] = (lr, mu) => new VelocityRule((w, v, g) => (w + (mu * v - lr * g), v)),
        ["grads[key] scaled by −α in place"] = (lr, mu) => new VelocityRule((w, v, g) =>
        {
            g.Multiply(-lr, g);
            return Moved(w, mu * v + g);
        }),
    };

    private static readonly Dictionary<string, Func<double, double, IVelocityRule>> NesterovMistakes = new()
    {
        ["plain momentum, no look-ahead"] = (lr, mu) => new VelocityRule((w, v, g) => Moved(w, mu * v - lr * g)),
        ["plain SGD"] = (lr, mu) => new VelocityRule((w, v, g) => (w - lr * g, v)),
        ["the velocity updated before W uses it"] = (lr, mu) => new VelocityRule((w, v, g) =>
        {
            var next = mu * v - lr * g;
            return (w + mu * mu * next - (1 + mu) * lr * g, next);
        }),
        ["μ instead of μ² on v"] = (lr, mu) => new VelocityRule((w, v, g) => (w + mu * v - (1 + mu) * lr * g, mu * v - lr * g)),
        ["α instead of (1 + μ)α on the gradient"] = (lr, mu) => new VelocityRule((w, v, g) => (w + mu * mu * v - lr * g, mu * v - lr * g)),
        ["grads[key] scaled by α in place"] = (lr, mu) => new VelocityRule((w, v, g) =>
        {
            g.Multiply(lr, g);
            return (w + mu * mu * v - (1 + mu) * g, mu * v - g);
        }),
    };

    private static readonly Dictionary<string, Func<double, double, ISquaredGradientRule>> AdaGradMistakes = new()
    {
        ["h replaced by g² instead of added to"] = (lr, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide(next.PointwiseSqrt() + eps), next);
        }),
        ["the step taken before h holds this gradient"] = (lr, eps) => new SquaredGradientRule((w, h, g) =>
            (w - lr * g.PointwiseDivide(h.PointwiseSqrt() + eps), h + g.PointwisePower(2))),
        ["ε inside the square root"] = (lr, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = h + g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide((next + eps).PointwiseSqrt()), next);
        }),
        ["ε left out"] = (lr, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = h + g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide(next.PointwiseSqrt()), next);
        }),
        ["the square root left out"] = (lr, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = h + g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide(next + eps), next);
        }),
        ["plain SGD"] = (lr, eps) => new SquaredGradientRule((w, h, g) => (w - lr * g, h)),
        ["g² written into grads[key]"] = (lr, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var step = lr * g.PointwiseDivide((h + g.PointwisePower(2)).PointwiseSqrt() + eps);
            g.PointwiseMultiply(g, g);
            return (w - step, h + g);
        }),
    };

    private static readonly Dictionary<string, Func<double, double, double, ISquaredGradientRule>> RmsPropMistakes = new()
    {
        ["a plain sum, AdaGrad's h"] = (lr, rho, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = h + g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide(next.PointwiseSqrt() + eps), next);
        }),
        ["the decay rate on the wrong term"] = (lr, rho, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = (1 - rho) * h + rho * g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide(next.PointwiseSqrt() + eps), next);
        }),
        ["a bias correction h / (1 − ρᵗ)"] = (lr, rho, eps) =>
        {
            int t = 0;
            return new SquaredGradientRule((w, h, g) =>
            {
                t++;
                var next = rho * h + (1 - rho) * g.PointwisePower(2);
                return (w - lr * g.PointwiseDivide((next / (1 - Math.Pow(rho, t))).PointwiseSqrt() + eps), next);
            });
        },
        ["ε inside the square root"] = (lr, rho, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = rho * h + (1 - rho) * g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide((next + eps).PointwiseSqrt()), next);
        }),
        ["ε left out"] = (lr, rho, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = rho * h + (1 - rho) * g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide(next.PointwiseSqrt()), next);
        }),
        ["the square root left out"] = (lr, rho, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = rho * h + (1 - rho) * g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide(next + eps), next);
        }),
        ["g² written into grads[key]"] = (lr, rho, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var original = g.Clone();
            g.PointwiseMultiply(g, g);
            var next = rho * h + (1 - rho) * g;
            return (w - lr * original.PointwiseDivide(next.PointwiseSqrt() + eps), next);
        }),
    };

    private static readonly Dictionary<string, Func<double, double, double, double, IAdamRule>> AdamMistakes = new()
    {
        ["no bias correction"] = (lr, b1, b2, eps) => new AdamRule(lr, b1, b2, eps, correct: false),
        ["t used before it is incremented"] = (lr, b1, b2, eps) => new AdamRule(lr, b1, b2, eps, counter: Counter.Late),
        ["T incremented once per parameter"] = (lr, b1, b2, eps) => new AdamRule(lr, b1, b2, eps, counter: Counter.PerKey),
        ["β1 and β2 swapped"] = (lr, b1, b2, eps) => new AdamRule(lr, b2, b1, eps),
        ["ε inside the square root"] = (lr, b1, b2, eps) => new AdamRule(lr, b1, b2, eps, epsilon: Epsilon.InsideRoot),
        ["ε on the uncorrected √v, the book's form"] = (lr, b1, b2, eps) => new AdamRule(lr, b1, b2, eps, epsilon: Epsilon.Uncorrected),
        ["the square root left out"] = (lr, b1, b2, eps) => new AdamRule(lr, b1, b2, eps, epsilon: Epsilon.NoRoot),
        ["g² written into grads[key]"] = (lr, b1, b2, eps) => new AdamRule(lr, b1, b2, eps, squareInPlace: true),
    };

    public static IEnumerable<object[]> MomentumMistakeNames => MomentumMistakes.Keys.Select(name => new object[] { name });

    public static IEnumerable<object[]> NesterovMistakeNames => NesterovMistakes.Keys.Select(name => new object[] { name });

    public static IEnumerable<object[]> AdaGradMistakeNames => AdaGradMistakes.Keys.Select(name => new object[] { name });

    public static IEnumerable<object[]> RmsPropMistakeNames => RmsPropMistakes.Keys.Select(name => new object[] { name });

    public static IEnumerable<object[]> AdamMistakeNames => AdamMistakes.Keys.Select(name => new object[] { name });

    private enum Counter { BeforeUse, Late, PerKey }

    private enum Epsilon { OnCorrectedRoot, InsideRoot, Uncorrected, NoRoot }

    [Fact]
    public void Correct_rules_pass()
    {
        OptimizerExercises.CheckMomentum((lr, mu) => new VelocityRule((w, v, g) => Moved(w, mu * v - lr * g)));
        OptimizerExercises.CheckNesterov((lr, mu) => new VelocityRule((w, v, g) => (w + mu * mu * v - (1 + mu) * lr * g, mu * v - lr * g)));
        OptimizerExercises.CheckAdaGrad((lr, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = h + g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide(next.PointwiseSqrt() + eps), next);
        }));
        OptimizerExercises.CheckRmsProp((lr, rho, eps) => new SquaredGradientRule((w, h, g) =>
        {
            var next = rho * h + (1 - rho) * g.PointwisePower(2);
            return (w - lr * g.PointwiseDivide(next.PointwiseSqrt() + eps), next);
        }));
        OptimizerExercises.CheckAdam((lr, b1, b2, eps) => new AdamRule(lr, b1, b2, eps));
    }

    [Fact]
    public void Nesterov_in_sutskevers_form_passes()
    {
        // W ← W + μ·v_new − α·dW is the same rule as W ← W + μ²·v_old − (1 + μ)·α·dW (the book's note).
        OptimizerExercises.CheckNesterov((lr, mu) => new VelocityRule((w, v, g) =>
        {
            var next = mu * v - lr * g;
            return (w + mu * next - lr * g, next);
        }));
    }

    [Fact]
    public void Rules_that_update_the_matrices_in_place_pass()
    {
        // The book updates params[key] and its state in place (params[key] -= ...): that is not a mistake.
        OptimizerExercises.CheckMomentum((lr, mu) => new VelocityRule((w, v, g) =>
        {
            v.Multiply(mu, v);
            v.Subtract(lr * g, v);
            w.Add(v, w);
            return (w, v);
        }));
    }

    [Theory]
    [MemberData(nameof(MomentumMistakeNames))]
    public void Momentum_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckMomentum(MomentumMistakes[mistake]));

    [Theory]
    [MemberData(nameof(NesterovMistakeNames))]
    public void Nesterov_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckNesterov(NesterovMistakes[mistake]));

    [Theory]
    [MemberData(nameof(AdaGradMistakeNames))]
    public void AdaGrad_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckAdaGrad(AdaGradMistakes[mistake]));

    [Theory]
    [MemberData(nameof(RmsPropMistakeNames))]
    public void RmsProp_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckRmsProp(RmsPropMistakes[mistake]));

    [Theory]
    [MemberData(nameof(AdamMistakeNames))]
    public void Adam_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckAdam(AdamMistakes[mistake]));

    [Fact]
    public void The_hint_names_mistakes_without_the_solution_line()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => OptimizerExercises.CheckAdam(AdamMistakes["no bias correction"]));
        Assert.Contains("Hint: look for", error.Message);
        Assert.DoesNotContain("params[key] -=", error.Message);
        Assert.DoesNotContain("1 − β1^T", error.Message);
    }

    [Fact]
    public void A_missing_rule_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => OptimizerExercises.CheckMomentum((_, _) => throw new NotImplementedException()));
    }

    private static (Matrix<double> W, Matrix<double> V) Moved(Matrix<double> w, Matrix<double> velocity) => (w + velocity, velocity);

    private static Matrix<double> State(Dictionary<string, Matrix<double>> state, string key, Matrix<double> like) =>
        state.TryGetValue(key, out var value) ? value : Matrix<double>.Build.Dense(like.RowCount, like.ColumnCount);

    /// <summary>A momentum-like rule given as one step (W, v, dW) → (W, v) per parameter.</summary>
    private sealed class VelocityRule(Step step) : IVelocityRule
    {
        public Dictionary<string, Matrix<double>> V { get; } = new();

        public void Update(Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads)
        {
            foreach (var key in parameters.Keys.ToList())
            {
                (parameters[key], V[key]) = step(parameters[key], State(V, key, parameters[key]), grads[key]);
            }
        }
    }

    /// <summary>An AdaGrad- or RMSProp-like rule given as one step (W, h, dW) → (W, h) per parameter.</summary>
    private sealed class SquaredGradientRule(Step step) : ISquaredGradientRule
    {
        public Dictionary<string, Matrix<double>> H { get; } = new();

        public void Update(Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads)
        {
            foreach (var key in parameters.Keys.ToList())
            {
                (parameters[key], H[key]) = step(parameters[key], State(H, key, parameters[key]), grads[key]);
            }
        }
    }

    /// <summary>Adam from its formula (CS231n's adam), with one mistake switched on at a time.</summary>
    private sealed class AdamRule(double lr, double beta1, double beta2, double eps, bool correct = true,
        Counter counter = Counter.BeforeUse, Epsilon epsilon = Epsilon.OnCorrectedRoot, bool squareInPlace = false) : IAdamRule
    {
        public Dictionary<string, Matrix<double>> M { get; } = new();

        public Dictionary<string, Matrix<double>> V { get; } = new();

        public int T { get; set; }

        public void Update(Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads)
        {
            int t = counter == Counter.Late ? Math.Max(T, 1) : T + 1;
            if (counter != Counter.PerKey)
            {
                T++;
            }
            foreach (var key in parameters.Keys.ToList())
            {
                if (counter == Counter.PerKey)
                {
                    t = ++T;
                }
                var g = grads[key];
                M[key] = beta1 * State(M, key, g) + (1 - beta1) * g;
                if (squareInPlace)
                {
                    var m = M[key];
                    g.PointwiseMultiply(g, g);
                    V[key] = beta2 * State(V, key, g) + (1 - beta2) * g;
                    M[key] = m;
                }
                else
                {
                    V[key] = beta2 * State(V, key, g) + (1 - beta2) * g.PointwisePower(2);
                }
                var mHat = correct ? M[key] / (1 - Math.Pow(beta1, t)) : M[key];
                var vHat = correct ? V[key] / (1 - Math.Pow(beta2, t)) : V[key];
                var denominator = epsilon switch
                {
                    Epsilon.InsideRoot => (vHat + eps).PointwiseSqrt(),
                    Epsilon.Uncorrected => vHat.PointwiseSqrt() + eps / Math.Sqrt(1 - Math.Pow(beta2, t)),
                    Epsilon.NoRoot => vHat + eps,
                    _ => vHat.PointwiseSqrt() + eps,
                };
                parameters[key] = parameters[key] - lr * mHat.PointwiseDivide(denominator);
            }
        }
    }
}
