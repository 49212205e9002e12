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
        Matrix<double> x, Matrix<double> y, double epsilon, bool twoSided)
    {
        var theta = Keys.SelectMany(k => parameters[k].ToRowMajorArray()).ToArray();
        var grad = Keys.SelectMany(k => gradients["d" + k].ToRowMajorArray()).ToArray();
        var gradApprox = new double[theta.Length];
        for (int i = 0; i < theta.Length; i++)
        {
            var plus = (double[])theta.Clone();
            plus[i] += epsilon;
            var minus = (double[])theta.Clone();
            if (twoSided)
            {
                minus[i] -= epsilon;
            }
            double jPlus = CourseCost(x, y, ToDictionary(plus, parameters));
            double jMinus = CourseCost(x, y, ToDictionary(minus, parameters));
            gradApprox[i] = (jPlus - jMinus) / (twoSided ? 2 * epsilon : epsilon);
        }
        var g = Vector<double>.Build.DenseOfArray(grad);
        var a = Vector<double>.Build.DenseOfArray(gradApprox);
        return (g - a).L2Norm() / (g.L2Norm() + a.L2Norm());
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
