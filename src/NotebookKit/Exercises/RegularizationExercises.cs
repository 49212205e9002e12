using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Randomness;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for the Regularization assignment's graded functions on its three-layer network
/// LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID. Inputs are the course's test cases, drawn with
/// <c>np.random.seed(1)</c> (which <see cref="NumpyRandomState"/> reproduces); expected values are the course's
/// published outputs, plus comparisons with the library's own model.
/// </summary>
public static class RegularizationExercises
{
    /// <summary>The course's <c>compute_cost_with_regularization</c>: <c>J = cross-entropy + λ/(2m) Σ_l ‖W[l]‖²_F</c>.</summary>
    public delegate double CostWithRegularization(
        Matrix<double> a3, Matrix<double> y, Dictionary<string, Matrix<double>> parameters, double lambd);

    /// <summary>
    /// The course's <c>backward_propagation_with_regularization</c>: plain backpropagation with
    /// <c>dW[l] = (1/m) dZ[l] A[l−1]ᵀ + (λ/m) W[l]</c>; returns the gradients by the course's names (dW1, db1, …).
    /// </summary>
    public delegate Dictionary<string, Matrix<double>> BackwardWithRegularization(
        Matrix<double> x, Matrix<double> y, Dictionary<string, Matrix<double>> cache, double lambd);

    /// <summary>
    /// The course's <c>forward_propagation_with_dropout</c>: after seeding 1, <c>D[l] = (rand(shape of A[l]) &lt; keepProb)</c>
    /// and <c>A[l] = A[l] ⊙ D[l] / keepProb</c> for the hidden layers l = 1, 2; returns A3 and the cache with D1 and D2.
    /// </summary>
    public delegate (Matrix<double> A3, Dictionary<string, Matrix<double>> Cache) ForwardWithDropout(
        Matrix<double> x, Dictionary<string, Matrix<double>> parameters, double keepProb);

    /// <summary>
    /// The course's cost test case: <c>np.random.seed(1)</c>, then W1 (2,3), b1 (2,1), W2 (3,2), b2 (3,1), W3 (1,3),
    /// b3 (1,1) drawn in that order; <c>a3</c> and <c>Y = [1, 1, 0, 1, 0]</c> as printed by the course.
    /// </summary>
    public static (Matrix<double> A3, Matrix<double> Y, Dictionary<string, Matrix<double>> Parameters) CostTestCase()
    {
        var parameters = DrawParameters(new NumpyRandomState(1));
        var a3 = Expected.Rows(new[,] { { 0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402 } });
        return (a3, CourseLabels(), parameters);
    }

    /// <summary>
    /// The course's backward and dropout test case: <c>np.random.seed(1)</c>, <c>X = randn(3, 5)</c>, then the
    /// parameters W1 (2,3), b1 (2,1), W2 (3,2), b2 (3,1), W3 (1,3), b3 (1,1); <c>Y = [1, 1, 0, 1, 0]</c>.
    /// </summary>
    public static (Matrix<double> X, Matrix<double> Y, Dictionary<string, Matrix<double>> Parameters) CourseTestCase()
    {
        var random = new NumpyRandomState(1);
        var x = random.Randn(3, 5);
        return (x, CourseLabels(), DrawParameters(random));
    }

    /// <summary>
    /// Forward propagation without dropout, kept the course's way: <c>Z[l] = W[l]A[l−1] + b[l]</c>, <c>A[l] = relu(Z[l])</c>
    /// for l = 1, 2 and <c>A3 = σ(Z3)</c>; the cache holds Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3 by name.
    /// (The course's backward test case hard-codes this cache, rounded to 8 decimals, for <see cref="CourseTestCase"/>.)
    /// </summary>
    public static Dictionary<string, Matrix<double>> ForwardCache(Matrix<double> x, IReadOnlyDictionary<string, Matrix<double>> parameters)
    {
        var cache = new Dictionary<string, Matrix<double>>(parameters);
        var a = x;
        for (int l = 1; l <= 3; l++)
        {
            var z = parameters[$"W{l}"] * a + parameters[$"b{l}"] * Matrix<double>.Build.Dense(1, x.ColumnCount, 1.0);
            a = l < 3 ? z.PointwiseMaximum(0.0) : z.Map(v => 1 / (1 + Math.Exp(-v)));
            cache[$"Z{l}"] = z;
            cache[$"A{l}"] = a;
        }
        return cache;
    }

    /// <summary>Checks <c>compute_cost_with_regularization</c> against the course's value.</summary>
    public static void CheckCostWithRegularization(CostWithRegularization computeCostWithRegularization) => ExerciseCheck.Run(
        "ComputeCostWithRegularization",
        "cost = the cross-entropy + lambd / (2 * m) * (ΣW1² + ΣW2² + ΣW3²), with m = Y.ColumnCount; square the weights entry by entry (PointwisePower(2).Enumerate().Sum()), and leave the biases out.",
        new[]
        {
            new CheckCase("course test case, λ = 0.1 (course: 1.7864859451590758)", () =>
            {
                var (a3, y, parameters) = CostTestCase();
                return new[] { Scalar("cost", 1.7864859451590758, computeCostWithRegularization(a3, y, parameters, 0.1)) };
            }),
            new CheckCase("the same with every bias ×100: biases are not penalized, so the cost must not change", () =>
            {
                var (a3, y, parameters) = CostTestCase();
                foreach (var key in new[] { "b1", "b2", "b3" })
                {
                    parameters[key] = parameters[key] * 100;
                }
                return new[] { Scalar("cost", 1.7864859451590758, computeCostWithRegularization(a3, y, parameters, 0.1)) };
            }),
        });

    /// <summary>
    /// Checks <c>backward_propagation_with_regularization</c> against the course's published gradients and against
    /// the library's <see cref="Model.Backpropagate"/> with <see cref="Model.L2Lambda"/> on a larger seeded case.
    /// </summary>
    public static void CheckBackwardWithRegularization(BackwardWithRegularization backwardPropagationWithRegularization) => ExerciseCheck.Run(
        "BackwardPropagationWithRegularization",
        "Only the weight gradients change: dW[l] = (1/m) dZ[l] A[l-1]ᵀ + (lambd / m) * W[l] for l = 1, 2, 3 (A[0] is X); db[l] stays (1/m) Σ dZ[l].",
        new[]
        {
            new CheckCase("course test case, λ = 0.7 (course's published dW1, dW2, dW3, db1, db2, db3)", () =>
            {
                var (x, y, parameters) = CourseTestCase();
                var grads = backwardPropagationWithRegularization(x, y, ForwardCache(x, parameters), 0.7);
                // The course's cache is printed to 8 decimals; computed exactly here, the gradients agree within 5e-9.
                return Expected.Compare(grads, new[]
                {
                    ("dW1", Expected.Rows(new[,] { { -0.25604646, 0.12298827, -0.28297129 }, { -0.17706303, 0.34536094, -0.4410571 } })),
                    ("dW2", Expected.Rows(new[,] { { 0.79276486, 0.85133918 }, { -0.0957219, -0.01720463 }, { -0.13100772, -0.03750433 } })),
                    ("dW3", Expected.Rows(new[,] { { -1.77691347, -0.11832879, -0.09397446 } })),
                    ("db1", Expected.Rows(new[,] { { 0.11845855 }, { 0.21236874 } })),
                    ("db2", Expected.Rows(new[,] { { 0.26135226 }, { 0 }, { 0 } })),
                    ("db3", Expected.Rows(new[,] { { -0.38032981 } })),
                }, 1e-7);
            }),
            new CheckCase("layers [2, 20, 3, 1], 10 examples drawn from seed 2, λ = 2.5, against the library's Model.Backpropagate", () =>
            {
                var random = new NumpyRandomState(2);
                var x = random.Randn(2, 10);
                var y = random.Rand(1, 10).Map(u => u < 0.5 ? 1.0 : 0.0);
                var parameters = random.RandnByName(("W1", 20, 2), ("b1", 20, 1), ("W2", 3, 20), ("b2", 3, 1), ("W3", 1, 3), ("b3", 1, 1));
                var model = LibraryModel(parameters, 2.5);
                model.Backpropagate(x, y);
                var grads = backwardPropagationWithRegularization(x, y, ForwardCache(x, parameters), 2.5);
                return Expected.Compare(grads, new[] { "dW1", "db1", "dW2", "db2", "dW3", "db3" }.Select(k => (k, model[k].Clone())), 1e-12);
            }),
        });

    /// <summary>Checks <c>forward_propagation_with_dropout</c> against the course's A3 and masks.</summary>
    public static void CheckForwardWithDropout(ForwardWithDropout forwardPropagationWithDropout) => ExerciseCheck.Run(
        "ForwardPropagationWithDropout",
        "Seed once at the top with new NumpyRandomState(1); after each hidden ReLU draw D = random.Rand(rows, columns) mapped to 1 where u < keepProb, else 0 (D1 before D2), then A = A ⊙ D / keepProb; no dropout on X or on A3.",
        new[]
        {
            new CheckCase("course test case, keepProb = 0.7 (course's A3, D1, D2)", () =>
            {
                var (x, _, parameters) = CourseTestCase();
                var (a3, cache) = forwardPropagationWithDropout(x, parameters, 0.7);
                return new[] { new Comparison("A3", Expected.Rows(new[,] { { 0.36974721, 0.00305176, 0.04565099, 0.49683389, 0.36974721 } }), a3, 1e-8) }
                    .Concat(Expected.Compare(cache, new[]
                    {
                        ("D1", Expected.Rows(new double[,] { { 1, 0, 1, 1, 1 }, { 1, 1, 1, 1, 1 } })),
                        ("D2", Expected.Rows(new double[,] { { 1, 1, 1, 0, 1 }, { 1, 1, 1, 1, 1 }, { 0, 0, 1, 1, 0 } })),
                    }, 0, "cache"));
            }),
            new CheckCase("course test case, keepProb = 1: nothing is dropped, so A3 is the plain forward pass (the course's a3 of the cost test)", () =>
            {
                var (x, _, parameters) = CourseTestCase();
                var (a3, _) = forwardPropagationWithDropout(x, parameters, 1.0);
                return new[] { new Comparison("A3", Expected.Rows(new[,] { { 0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402 } }), a3, 1e-8) };
            }),
        });

    private static Dictionary<string, Matrix<double>> DrawParameters(NumpyRandomState random) =>
        random.RandnByName(("W1", 2, 3), ("b1", 2, 1), ("W2", 3, 2), ("b2", 3, 1), ("W3", 1, 3), ("b3", 1, 1));

    private static Matrix<double> CourseLabels() => Expected.Rows(new double[,] { { 1, 1, 0, 1, 0 } });

    private static Model LibraryModel(IReadOnlyDictionary<string, Matrix<double>> parameters, double lambd) =>
        Model.FromParameters(parameters, Activation.ReLU, new BinaryCrossEntropy(), lambd);

    private static Comparison Scalar(string what, double expected, double actual) =>
        new(what, Matrix<double>.Build.Dense(1, 1, expected), Matrix<double>.Build.Dense(1, 1, actual), 1e-10);
}
