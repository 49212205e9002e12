using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>The gradient-checking checks pass the course's algorithms (written here) and fail wrong ones.</summary>
public class GradientCheckingExercisesTests
{
    private static readonly string[] Keys = { "W1", "b1", "W2", "b2", "W3", "b3" };

    [Fact]
    public void Correct_one_dimensional_solutions_pass()
    {
        GradientCheckingExercises.CheckForwardPropagation((x, theta) => theta * x);
        GradientCheckingExercises.CheckBackwardPropagation((x, theta) => x);
        GradientCheckingExercises.CheckGradientCheck(GradientCheck);
    }

    [Fact]
    public void The_one_dimensional_difference_is_the_course_double_exactly()
    {
        Assert.Equal(2.919335883291695e-10, GradientCheck(2, 4, 1e-7));
        Assert.Equal(7.814075313343006e-11, GradientCheck(3, 4, 1e-7));
    }

    [Fact]
    public void Algebraically_equivalent_recipes_pass_the_one_dimensional_check()
    {
        // x(θ⁺ − θ⁻)/(2ε) rounds differently: 2.919335883291695e-10 for x = 3 where the course has 7.8e-11 (by hand in Python).
        GradientCheckingExercises.CheckGradientCheck((x, theta, epsilon) =>
        {
            double gradApprox = x * ((theta + epsilon) - (theta - epsilon)) / (2 * epsilon);
            return Math.Abs(x - gradApprox) / (Math.Abs(x) + Math.Abs(gradApprox));
        });
        // On a linear J the one-sided difference is exact up to roundoff too; the N-D check is where it fails.
        GradientCheckingExercises.CheckGradientCheck((x, theta, epsilon) =>
        {
            double gradApprox = ((theta + epsilon) * x - theta * x) / epsilon;
            return Math.Abs(x - gradApprox) / (Math.Abs(x) + Math.Abs(gradApprox));
        });
    }

    /// <summary>Forward passes a student plausibly writes instead of J = θx.</summary>
    private static readonly Dictionary<string, GradientCheckingExercises.Propagation> WrongForwards = new()
    {
        ["θ + x"] = (x, theta) => theta + x,
        ["x alone"] = (x, theta) => x,
        ["θ alone"] = (x, theta) => theta,
        ["θ²x"] = (x, theta) => theta * theta * x,
        ["the course's 8 as a constant"] = (_, _) => 8,
    };

    /// <summary>Backward passes a student plausibly writes instead of dJ/dθ = x.</summary>
    private static readonly Dictionary<string, GradientCheckingExercises.Propagation> WrongBackwards = new()
    {
        ["θ (the derivative with respect to x)"] = (x, theta) => theta,
        ["J itself, θx"] = (x, theta) => theta * x,
        ["1"] = (_, _) => 1,
        ["−x (wrong sign)"] = (x, _) => -x,
        ["the course's 2 as a constant"] = (_, _) => 2,
    };

    /// <summary>1-D checks a student plausibly writes instead of |g − g̃| / (|g| + |g̃|), g̃ two-sided.</summary>
    private static readonly Dictionary<string, GradientCheckingExercises.OneDimensionalCheck> WrongOneDimensionalChecks = new()
    {
        ["return 0"] = (_, _, _) => 0,
        ["the course's 2.9e-10 as a constant"] = (_, _, _) => 2.919335883291695e-10,
        ["g̃ compared with itself"] = (x, theta, epsilon) => 0 * x,
        ["no 2 in the denominator of g̃"] = (x, theta, epsilon) => Relative(x, ((theta + epsilon) * x - (theta - epsilon) * x) / epsilon),
        ["ε multiplied instead of divided"] = (x, theta, epsilon) => Relative(x, ((theta + epsilon) * x - (theta - epsilon) * x) / 2 * epsilon),
        ["|g − g̃| without the denominator"] = (x, theta, epsilon) => Math.Abs(x - ((theta + epsilon) * x - (theta - epsilon) * x) / (2 * epsilon)),
        ["no absolute value in the numerator"] = (x, theta, epsilon) =>
        {
            double gradApprox = ((theta + epsilon) * x - (theta - epsilon) * x) / (2 * epsilon);
            return (x - gradApprox) / (Math.Abs(x) + Math.Abs(gradApprox));
        },
        ["no absolute values in the denominator"] = (x, theta, epsilon) =>
        {
            double gradApprox = ((theta + epsilon) * x - (theta - epsilon) * x) / (2 * epsilon);
            return Math.Abs(x - gradApprox) / (x + gradApprox);
        },
        ["x perturbed instead of θ"] = (x, theta, epsilon) => Relative(x, (theta * (x + epsilon) - theta * (x - epsilon)) / (2 * epsilon)),
        ["J⁺ − J⁻ in the wrong order"] = (x, theta, epsilon) => Relative(x, ((theta - epsilon) * x - (theta + epsilon) * x) / (2 * epsilon)),
    };

    /// <summary>N-D checks a student plausibly writes instead of the course's gradient_check_n.</summary>
    private static readonly Dictionary<string, GradientCheckingExercises.NDimensionalCheck> WrongNDimensionalChecks = new()
    {
        ["one-sided difference"] = (p, g, x, y, epsilon) => GradientCheckN(p, g, x, y, epsilon, twoSided: false),
        ["no 2 in the denominator of g̃"] = (p, g, x, y, epsilon) => GradientCheckN(p, g, x, y, epsilon, twoSided: true, denominator: 1),
        ["θ⁺ and θ⁻ alias θ (no copy)"] = (p, g, x, y, epsilon) => GradientCheckN(p, g, x, y, epsilon, twoSided: true, alias: true),
        ["a parameter left perturbed"] = (p, g, x, y, epsilon) =>
        {
            double difference = GradientCheckN(p, g, x, y, epsilon, twoSided: true);
            p["W3"][0, 0] += epsilon;
            return difference;
        },
        ["ε fixed at 1e-7"] = (p, g, x, y, epsilon) => GradientCheckN(p, g, x, y, 1e-7, twoSided: true),
        ["divided by ‖g‖ only"] = (p, g, x, y, epsilon) => GradientCheckN(p, g, x, y, epsilon, twoSided: true, normalization: Normalization.GradientOnly),
        ["no normalization"] = (p, g, x, y, epsilon) => GradientCheckN(p, g, x, y, epsilon, twoSided: true, normalization: Normalization.None),
        ["L1 norms instead of L2"] = (p, g, x, y, epsilon) => GradientCheckN(p, g, x, y, epsilon, twoSided: true, normalization: Normalization.L1),
        ["the course's 0.285 as a constant"] = (_, _, _, _, _) => 0.2850931567761623,
    };

    /// <summary>Repairs of backward_propagation_n a student plausibly writes instead of dW2 = (1/m) dZ2 A1ᵀ, db1 = (1/m) Σ dZ1.</summary>
    private static readonly Dictionary<string, GradientCheckingExercises.BackwardN> WrongRepairs = new()
    {
        ["nothing repaired"] = (x, y, cache) => Repaired(x, y, cache, fixW2: false, fixB1: false),
        ["only dW2 repaired"] = (x, y, cache) => Repaired(x, y, cache, fixW2: true, fixB1: false),
        ["only db1 repaired"] = (x, y, cache) => Repaired(x, y, cache, fixW2: false, fixB1: true),
        ["db1 without 1/m"] = (x, y, cache) =>
        {
            var gradients = Repaired(x, y, cache, fixW2: true, fixB1: true);
            gradients["db1"] *= x.ColumnCount;
            return gradients;
        },
        ["db1 summed over the wrong axis"] = (x, y, cache) =>
        {
            var gradients = Repaired(x, y, cache, fixW2: true, fixB1: true);
            gradients["db1"] = DZ(x, y, cache).DZ1.ColumnSums().ToColumnMatrix() / x.ColumnCount;
            return gradients;
        },
        ["dW2 from A2 instead of A1"] = (x, y, cache) =>
        {
            var gradients = Repaired(x, y, cache, fixW2: true, fixB1: true);
            gradients["dW2"] = DZ(x, y, cache).DZ2 * cache["A2"].Transpose() / x.ColumnCount;
            return gradients;
        },
        ["dW2 halved again (÷ 2 twice)"] = (x, y, cache) =>
        {
            var gradients = Repaired(x, y, cache, fixW2: true, fixB1: true);
            gradients["dW2"] /= 2;
            return gradients;
        },
        ["the course's case's gradients as constants"] = (x, y, cache) =>
        {
            var (courseX, courseY, parameters) = GradientCheckingExercises.CourseTestCase();
            return GradientCheckingExercises.CourseGradients(parameters, courseX, courseY, plantedBugs: false);
        },
    };

    public static TheoryData<string> WrongForwardNames => new(WrongForwards.Keys);
    public static TheoryData<string> WrongBackwardNames => new(WrongBackwards.Keys);
    public static TheoryData<string> WrongOneDimensionalCheckNames => new(WrongOneDimensionalChecks.Keys);
    public static TheoryData<string> WrongNDimensionalCheckNames => new(WrongNDimensionalChecks.Keys);
    public static TheoryData<string> WrongRepairNames => new(WrongRepairs.Keys);

    [Theory]
    [MemberData(nameof(WrongForwardNames))]
    public void The_forward_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => GradientCheckingExercises.CheckForwardPropagation(WrongForwards[mistake]));

    [Theory]
    [MemberData(nameof(WrongBackwardNames))]
    public void The_backward_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => GradientCheckingExercises.CheckBackwardPropagation(WrongBackwards[mistake]));

    [Theory]
    [MemberData(nameof(WrongOneDimensionalCheckNames))]
    public void The_one_dimensional_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => GradientCheckingExercises.CheckGradientCheck(WrongOneDimensionalChecks[mistake]));

    [Theory]
    [MemberData(nameof(WrongNDimensionalCheckNames))]
    public void The_n_dimensional_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => GradientCheckingExercises.CheckGradientCheckN(WrongNDimensionalChecks[mistake]));

    [Theory]
    [MemberData(nameof(WrongRepairNames))]
    public void The_repair_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => GradientCheckingExercises.CheckBackwardPropagationNRepaired(WrongRepairs[mistake]));

    [Fact]
    public void The_repair_written_the_course_way_passes()
    {
        GradientCheckingExercises.CheckBackwardPropagationNRepaired((x, y, cache) => Repaired(x, y, cache, fixW2: true, fixB1: true));
    }

    [Fact]
    public void The_tiny_epsilon_case_expects_the_hand_derived_difference()
    {
        // θ = 3, ε = 1.2e-15: ulp(3) = 2⁻⁵¹ ≈ 4.44e-16 and ε = 2.70 ulp, so θ ± ε round to 3 ± 3·2⁻⁵¹; with x = ±2 every
        // later step is exact: g̃ = x · 3·2⁻⁵¹ / 1.2e-15 = 1.1102230246251565x, d = 0.1102230246251565 / 2.1102230246251565.
        // Python (float arithmetic, as numpy's float64) gives the same double, 0.05223287933972557.
        double tiny = 3 * Math.Pow(2, -51) / 1.2e-15;
        Assert.Equal(0.05223287933972557, (tiny - 1) / (tiny + 1), 15);
        Assert.Equal(0.05223287933972557, GradientCheck(2, 3, 1.2e-15));
        Assert.Equal(0.05223287933972557, GradientCheck(-2, 3, 1.2e-15));
    }

    [Fact]
    public void A_difference_without_its_two_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => GradientCheckingExercises.CheckGradientCheck((x, theta, epsilon) =>
        {
            double gradApprox = ((theta + epsilon) * x - (theta - epsilon) * x) / epsilon;
            return Math.Abs(x - gradApprox) / (Math.Abs(x) + Math.Abs(gradApprox));
        }));
        Assert.Contains("expected 2.919335883291695E-10", error.Message);
    }

    [Fact]
    public void A_difference_without_its_denominator_fails()
    {
        // |g − g̃| alone is 1.2e-9 for x = 2 (inside the tolerance) but 2.5e-7 for x = 1000.
        var error = Assert.Throws<ExerciseFailedException>(() => GradientCheckingExercises.CheckGradientCheck(
            (x, theta, epsilon) => Math.Abs(x - ((theta + epsilon) * x - (theta - epsilon) * x) / (2 * epsilon))));
        Assert.Contains("x: 1000", error.Message);
    }

    [Fact]
    public void A_missing_backward_propagation_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => GradientCheckingExercises.CheckBackwardPropagation(
            (_, _) => throw new NotImplementedException()));
    }

    [Fact]
    public void The_course_algorithm_passes_the_n_dimensional_check()
    {
        GradientCheckingExercises.CheckGradientCheckN((p, g, x, y, epsilon) => GradientCheckN(p, g, x, y, epsilon, twoSided: true));
    }

    [Fact]
    public void The_course_algorithm_reproduces_the_published_differences_closely()
    {
        var (x, y, parameters) = GradientCheckingExercises.CourseTestCase();
        Assert.Equal(2.407833389834357, CourseCost(x, y, parameters), 14);
        var buggy = GradientCheckingExercises.CourseGradients(parameters, x, y, plantedBugs: true);
        Assert.Equal(0.2850931567761623, GradientCheckN(parameters, buggy, x, y, 1e-7, twoSided: true), 9);
        var fixedGradients = GradientCheckingExercises.CourseGradients(parameters, x, y, plantedBugs: false);
        double fixedDifference = GradientCheckN(parameters, fixedGradients, x, y, 1e-7, twoSided: true);
        Assert.InRange(fixedDifference, 1e-8, 2e-7);
    }

    [Fact]
    public void A_one_sided_n_dimensional_check_fails_at_a_large_epsilon()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => GradientCheckingExercises.CheckGradientCheckN(
            (p, g, x, y, epsilon) => GradientCheckN(p, g, x, y, epsilon, twoSided: false)));
        Assert.Contains("ε = 1e-3", error.Message);
    }

    [Fact]
    public void An_n_dimensional_check_that_leaves_a_parameter_perturbed_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => GradientCheckingExercises.CheckGradientCheckN((p, g, x, y, epsilon) =>
        {
            double difference = GradientCheckN(p, g, x, y, epsilon, twoSided: true);
            p["W3"][0, 0] += epsilon;
            return difference;
        }));
        Assert.Contains("parameters[\"W3\"]", error.Message);
    }

    [Fact]
    public void The_planted_bugs_scale_exactly_dW2_and_db1()
    {
        var (x, y, parameters) = GradientCheckingExercises.CourseTestCase();
        var good = GradientCheckingExercises.CourseGradients(parameters, x, y, plantedBugs: false);
        var bad = GradientCheckingExercises.CourseGradients(parameters, x, y, plantedBugs: true);
        Assert.Equal(good["dW2"] * 2, bad["dW2"]);
        Assert.Equal(good["db1"] * 4, bad["db1"]);
        Assert.Equal(good["dW3"], bad["dW3"]);
    }

    private enum Normalization { Sum, GradientOnly, None, L1 }

    private static double Relative(double grad, double gradApprox) => Math.Abs(grad - gradApprox) / (Math.Abs(grad) + Math.Abs(gradApprox));

    /// <summary>dZ1 and dZ2 of the course's backward_propagation_n (both correct in the course's buggy version).</summary>
    private static (Matrix<double> DZ1, Matrix<double> DZ2) DZ(Matrix<double> x, Matrix<double> y, Dictionary<string, Matrix<double>> cache)
    {
        var dZ3 = cache["A3"] - y;
        var dZ2 = (cache["W3"].Transpose() * dZ3).PointwiseMultiply(cache["A2"].Map(a => a > 0 ? 1.0 : 0.0));
        var dZ1 = (cache["W2"].Transpose() * dZ2).PointwiseMultiply(cache["A1"].Map(a => a > 0 ? 1.0 : 0.0));
        return (dZ1, dZ2);
    }

    /// <summary>The course's backward_propagation_n, with its bugs (dW2 × 2, db1 × 4) each fixed or not.</summary>
    private static Dictionary<string, Matrix<double>> Repaired(Matrix<double> x, Matrix<double> y, Dictionary<string, Matrix<double>> cache, bool fixW2, bool fixB1)
    {
        int m = x.ColumnCount;
        var dZ3 = cache["A3"] - y;
        var (dZ1, dZ2) = DZ(x, y, cache);
        return new Dictionary<string, Matrix<double>>
        {
            ["dW3"] = dZ3 * cache["A2"].Transpose() / m,
            ["db3"] = dZ3.RowSums().ToColumnMatrix() / m,
            ["dW2"] = dZ2 * cache["A1"].Transpose() / m * (fixW2 ? 1 : 2),
            ["db2"] = dZ2.RowSums().ToColumnMatrix() / m,
            ["dW1"] = dZ1 * x.Transpose() / m,
            ["db1"] = dZ1.RowSums().ToColumnMatrix() / m * (fixB1 ? 1 : 4),
        };
    }

    private static double GradientCheck(double x, double theta, double epsilon)
    {
        double jPlus = (theta + epsilon) * x, jMinus = (theta - epsilon) * x;
        double gradApprox = (jPlus - jMinus) / (2 * epsilon);
        double grad = x;
        return Math.Abs(grad - gradApprox) / (Math.Abs(grad) + Math.Abs(gradApprox));
    }

    /// <summary>The course's gradient_check_n: flatten row by row, perturb each entry, relative difference.</summary>
    private static double GradientCheckN(
        Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> gradients,
        Matrix<double> x, Matrix<double> y, double epsilon, bool twoSided,
        int denominator = 2, bool alias = false, Normalization normalization = Normalization.Sum)
    {
        var theta = Keys.SelectMany(k => parameters[k].ToRowMajorArray()).ToArray();
        var grad = Keys.SelectMany(k => gradients["d" + k].ToRowMajorArray()).ToArray();
        var gradApprox = new double[theta.Length];
        for (int i = 0; i < theta.Length; i++)
        {
            var plus = alias ? theta : (double[])theta.Clone();
            plus[i] += epsilon;
            double jPlus = CourseCost(x, y, ToDictionary(plus, parameters));
            var minus = alias ? theta : (double[])theta.Clone();
            if (twoSided)
            {
                minus[i] -= epsilon;
            }
            double jMinus = CourseCost(x, y, ToDictionary(minus, parameters));
            gradApprox[i] = (jPlus - jMinus) / (twoSided ? denominator * epsilon : epsilon);
        }
        var g = Vector<double>.Build.DenseOfArray(grad);
        var a = Vector<double>.Build.DenseOfArray(gradApprox);
        return normalization switch
        {
            Normalization.GradientOnly => (g - a).L2Norm() / g.L2Norm(),
            Normalization.None => (g - a).L2Norm(),
            Normalization.L1 => (g - a).L1Norm() / (g.L1Norm() + a.L1Norm()),
            _ => (g - a).L2Norm() / (g.L2Norm() + a.L2Norm()),
        };
    }

    private static Dictionary<string, Matrix<double>> ToDictionary(double[] theta, Dictionary<string, Matrix<double>> shapes)
    {
        var result = new Dictionary<string, Matrix<double>>();
        int offset = 0;
        foreach (var k in Keys)
        {
            var (rows, columns) = (shapes[k].RowCount, shapes[k].ColumnCount);
            result[k] = Matrix<double>.Build.DenseOfRowMajor(rows, columns, theta.Skip(offset).Take(rows * columns));
            offset += rows * columns;
        }
        return result;
    }

    /// <summary>The course's forward_propagation_n: J = −(1/m) Σ [y log a3 + (1 − y) log(1 − a3)].</summary>
    private static double CourseCost(Matrix<double> x, Matrix<double> y, IReadOnlyDictionary<string, Matrix<double>> p)
    {
        var a = x;
        for (int l = 1; l <= 3; l++)
        {
            var z = p[$"W{l}"] * a + p[$"b{l}"] * Matrix<double>.Build.Dense(1, a.ColumnCount, 1.0);
            a = l < 3 ? z.Map(v => Math.Max(v, 0)) : z.Map(v => 1 / (1 + Math.Exp(-v)));
        }
        double sum = 0;
        for (int j = 0; j < a.ColumnCount; j++)
        {
            sum += -Math.Log(a[0, j]) * y[0, j] - Math.Log(1 - a[0, j]) * (1 - y[0, j]);
        }
        return sum / a.ColumnCount;
    }
}
