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

    /// <summary>Costs a student plausibly writes instead of cross-entropy + λ/(2m) Σ_l ‖W[l]‖²_F.</summary>
    private static readonly Dictionary<string, RegularizationExercises.CostWithRegularization> WrongCosts = new()
    {
        ["divided by m instead of 2m"] = (a3, y, p, lambd) => Cost(a3, y, p, lambd, new[] { "W1", "W2", "W3" }, 1),
        ["biases penalized too"] = (a3, y, p, lambd) => Cost(a3, y, p, lambd, p.Keys.ToArray(), 2),
        ["W3 left out"] = (a3, y, p, lambd) => Cost(a3, y, p, lambd, new[] { "W1", "W2" }, 2),
        ["no penalty at all"] = (a3, y, p, lambd) => BinaryCrossEntropy.CostFromProbabilities(a3, y),
        ["m taken from the rows of Y (1)"] = (a3, y, p, lambd) => BinaryCrossEntropy.CostFromProbabilities(a3, y)
            + lambd / 2 * new[] { "W1", "W2", "W3" }.Sum(k => p[k].PointwisePower(2).Enumerate().Sum()),
        ["square of the sum instead of sum of squares"] = (a3, y, p, lambd) => BinaryCrossEntropy.CostFromProbabilities(a3, y)
            + lambd / (2.0 * y.ColumnCount) * new[] { "W1", "W2", "W3" }.Sum(k => Math.Pow(p[k].Enumerate().Sum(), 2)),
        ["L1 (sum of |w|) instead of L2"] = (a3, y, p, lambd) => BinaryCrossEntropy.CostFromProbabilities(a3, y)
            + lambd / (2.0 * y.ColumnCount) * new[] { "W1", "W2", "W3" }.Sum(k => p[k].Enumerate().Sum(Math.Abs)),
        ["penalty subtracted"] = (a3, y, p, lambd) => 2 * BinaryCrossEntropy.CostFromProbabilities(a3, y) - Cost(a3, y, p, lambd, new[] { "W1", "W2", "W3" }, 2),
        ["the course's value returned as a constant"] = (_, _, _, _) => 1.7864859451590758,
        ["λ² in place of λ"] = (a3, y, p, lambd) => Cost(a3, y, p, lambd * lambd * 10, new[] { "W1", "W2", "W3" }, 2),
    };

    public static TheoryData<string> WrongCostNames => new(WrongCosts.Keys);

    [Theory]
    [MemberData(nameof(WrongCostNames))]
    public void The_cost_check_rejects(string mistake)
    {
        Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckCostWithRegularization(WrongCosts[mistake]));
    }

    /// <summary>L2 backward passes a student plausibly writes instead of dW[l] = (1/m) dZ[l] A[l−1]ᵀ + (λ/m) W[l].</summary>
    private static readonly Dictionary<string, RegularizationExercises.BackwardWithRegularization> WrongL2Backwards = new()
    {
        ["no L2 term"] = (x, y, cache, lambd) => Backward(x, y, cache, 0),
        ["λ/(2m) instead of λ/m"] = (x, y, cache, lambd) => Backward(x, y, cache, lambd / 2),
        ["λ instead of λ/m"] = (x, y, cache, lambd) => Backward(x, y, cache, lambd * x.ColumnCount),
        ["wrong sign"] = (x, y, cache, lambd) => Backward(x, y, cache, -lambd),
        ["the L2 term added to db too"] = (x, y, cache, lambd) => WithBiasTerm(Backward(x, y, cache, lambd), lambd / x.ColumnCount),
        ["the L2 term scaled into the cache's W in place"] = (x, y, cache, lambd) =>
        {
            var grads = Backward(x, y, cache, 0);
            foreach (var l in new[] { 1, 2, 3 })
            {
                cache[$"W{l}"].Multiply(lambd / x.ColumnCount, cache[$"W{l}"]);
                grads[$"dW{l}"] += cache[$"W{l}"];
            }
            return grads;
        },
        ["the course's dW only, λ fixed at 0.7"] = (x, y, cache, lambd) => Backward(x, y, cache, 0.7),
    };

    public static TheoryData<string> WrongL2BackwardNames => new(WrongL2Backwards.Keys);

    [Theory]
    [MemberData(nameof(WrongL2BackwardNames))]
    public void The_l2_backward_check_rejects(string mistake)
    {
        Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckBackwardWithRegularization(WrongL2Backwards[mistake]));
    }

    /// <summary>Dropout forward passes a student plausibly writes instead of the course's (seed 1, D1 then D2, ÷ keepProb).</summary>
    private static readonly Dictionary<string, RegularizationExercises.ForwardWithDropout> WrongDropoutForwards = new()
    {
        ["no seed: a different generator"] = (x, p, keepProb) => Forward(x, p, keepProb, reseed: false),
        ["no division by keepProb"] = (x, p, keepProb) => Forward(x, p, keepProb, reseed: true, scale: false),
        ["multiplied by keepProb"] = (x, p, keepProb) => ForwardVariant(x, p, keepProb, scaleBy: keepProb * keepProb),
        ["kept where u > keepProb"] = (x, p, keepProb) => ForwardVariant(x, p, keepProb, keepAbove: true),
        ["reseeded before each mask"] = (x, p, keepProb) => ForwardVariant(x, p, keepProb, reseedEachLayer: true),
        ["dropout on X as well"] = (x, p, keepProb) => ForwardVariant(x, p, keepProb, dropInput: true),
        ["dropout on A3 as well"] = (x, p, keepProb) => ForwardVariant(x, p, keepProb, dropOutput: true),
        ["the cache holds A1 before the mask"] = (x, p, keepProb) => ForwardVariant(x, p, keepProb, cacheUnmasked: true),
    };

    public static TheoryData<string> WrongDropoutForwardNames => new(WrongDropoutForwards.Keys);

    [Theory]
    [MemberData(nameof(WrongDropoutForwardNames))]
    public void The_dropout_forward_check_rejects(string mistake)
    {
        Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckForwardWithDropout(WrongDropoutForwards[mistake]));
    }

    /// <summary>Dropout backward passes a student plausibly writes instead of dA[l] ⊙ D[l] / keepProb before the ReLU step.</summary>
    private static readonly Dictionary<string, RegularizationExercises.BackwardWithDropout> WrongDropoutBackwards = new()
    {
        ["no division by keepProb"] = (x, y, cache, keepProb) => BackwardWithDropout(x, y, cache, keepProb, scale: false),
        ["no masks"] = (x, y, cache, keepProb) => Backward(x, y, cache, 0),
        ["multiplied by keepProb"] = (x, y, cache, keepProb) => BackwardWithDropout(x, y, cache, keepProb * keepProb * keepProb, scale: true),
        ["only dA2 masked"] = (x, y, cache, keepProb) =>
        {
            var masked = new Dictionary<string, Matrix<double>>(cache) { ["D1"] = Matrix<double>.Build.Dense(cache["D1"].RowCount, cache["D1"].ColumnCount, keepProb) };
            return BackwardWithDropout(x, y, masked, keepProb, scale: true);
        },
        ["mask applied to dZ, so the returned dA are unmasked"] = (x, y, cache, keepProb) =>
        {
            var grads = BackwardWithDropout(x, y, cache, keepProb, scale: true);
            var dZ2 = grads["dA2"].PointwiseMultiply(cache["A2"].Map(a => a > 0 ? 1.0 : 0.0));
            grads["dA2"] = cache["W3"].Transpose() * (cache["A3"] - y);
            grads["dA1"] = cache["W2"].Transpose() * dZ2;
            return grads;
        },
    };

    public static TheoryData<string> WrongDropoutBackwardNames => new(WrongDropoutBackwards.Keys);

    [Theory]
    [MemberData(nameof(WrongDropoutBackwardNames))]
    public void The_dropout_backward_check_rejects(string mistake)
    {
        Assert.Throws<ExerciseFailedException>(() => RegularizationExercises.CheckBackwardWithDropout(WrongDropoutBackwards[mistake]));
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
        Assert.Contains("3 of 4 cases fail", error.Message);
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
            cache[$"A{l}"] = a;
        }
        return (Linear(p, 3, a).Map(v => 1 / (1 + Math.Exp(-v))), cache);
    }

    private static Dictionary<string, Matrix<double>> WithBiasTerm(Dictionary<string, Matrix<double>> grads, double factor)
    {
        foreach (var l in new[] { 1, 2, 3 })
        {
            grads[$"db{l}"] = grads[$"db{l}"] + factor;
        }
        return grads;
    }

    private static (Matrix<double>, Dictionary<string, Matrix<double>>) ForwardVariant(
        Matrix<double> x, Dictionary<string, Matrix<double>> p, double keepProb, double? scaleBy = null, bool keepAbove = false,
        bool reseedEachLayer = false, bool dropInput = false, bool dropOutput = false, bool cacheUnmasked = false)
    {
        var random = new NumpyRandomState(1);
        Matrix<double> Mask(int rows, int columns)
        {
            if (reseedEachLayer)
            {
                random = new NumpyRandomState(1);
            }
            return random.Rand(rows, columns).Map(u => (keepAbove ? u > keepProb : u < keepProb) ? 1.0 : 0.0);
        }
        var cache = new Dictionary<string, Matrix<double>>();
        var a = dropInput ? x.PointwiseMultiply(Mask(x.RowCount, x.ColumnCount)) / keepProb : x;
        for (int l = 1; l <= 2; l++)
        {
            var activation = Linear(p, l, a).PointwiseMaximum(0.0);
            var d = Mask(activation.RowCount, activation.ColumnCount);
            a = activation.PointwiseMultiply(d) / (scaleBy ?? keepProb);
            cache[$"D{l}"] = d;
            cache[$"A{l}"] = cacheUnmasked ? activation : a;
        }
        var a3 = Linear(p, 3, a).Map(v => 1 / (1 + Math.Exp(-v)));
        if (dropOutput)
        {
            a3 = a3.PointwiseMultiply(Mask(1, a3.ColumnCount)) / keepProb;
        }
        return (a3, cache);
    }

    private static Matrix<double> Linear(Dictionary<string, Matrix<double>> p, int l, Matrix<double> a) =>
        p[$"W{l}"] * a + p[$"b{l}"] * Matrix<double>.Build.Dense(1, a.ColumnCount, 1.0);
}
