using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Diagnostics;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Randomness;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for the Gradient Checking assignment's graded functions: the 1-D <c>J(θ) = θx</c> with its forward,
/// backward and gradient check, and the N-D check of the fraud-detection network 4 → 5 → 3 → 1 on the course's
/// test case (<c>np.random.seed(1)</c>), whose published differences <see cref="NumpyRandomState"/> lets us reproduce.
/// </summary>
public static class GradientCheckingExercises
{
    /// <summary>
    /// Tolerance of the 1-D difference, for θ = 4 and ε = 1e-7. <c>J = θx</c> is linear, so a correct difference is
    /// pure roundoff: θ ± ε and the two costs are each stored to half an ulp, which moves <c>g̃</c> by a relative
    /// <c>2u|θ|/ε</c> at most (u = 2⁻⁵³) and <c>d</c> by half that, <c>u|θ|/ε</c> = 4.4e-9. Every algebraically
    /// equivalent recipe — <c>(J⁺ − J⁻)/(2ε)</c>, <c>x(θ⁺ − θ⁻)/(2ε)</c>, a one-sided difference — lands in
    /// [0, 4.4e-9], where the course's lands too; 1e-8 (above <c>2u|θ|/ε</c> = 8.9e-9) accepts them all, while a
    /// missing denominator, a missing 2 or a swapped g̃ is off by 1e-7 to 1.
    /// </summary>
    public const double OneDimensionalTolerance = 1e-8;

    /// <summary>
    /// Tolerance of the N-D difference with ε = 1e-7: every <c>g̃_i</c> carries roundoff of about <c>ulp(J)/(2ε)</c>,
    /// which depends on the order of the sums; its whole effect on <c>d</c> is bounded by the difference a correct
    /// backprop scores, about 1.2e-7, so 2e-7 accepts any faithful implementation.
    /// </summary>
    public const double NDimensionalTolerance = 2e-7;

    /// <summary>The course's <c>forward_propagation(x, theta)</c> or <c>backward_propagation(x, theta)</c>.</summary>
    public delegate double Propagation(double x, double theta);

    /// <summary>The course's <c>gradient_check(x, theta, epsilon)</c>: <c>‖g − g̃‖₂ / (‖g‖₂ + ‖g̃‖₂)</c> with <c>g̃ = (J(θ+ε) − J(θ−ε)) / (2ε)</c>.</summary>
    public delegate double OneDimensionalCheck(double x, double theta, double epsilon);

    /// <summary>
    /// The course's <c>gradient_check_n(parameters, gradients, X, Y, epsilon)</c>: θ = W1, b1, W2, b2, W3, b3 flattened
    /// row by row, <c>g̃_i = (J(θ + εe_i) − J(θ − εe_i)) / (2ε)</c>, and <c>‖g − g̃‖₂ / (‖g‖₂ + ‖g̃‖₂)</c>.
    /// </summary>
    public delegate double NDimensionalCheck(
        Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> gradients,
        Matrix<double> x, Matrix<double> y, double epsilon);

    /// <summary>
    /// The course's <c>backward_propagation_n(X, Y, cache)</c>, its bugs fixed: <c>dW[l] = (1/m) dZ[l] A[l−1]ᵀ</c>,
    /// <c>db[l] = (1/m) Σ dZ[l]</c>; returns dW1, db1, …, db3 by name.
    /// </summary>
    public delegate Dictionary<string, Matrix<double>> BackwardN(
        Matrix<double> x, Matrix<double> y, Dictionary<string, Matrix<double>> cache);

    /// <summary>
    /// The cache of the course's <c>forward_propagation_n</c> on (X, parameters): A1, A2, A3 (ReLU, ReLU, sigmoid) and
    /// the parameters W1, b1, …, b3, by name.
    /// </summary>
    public static Dictionary<string, Matrix<double>> ForwardCacheN(Matrix<double> x, IReadOnlyDictionary<string, Matrix<double>> parameters)
    {
        var cache = parameters.ToDictionary(p => p.Key, p => p.Value.Clone());
        var a = x;
        for (int l = 1; l <= 3; l++)
        {
            var z = parameters[$"W{l}"] * a + parameters[$"b{l}"] * Matrix<double>.Build.Dense(1, a.ColumnCount, 1.0);
            a = l < 3 ? z.PointwiseMaximum(0.0) : z.Map(v => 1 / (1 + Math.Exp(-v)));
            cache[$"A{l}"] = a;
        }
        return cache;
    }

    /// <summary>
    /// Checks the repaired <c>backward_propagation_n</c>: all six gradients against the library's backprop of the same
    /// network, on the course's test case and on a second one (seed 2, 7 examples), to 1e-12. A gradient still scaled
    /// by 2 or 4, a missing 1/m, or a sum over the wrong axis fails.
    /// </summary>
    public static void CheckBackwardPropagationNRepaired(BackwardN backwardPropagationN) => ExerciseCheck.Run(
        "BackwardPropagationNRepaired",
        "The check's breakdown named the two broken gradients, W2 and b1. Every gradient of a layer has the same form: " +
        "dW = (1/m) · dZ · (the previous activation)ᵀ and db = (1/m) · (row sums of dZ), with no other factor.",
        new[]
        {
            BackwardNCase("course test case (np.random.seed(1)), against the library's backprop", backwardPropagationN, CourseTestCase()),
            BackwardNCase("4 × 7 inputs and the same shapes drawn after seed 2, against the library's backprop", backwardPropagationN, SecondTestCase()),
        });

    private static (Matrix<double> X, Matrix<double> Y, Dictionary<string, Matrix<double>> Parameters) SecondTestCase()
    {
        var random = new NumpyRandomState(2);
        var x = random.Randn(4, 7);
        var y = random.Rand(1, 7).Map(u => u < 0.5 ? 1.0 : 0.0);
        var parameters = random.RandnByName(("W1", 5, 4), ("b1", 5, 1), ("W2", 3, 5), ("b2", 3, 1), ("W3", 1, 3), ("b3", 1, 1));
        return (x, y, parameters);
    }

    private static CheckCase BackwardNCase(string description, BackwardN backwardPropagationN, (Matrix<double> X, Matrix<double> Y, Dictionary<string, Matrix<double>> Parameters) testCase) =>
        new(description, () =>
        {
            var expected = CourseGradients(testCase.Parameters, testCase.X, testCase.Y, plantedBugs: false);
            var gradients = backwardPropagationN(testCase.X, testCase.Y, ForwardCacheN(testCase.X, testCase.Parameters));
            return Expected.Compare(gradients, expected.Select(p => (p.Key, p.Value)), 1e-12);
        });

    /// <summary>
    /// The course's <c>gradient_check_n_test_case</c>: seed 1, then X = randn(4, 3), Y = [1, 1, 0], W1 (5, 4), b1 (5, 1),
    /// W2 (3, 5), b2 (3, 1), W3 (1, 3), b3 (1, 1), each drawn by <c>randn</c> in that order.
    /// </summary>
    public static (Matrix<double> X, Matrix<double> Y, Dictionary<string, Matrix<double>> Parameters) CourseTestCase()
    {
        var random = new NumpyRandomState(1);
        var x = random.Randn(4, 3);
        var y = Matrix<double>.Build.DenseOfRowArrays(new[] { 1.0, 1.0, 0.0 });
        var parameters = random.RandnByName(("W1", 5, 4), ("b1", 5, 1), ("W2", 3, 5), ("b2", 3, 1), ("W3", 1, 3), ("b3", 1, 1));
        return (x, y, parameters);
    }

    /// <summary>
    /// The course's network on <paramref name="parameters"/> (copied): LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID
    /// with <c>J = −(1/m) Σ [y log a + (1 − y) log(1 − a)]</c>.
    /// </summary>
    public static Model CourseModel(IReadOnlyDictionary<string, Matrix<double>> parameters) =>
        Model.FromParameters(parameters, Activation.ReLU, new BinaryCrossEntropy());

    /// <summary>
    /// Backprop's gradients <c>dW1, db1, …, db3</c> of <see cref="CourseModel"/> on (X, Y); with
    /// <paramref name="plantedBugs"/>, the course's two bugs: <c>dW2 × 2</c> and <c>db1 × 4</c>.
    /// </summary>
    public static Dictionary<string, Matrix<double>> CourseGradients(
        IReadOnlyDictionary<string, Matrix<double>> parameters, Matrix<double> x, Matrix<double> y, bool plantedBugs)
    {
        var model = CourseModel(parameters);
        model.Backpropagate(x, y);
        var gradients = model.Parameters.ToDictionary(p => p.GradientName, p => p.Gradient.Clone());
        if (plantedBugs)
        {
            gradients["dW2"] *= 2;
            gradients["db1"] *= 4;
        }
        return gradients;
    }

    /// <summary>Checks <c>forward_propagation</c>: <c>J = θx</c>.</summary>
    public static void CheckForwardPropagation(Propagation forwardPropagation) => ExerciseCheck.Run(
        "ForwardPropagation",
        "J of this one-parameter network is θ times x: neither a sum nor a power, and it uses both inputs.",
        new[]
        {
            OneNumber("ForwardPropagation(x: 2, θ: 4), the course's case: J = 8", 8, () => forwardPropagation(2, 4), 0),
            OneNumber("ForwardPropagation(x: −3, θ: 0.5), by hand: J = −1.5", -1.5, () => forwardPropagation(-3, 0.5), 0),
        });

    /// <summary>Checks <c>backward_propagation</c>: <c>dJ/dθ = x</c>.</summary>
    public static void CheckBackwardPropagation(Propagation backwardPropagation) => ExerciseCheck.Run(
        "BackwardPropagation",
        "Differentiate J = θx with respect to θ (not x, and not J itself): the result does not depend on θ, and its sign is that of x.",
        new[]
        {
            OneNumber("BackwardPropagation(x: 2, θ: 4), the course's case: dθ = 2", 2, () => backwardPropagation(2, 4), 0),
            OneNumber("BackwardPropagation(x: 3, θ: 4), the course's later case: dθ = 3", 3, () => backwardPropagation(3, 4), 0),
        });

    /// <summary>
    /// Checks <c>gradient_check</c> against the course's published differences (numpy, ε = 1e-7) within the roundoff
    /// of <see cref="OneDimensionalTolerance"/>, on a steep J (x = 1000), where only a relative difference stays that
    /// small, and at ε = 1.2e-15 with θ = 3 and x = ±2, where θ ± ε cannot be stored: each rounds to θ ± 3·2⁻⁵¹, so every
    /// correct recipe (two-sided, <c>x(θ⁺ − θ⁻)/(2ε)</c>, one-sided: all exact from there on, x being a power of 2) gets
    /// <c>g̃ = 1.11022…·x</c> and the difference 0.05223287933972557 (derived by hand, reproduced in Python). That case
    /// rejects a constant (the other cases all expect about 0), a missing absolute value (g − g̃ &lt; 0 for x = 2,
    /// |g| + |g̃| &gt; 0 needs it for x = −2) and a g̃ compared with itself.
    /// </summary>
    public static void CheckGradientCheck(OneDimensionalCheck gradientCheck) => ExerciseCheck.Run(
        "GradientCheck",
        "Perturb θ, not x, by +ε and by −ε and call ForwardPropagation at each; divide the difference J⁺ − J⁻ (in that order) by 2ε; " +
        "compare it with BackwardPropagation's gradient, not with itself; the difference is |g − g̃| divided by |g| + |g̃|, " +
        "an absolute value on each side. At a tiny ε a correct check returns a large difference: return what the formula gives, not a constant.",
        new[]
        {
            OneNumber("GradientCheck(x: 2, θ: 4, ε: 1e-7), the course's output", 2.919335883291695e-10,
                () => gradientCheck(2, 4, 1e-7), OneDimensionalTolerance),
            OneNumber("GradientCheck(x: 3, θ: 4, ε: 1e-7), the course's public test", 7.814075313343006e-11,
                () => gradientCheck(3, 4, 1e-7), OneDimensionalTolerance),
            OneNumber("GradientCheck(x: 1000, θ: 4, ε: 1e-7), a steep J: a relative difference is still only roundoff", 0,
                () => gradientCheck(1000, 4, 1e-7), OneDimensionalTolerance),
            OneNumber("GradientCheck(x: 2, θ: 3, ε: 1.2e-15): θ ± ε round to θ ± 3·2⁻⁵¹, so g̃ = 2.2204 and even a correct check gives 0.0522", TinyEpsilonDifference,
                () => gradientCheck(2, 3, 1.2e-15), 1e-12),
            OneNumber("GradientCheck(x: −2, θ: 3, ε: 1.2e-15): the same with a negative gradient, g̃ = −2.2204", TinyEpsilonDifference,
                () => gradientCheck(-2, 3, 1.2e-15), 1e-12),
        });

    /// <summary>
    /// The difference every correct 1-D recipe returns for x = ±2, θ = 3, ε = 1.2e-15: θ ± ε round to θ ± 3·2⁻⁵¹ (ε is
    /// 2.7 units in the last place of 3), so <c>g̃ = x · 3·2⁻⁵¹ / 1.2e-15 = 1.1102230246251565x</c> and
    /// <c>|g − g̃| / (|g| + |g̃|) = 0.11022 / 2.11022</c>. By hand, and the same double in Python.
    /// </summary>
    private const double TinyEpsilonDifference = 0.05223287933972557;

    /// <summary>
    /// Checks <c>gradient_check_n</c> on the course's test case: with the planted bugs (the course's 0.2850931567761623),
    /// with the fixed gradients (the course's 1.1890913024229996e-07), and with ε = 1e-3 against the library's
    /// <see cref="GradientCheck"/> (where a one-sided difference would be off by about 1e-4).
    /// </summary>
    public static void CheckGradientCheckN(NDimensionalCheck gradientCheckN) => ExerciseCheck.Run(
        "GradientCheckN",
        "Flatten W1, b1, W2, b2, W3, b3 row by row into θ (and dW1, …, db3 the same way into grad); for each i, " +
        "copy θ, add ε to entry i, rebuild the dictionary and evaluate the cost; the same with −ε; " +
        "gradApprox[i] = (J⁺ − J⁻) / (2ε); then ‖grad − gradApprox‖₂ / (‖grad‖₂ + ‖gradApprox‖₂). Leave the parameters unchanged.",
        new[]
        {
            NCase("course test case, planted bugs (dW2 × 2, db1 × 4), ε = 1e-7: the course's output",
                gradientCheckN, plantedBugs: true, epsilon: 1e-7, expected: _ => 0.2850931567761623, NDimensionalTolerance),
            NCase("course test case, fixed backprop, ε = 1e-7: the course's output",
                gradientCheckN, plantedBugs: false, epsilon: 1e-7, expected: _ => 1.1890913024229996e-07, NDimensionalTolerance / 2),
            NCase("course test case, planted bugs, ε = 1e-3: the library's GradientCheck",
                gradientCheckN, plantedBugs: true, epsilon: 1e-3, expected: LibraryDifference(plantedBugs: true, epsilon: 1e-3), 1e-10),
        });

    private static Func<(Matrix<double> X, Matrix<double> Y, Dictionary<string, Matrix<double>> Parameters), double> LibraryDifference(bool plantedBugs, double epsilon) =>
        testCase =>
        {
            var model = CourseModel(testCase.Parameters);
            var gradients = CourseGradients(testCase.Parameters, testCase.X, testCase.Y, plantedBugs);
            var matrices = model.Parameters.Select(p => new CheckedMatrix(p.Name, p.Value, gradients[p.GradientName])).ToList();
            return GradientCheck.Compare(matrices, () => model.Cost(testCase.X, testCase.Y), epsilon).Difference;
        };

    private static CheckCase NCase(
        string description, NDimensionalCheck gradientCheckN, bool plantedBugs, double epsilon,
        Func<(Matrix<double> X, Matrix<double> Y, Dictionary<string, Matrix<double>> Parameters), double> expected, double tolerance) =>
        new(description, () =>
        {
            var testCase = CourseTestCase();
            var gradients = CourseGradients(testCase.Parameters, testCase.X, testCase.Y, plantedBugs);
            var untouched = testCase.Parameters.ToDictionary(p => p.Key, p => p.Value.Clone());
            double difference = gradientCheckN(testCase.Parameters, gradients, testCase.X, testCase.Y, epsilon);
            return new[] { Number(expected(testCase), difference, tolerance) }
                .Concat(Expected.Compare(testCase.Parameters, untouched.Select(p => (p.Key, p.Value)), 0, "parameters"));
        });

    private static CheckCase OneNumber(string description, double expected, Func<double> actual, double tolerance) =>
        new(description, () => new[] { Number(expected, actual(), tolerance) });

    /// <summary>A one-number comparison whose name shows both numbers in full, since they may differ beyond ten digits.</summary>
    private static Comparison Number(double expected, double actual, double tolerance) =>
        new(FormattableString.Invariant($"got {actual:R}, expected {expected:R} ± {tolerance:G}"), Scalar(expected), Scalar(actual), tolerance);

    private static Matrix<double> Scalar(double value) => Matrix<double>.Build.Dense(1, 1, value);
}
