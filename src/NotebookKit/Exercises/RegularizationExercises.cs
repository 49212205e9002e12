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
    /// The course's <c>backward_propagation_with_dropout</c>: plain backpropagation, except that right after
    /// <c>dA[l] = W[l+1]ᵀ dZ[l+1]</c> each hidden layer applies its mask again, <c>dA[l] = dA[l] ⊙ D[l] / keepProb</c>
    /// (l = 2, then 1); returns the gradients by the course's names, dA1 and dA2 included.
    /// </summary>
    public delegate Dictionary<string, Matrix<double>> BackwardWithDropout(
        Matrix<double> x, Matrix<double> y, Dictionary<string, Matrix<double>> cache, double keepProb);

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

    /// <summary>
    /// Checks <c>compute_cost_with_regularization</c> against the course's value (λ = 0.1), with the biases scaled (they
    /// are not penalized), and at λ = 0 and λ = 0.7, whose costs follow from the course's by hand: the penalty is linear
    /// in λ, so with <c>CE</c> the cross-entropy, <c>J(λ) = CE + (λ / 0.1)·(1.7864859451590758 − CE)</c>.
    /// </summary>
    public static void CheckCostWithRegularization(CostWithRegularization computeCostWithRegularization) => ExerciseCheck.Run(
        "ComputeCostWithRegularization",
        "Compare your penalty with the formula: the factor is λ/(2m), m the number of examples (columns of Y); the sum runs " +
        "over the squares of every entry of W1, W2 and W3 (not the square of their sum, not |w|); biases are not penalized; " +
        "the penalty is added to the cross-entropy, and is 0 when λ = 0.",
        new[]
        {
            new CheckCase("course test case, λ = 0: no penalty, the cross-entropy alone", () =>
            {
                var (a3, y, parameters) = CostTestCase();
                return new[] { Scalar("cost", BinaryCrossEntropy.CostFromProbabilities(a3, y), computeCostWithRegularization(a3, y, parameters, 0)) };
            }),
            new CheckCase("course test case, λ = 0.7: seven times the course's penalty at λ = 0.1", () =>
            {
                var (a3, y, parameters) = CostTestCase();
                double crossEntropy = BinaryCrossEntropy.CostFromProbabilities(a3, y);
                return new[] { Scalar("cost", crossEntropy + 7 * (1.7864859451590758 - crossEntropy), computeCostWithRegularization(a3, y, parameters, 0.7)) };
            }),
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
        "The derivative of λ/(2m)·ΣW² is (λ/m)·W: the factor is λ/m, not λ/(2m) or λ, with a plus sign, added to each of the " +
        "three weight gradients and to nothing else (the biases' gradients and dZ stay as without L2); compute new matrices, leave the cache's as they are.",
        new[]
        {
            new CheckCase("course test case, λ = 0.7 (course's published dW1, dW2, dW3, db1, db2, db3)", () =>
            {
                var (x, y, parameters) = CourseTestCase();
                var cache = ForwardCache(x, parameters);
                var untouched = cache.Select(p => (p.Key, p.Value.Clone())).ToList();
                var grads = backwardPropagationWithRegularization(x, y, cache, 0.7);
                // The course's cache is printed to 8 decimals; computed exactly here, the gradients agree within 5e-9.
                return Expected.Compare(cache, untouched, 0, "cache").Concat(Expected.Compare(grads, new[]
                {
                    ("dW1", Expected.Rows(new[,] { { -0.25604646, 0.12298827, -0.28297129 }, { -0.17706303, 0.34536094, -0.4410571 } })),
                    ("dW2", Expected.Rows(new[,] { { 0.79276486, 0.85133918 }, { -0.0957219, -0.01720463 }, { -0.13100772, -0.03750433 } })),
                    ("dW3", Expected.Rows(new[,] { { -1.77691347, -0.11832879, -0.09397446 } })),
                    ("db1", Expected.Rows(new[,] { { 0.11845855 }, { 0.21236874 } })),
                    ("db2", Expected.Rows(new[,] { { 0.26135226 }, { 0 }, { 0 } })),
                    ("db3", Expected.Rows(new[,] { { -0.38032981 } })),
                }, 1e-7));
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
        "Seed once, at the top, and draw the two masks from that one generator, D1 before D2, each the shape of its A; a unit " +
        "is kept where the uniform draw is below keepProb; the kept units are divided by keepProb, not multiplied; only the two " +
        "hidden layers get dropout, never X or A3; the cache's A1 and A2 are the masked, rescaled activations.",
        new[]
        {
            new CheckCase("course test case, keepProb = 0.7 (course's A3, D1, D2)", () =>
            {
                var (x, _, parameters) = CourseTestCase();
                var (a3, cache) = forwardPropagationWithDropout(x, parameters, 0.7);
                var d1 = Expected.Rows(new double[,] { { 1, 0, 1, 1, 1 }, { 1, 1, 1, 1, 1 } });
                var d2 = Expected.Rows(new double[,] { { 1, 1, 1, 0, 1 }, { 1, 1, 1, 1, 1 }, { 0, 0, 1, 1, 0 } });
                // A1 as the backward pass needs it: after the mask and the division (the plain forward pass's A1, masked).
                var a1 = ForwardCache(x, parameters)["A1"].PointwiseMultiply(d1) / 0.7;
                return new[] { new Comparison("A3", Expected.Rows(new[,] { { 0.36974721, 0.00305176, 0.04565099, 0.49683389, 0.36974721 } }), a3, 1e-8) }
                    .Concat(Expected.Compare(cache, new[] { ("D1", d1), ("D2", d2), ("A1", a1) }, 1e-12, "cache"));
            }),
            new CheckCase("course test case, keepProb = 1: nothing is dropped, so A3 is the plain forward pass (the course's a3 of the cost test)", () =>
            {
                var (x, _, parameters) = CourseTestCase();
                var (a3, _) = forwardPropagationWithDropout(x, parameters, 1.0);
                return new[] { new Comparison("A3", Expected.Rows(new[,] { { 0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402 } }), a3, 1e-8) };
            }),
        });

    /// <summary>
    /// The course's dropout backward test case (keepProb 0.8): <c>np.random.seed(1)</c>, <c>X = randn(3, 5)</c>,
    /// <c>Y = [1, 1, 0, 1, 0]</c>, and the forward cache the course hard-codes to 8 decimals — Z1, D1, A1, W1, b1, Z2,
    /// D2, A2, W2, b2, Z3, A3, W3, b3, by name, the masks as 0/1.
    /// </summary>
    public static (Matrix<double> X, Matrix<double> Y, Dictionary<string, Matrix<double>> Cache) DropoutBackwardTestCase()
    {
        var x = new NumpyRandomState(1).Randn(3, 5);
        var cache = new Dictionary<string, Matrix<double>>
        {
            ["Z1"] = Expected.Rows(new[,] { { -1.52855314, 3.32524635, 2.13994541, 2.60700654, -0.75942115 }, { -1.98043538, 4.1600994, 0.79051021, 1.46493512, -0.45506242 } }),
            ["D1"] = Expected.Rows(new double[,] { { 1, 0, 1, 1, 1 }, { 1, 1, 1, 1, 0 } }),
            ["A1"] = Expected.Rows(new[,] { { 0, 0, 4.27989081, 5.21401307, 0 }, { 0, 8.32019881, 1.58102041, 2.92987024, 0 } }),
            ["W1"] = Expected.Rows(new[,] { { -1.09989127, -0.17242821, -0.87785842 }, { 0.04221375, 0.58281521, -1.10061918 } }),
            ["b1"] = Expected.Rows(new[,] { { 1.14472371 }, { 0.90159072 } }),
            ["Z2"] = Expected.Rows(new[,]
            {
                { 0.53035547, 8.02565606, 4.10524802, 5.78975856, 0.53035547 },
                { -0.69166075, -1.71413186, -3.81223329, -4.61667916, -0.69166075 },
                { -0.39675353, -2.62563561, -4.82528105, -6.0607449, -0.39675353 },
            }),
            ["D2"] = Expected.Rows(new double[,] { { 1, 0, 1, 0, 1 }, { 0, 1, 0, 1, 1 }, { 0, 0, 1, 0, 0 } }),
            ["A2"] = Expected.Rows(new[,] { { 1.06071093, 0, 8.21049603, 0, 1.06071093 }, { 0, 0, 0, 0, 0 }, { 0, 0, 0, 0, 0 } }),
            ["W2"] = Expected.Rows(new[,] { { 0.50249434, 0.90085595 }, { -0.68372786, -0.12289023 }, { -0.93576943, -0.26788808 } }),
            ["b2"] = Expected.Rows(new[,] { { 0.53035547 }, { -0.69166075 }, { -0.39675353 } }),
            ["Z3"] = Expected.Rows(new[,] { { -0.7415562, -0.0126646, -5.65469333, -0.0126646, -0.7415562 } }),
            ["A3"] = Expected.Rows(new[,] { { 0.32266394, 0.49683389, 0.00348883, 0.49683389, 0.32266394 } }),
            ["W3"] = Expected.Rows(new[,] { { -0.6871727, -0.84520564, -0.67124613 } }),
            ["b3"] = Expected.Rows(new[,] { { -0.0126646 } }),
        };
        return (x, CourseLabels(), cache);
    }

    /// <summary>
    /// Checks <c>backward_propagation_with_dropout</c> against the course's published dA1 and dA2 (and the gradients its
    /// later tests expect), and with keepProb = 1 and masks of ones against the library's <see cref="Model.Backpropagate"/>.
    /// </summary>
    public static void CheckBackwardWithDropout(BackwardWithDropout backwardPropagationWithDropout) => ExerciseCheck.Run(
        "BackwardPropagationWithDropout",
        "Each hidden layer's dA gets the same mask as its forward pass (D2 for dA2, D1 for dA1) and the same division by " +
        "keepProb, before the ReLU step, and the dA1 and dA2 you return are the masked ones; everything else is plain backpropagation.",
        new[]
        {
            new CheckCase("course test case, keepProb = 0.8 (course's dA1, dA2 and gradients)", () =>
            {
                var (x, y, cache) = DropoutBackwardTestCase();
                var grads = backwardPropagationWithDropout(x, y, cache, 0.8);
                return Expected.Compare(grads, new[]
                {
                    ("dA1", Expected.Rows(new[,] { { 0.36544439, 0, -0.00188233, 0, -0.17408748 }, { 0.65515713, 0, -0.00337459, 0, 0 } })),
                    ("dA2", Expected.Rows(new[,] { { 0.58180856, 0, -0.00299679, 0, -0.27715731 }, { 0, 0.53159854, 0, 0.53159854, -0.34089673 }, { 0, 0, -0.00292733, 0, 0 } })),
                    ("dW1", Expected.Rows(new[,] { { 0.00019884, 0.00028657, 0.00012138 }, { 0.00035647, 0.00051375, 0.00021761 } })),
                    ("db1", Expected.Rows(new[,] { { -0.00037647 }, { -0.00067492 } })),
                    ("dW2", Expected.Rows(new[,] { { -0.00256518, -0.0009476 }, { 0, 0 }, { 0, 0 } })),
                    ("db2", Expected.Rows(new[,] { { 0.06033089 }, { 0 }, { 0 } })),
                    ("dW3", Expected.Rows(new[,] { { -0.06951191, 0, 0 } })),
                    ("db3", Expected.Rows(new[,] { { -0.2715031 } })),
                }, 1e-8);
            }),
            new CheckCase("course's parameters, masks of ones and keepProb = 1: plain backpropagation, against the library's Model.Backpropagate", () =>
            {
                var (x, y, parameters) = CourseTestCase();
                var cache = ForwardCache(x, parameters);
                cache["D1"] = Matrix<double>.Build.Dense(2, 5, 1.0);
                cache["D2"] = Matrix<double>.Build.Dense(3, 5, 1.0);
                var model = LibraryModel(parameters, 0);
                model.Backpropagate(x, y);
                var grads = backwardPropagationWithDropout(x, y, cache, 1.0);
                return Expected.Compare(grads, new[] { "dW1", "db1", "dW2", "db2", "dW3", "db3" }.Select(k => (k, model[k].Clone())), 1e-12);
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
