using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;
using NotebookKit.Losses;
using NotebookKit.Randomness;

namespace NotebookKit.Tests.Exercises;

/// <summary>The Regularization checks pass solutions written here from the course's formulas and fail wrong ones.</summary>
public class RegularizationExerciseTests
{
    [Fact]
    public void Correct_solutions_pass()
    {
        RegularizationExercises.CheckCostWithRegularization((a3, y, p, lambd) => Cost(a3, y, p, lambd, new[] { "W1", "W2", "W3" }, 2));
        RegularizationExercises.CheckBackwardWithRegularization((x, y, cache, lambd) => Backward(x, y, cache, lambd));
        RegularizationExercises.CheckForwardWithDropout((x, p, keepProb) => Forward(x, p, keepProb, reseed: true));
        RegularizationExercises.CheckBackwardWithDropout((x, y, cache, keepProb) => BackwardWithDropout(x, y, cache, keepProb, scale: true));
    }

    [Fact]
    public void Dropout_backward_without_the_division_by_keepProb_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckBackwardWithDropout(
            (x, y, cache, keepProb) => BackwardWithDropout(x, y, cache, keepProb, scale: false)));
        Assert.Contains("1 of 2 cases fail", error.Message);
        Assert.Contains("dA1: entry", error.Message);
    }

    [Fact]
    public void Dropout_backward_that_forgets_the_masks_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckBackwardWithDropout(
            (x, y, cache, keepProb) => Backward(x, y, cache, 0)));
        Assert.Contains("course test case, keepProb = 0.8", error.Message);
    }

    [Fact]
    public void A_cost_divided_by_m_instead_of_2m_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckCostWithRegularization(
            (a3, y, p, lambd) => Cost(a3, y, p, lambd, new[] { "W1", "W2", "W3" }, 1)));
        Assert.Contains("2 of 2 cases fail", error.Message);
    }

    [Fact]
    public void A_cost_that_penalizes_the_biases_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckCostWithRegularization(
            (a3, y, p, lambd) => Cost(a3, y, p, lambd, p.Keys.ToArray(), 2)));
        Assert.Contains("biases are not penalized", error.Message);
    }

    [Fact]
    public void Backward_without_the_l2_term_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckBackwardWithRegularization(
            (x, y, cache, lambd) => Backward(x, y, cache, 0)));
        Assert.Contains("dW1: entry", error.Message);
        Assert.Contains("Hint:", error.Message);
    }

    [Fact]
    public void Dropout_with_fresh_masks_per_call_but_no_seed_fails()
    {
        Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckForwardWithDropout(
            (x, p, keepProb) => Forward(x, p, keepProb, reseed: false)));
    }

    [Fact]
    public void Dropout_without_the_division_by_keepProb_fails()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckForwardWithDropout(
            (x, p, keepProb) => Forward(x, p, keepProb, reseed: true, scale: false)));
        Assert.Contains("A3: entry", error.Message);
    }

    [Fact]
    public void A_missing_solution_is_reported_as_not_implemented()
    {
        Assert.Throws<ExerciseNotImplementedException>(() => RegularizationExercises.CheckForwardWithDropout(
            (_, _, _) => throw new NotImplementedException()));
    }

    [Fact]
    public void The_forward_cache_reproduces_the_course_hard_coded_cache()
    {
        // backward_propagation_with_regularization_test_case hard-codes Z1 and A3 (8 decimals) for these inputs.
        var (x, _, parameters) = RegularizationExercises.CourseTestCase();
        var cache = RegularizationExercises.ForwardCache(x, parameters);
        TestData.AssertClose(new[,] { { -1.52855314, 3.32524635, 2.13994541, 2.60700654, -0.75942115 }, { -1.98043538, 4.1600994, 0.79051021, 1.46493512, -0.45506242 } }, cache["Z1"], 1e-8);
        TestData.AssertClose(new[,] { { 0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402 } }, cache["A3"], 1e-8);
    }

    private static double Cost(Matrix<double> a3, Matrix<double> y, Dictionary<string, Matrix<double>> p, double lambd, string[] penalized, int denominator)
    {
        int m = y.ColumnCount;
        double squares = penalized.Sum(k => p[k].PointwisePower(2).Enumerate().Sum());
        return BinaryCrossEntropy.CostFromProbabilities(a3, y) + lambd / (denominator * m) * squares;
    }

    private static Dictionary<string, Matrix<double>> Backward(Matrix<double> x, Matrix<double> y, Dictionary<string, Matrix<double>> cache, double lambd)
    {
        int m = x.ColumnCount;
        var grads = new Dictionary<string, Matrix<double>>();
        var dZ = cache["A3"] - y;
        for (int l = 3; l >= 1; l--)
        {
            var aPrevious = l == 1 ? x : cache[$"A{l - 1}"];
            grads[$"dW{l}"] = dZ * aPrevious.Transpose() / m + lambd / m * cache[$"W{l}"];
            grads[$"db{l}"] = dZ.RowSums().ToColumnMatrix() / m;
            if (l > 1)
            {
                dZ = (cache[$"W{l}"].Transpose() * dZ).PointwiseMultiply(aPrevious.Map(a => a > 0 ? 1.0 : 0.0));
            }
        }
        return grads;
    }

    private static Dictionary<string, Matrix<double>> BackwardWithDropout(
        Matrix<double> x, Matrix<double> y, Dictionary<string, Matrix<double>> cache, double keepProb, bool scale)
    {
        int m = x.ColumnCount;
        var grads = new Dictionary<string, Matrix<double>>();
        var dZ = cache["A3"] - y;
        for (int l = 3; l >= 1; l--)
        {
            var aPrevious = l == 1 ? x : cache[$"A{l - 1}"];
            grads[$"dW{l}"] = dZ * aPrevious.Transpose() / m;
            grads[$"db{l}"] = dZ.RowSums().ToColumnMatrix() / m;
            if (l > 1)
            {
                var dA = (cache[$"W{l}"].Transpose() * dZ).PointwiseMultiply(cache[$"D{l - 1}"]) / (scale ? keepProb : 1.0);
                grads[$"dA{l - 1}"] = dA;
                dZ = dA.PointwiseMultiply(aPrevious.Map(a => a > 0 ? 1.0 : 0.0));
            }
        }
        return grads;
    }

    private static (Matrix<double>, Dictionary<string, Matrix<double>>) Forward(
        Matrix<double> x, Dictionary<string, Matrix<double>> p, double keepProb, bool reseed, bool scale = true)
    {
        var random = new NumpyRandomState(reseed ? 1 : 7);
        var cache = new Dictionary<string, Matrix<double>>();
        var a = x;
        for (int l = 1; l <= 2; l++)
        {
            var d = random.Rand(p[$"W{l}"].RowCount, x.ColumnCount).Map(u => u < keepProb ? 1.0 : 0.0);
            a = Linear(p, l, a).PointwiseMaximum(0.0).PointwiseMultiply(d) / (scale ? keepProb : 1.0);
            cache[$"D{l}"] = d;
        }
        return (Linear(p, 3, a).Map(v => 1 / (1 + Math.Exp(-v))), cache);
    }

    private static Matrix<double> Linear(Dictionary<string, Matrix<double>> p, int l, Matrix<double> a) =>
        p[$"W{l}"] * a + p[$"b{l}"] * Matrix<double>.Build.Dense(1, a.ColumnCount, 1.0);
}
