using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for notebook 6's update rules, each a small class with <c>Update(params, grads)</c>. Expected values come
/// from three references: CS231n assignment 2's published check arrays (<c>FullyConnectedNets.ipynb</c>: w, dw and
/// the state are <c>np.linspace(…, num=20).reshape(4, 5)</c>); Deep Learning from Scratch's own optimizers run
/// 30 steps on <c>f = x²/20 + y²</c> from (−7, 2) (<c>ch06/optimizer_compare_naive.py</c>'s settings); and
/// <c>torch.optim</c> 1.13 on the loss ½θ² from θ = 1 (<c>tests/reference/make_torch_optimizer_reference.py</c>).
/// </summary>
public static class OptimizerExercises
{
    /// <summary>Checks momentum in the form <c>v = μv − α·dW; W ← W + v</c> (CS231n's <c>sgd_momentum</c>, the book's <c>Momentum</c>).</summary>
    /// <param name="create">Makes the rule from (learning rate α, momentum μ).</param>
    public static void CheckMomentum(Func<double, double, IVelocityRule> create) => ExerciseCheck.Run(
        "MomentumRule",
        "look for the sign of the gradient term; W moved by the velocity of the previous step instead of this one's; V[key] not stored for the next call; " +
        "the course's (1 − μ)·dW or PyTorch's W −= α·v, which keep another velocity; grads[key] changed in place.",
        new[]
        {
            new CheckCase("CS231n's sgd_momentum check: α = 1e-3, μ = 0.9, V[\"w\"] = linspace(0.6, 0.9)", () =>
            {
                var rule = create(1e-3, 0.9);
                var (parameters, grads) = Cs231nCase();
                rule.V["w"] = Linspace(0.6, 0.9);
                rule.Update(parameters, grads);
                return new[]
                {
                    new Comparison("next w", Cs231nArrays.MomentumNextW, parameters.GetValueOrDefault("w"), 1e-8),
                    new Comparison("V[\"w\"]", Cs231nArrays.MomentumVelocity, rule.V.GetValueOrDefault("w"), 1e-8),
                };
            }),
            BowlCase("the book's Momentum(lr = 0.1)", () => create(0.1, 0.9), (-6.93, 1.6), 1e-12, (0.896414, 0.088086), 1e-6),
            GradsUntouchedCase(() => create(1e-3, 0.9)),
        });

    /// <summary>Checks Nesterov's momentum in the book's variables: <c>W ← W + μ²v − (1 + μ)α·dW</c>, then <c>v = μv − α·dW</c>.</summary>
    /// <param name="create">Makes the rule from (learning rate α, momentum μ).</param>
    public static void CheckNesterov(Func<double, double, IVelocityRule> create) => ExerciseCheck.Run(
        "NesterovRule",
        "look for the velocity updated before W uses it (W's update needs the old v); μ instead of μ² on v; α instead of (1 + μ)·α on the gradient; " +
        "plain momentum, without the look-ahead; grads[key] changed in place.",
        new[]
        {
            BowlCase("the book's Nesterov(lr = 0.1)", () => create(0.1, 0.9), (-6.867, 1.24), 1e-12, (0.689615, -0.00068), 1e-6),
            ScalarCase("torch.optim.SGD(lr = 0.1, momentum = 0.9, nesterov = True)", () => create(0.1, 0.9), new[] { 0.81, 0.5751, 0.327321 }, 1e-9),
            GradsUntouchedCase(() => create(1e-3, 0.9)),
        });

    /// <summary>Checks AdaGrad: <c>h = h + dW⊙dW; W ← W − α·dW / (√h + ε)</c>.</summary>
    /// <param name="create">Makes the rule from (learning rate α, ε).</param>
    public static void CheckAdaGrad(Func<double, double, ISquaredGradientRule> create) => ExerciseCheck.Run(
        "AdaGradRule",
        "look for H[key] replaced instead of added to; the step taken before H[key] holds this gradient; ε inside the square root, or left out " +
        "(a zero gradient then divides 0 by 0); the square root left out; grads[key] changed in place.",
        new[]
        {
            BowlCase("the book's AdaGrad(lr = 1.5), ε = 1e-7", () => create(1.5, 1e-7), (-5.5, 0.5), 1e-6, (-0.120162, 0), 1e-6),
            ScalarCase("torch.optim.Adagrad(lr = 0.1), ε = 1e-10", () => create(0.1, 1e-10), new[] { 0.9, 0.8331035269, 0.7804561814 }, 1e-9),
            // w − Σₖ α·g / (√k·g + ε) for k = 1, 2, 3: by hand.
            SmallGradientCase("α = 0.1, ε = 1e-7", () => create(0.1, 1e-7), new[] { 0.9090909090909091, 0.8430500265595977, 0.7884663875104714 }),
            GradsUntouchedCase(() => create(1e-2, 1e-7)),
        });

    /// <summary>Checks RMSProp: <c>h = ρh + (1 − ρ)dW⊙dW; W ← W − α·dW / (√h + ε)</c>, no bias correction.</summary>
    /// <param name="create">Makes the rule from (learning rate α, decay rate ρ, ε).</param>
    public static void CheckRmsProp(Func<double, double, double, ISquaredGradientRule> create) => ExerciseCheck.Run(
        "RmsPropRule",
        "look for a plain sum (AdaGrad's) instead of a decaying average; the decay rate on the wrong term; a bias correction, which RMSProp has not; " +
        "ε inside the square root, or left out; the square root left out; grads[key] changed in place.",
        new[]
        {
            new CheckCase("CS231n's rmsprop check: α = 1e-2, ρ = 0.99, ε = 1e-8, H[\"w\"] = linspace(0.6, 0.9)", () =>
            {
                var rule = create(1e-2, 0.99, 1e-8);
                var (parameters, grads) = Cs231nCase();
                rule.H["w"] = Linspace(0.6, 0.9);
                rule.Update(parameters, grads);
                return new[]
                {
                    new Comparison("next w", Cs231nArrays.RmsPropNextW, parameters.GetValueOrDefault("w"), 1e-7),
                    new Comparison("H[\"w\"] (cache)", Cs231nArrays.RmsPropCache, rule.H.GetValueOrDefault("w"), 1e-8),
                };
            }),
            BowlCase("the book's RMSprop(lr = 0.1), ρ = 0.99, ε = 1e-7", () => create(0.1, 0.99, 1e-7), (-6.000001, 1), 1e-6, (-0.69742, 0), 1e-6),
            // h after k steps is (1 − ρᵏ)·g², so w − Σₖ α·g / (√(1 − ρᵏ)·g + ε) for k = 1, 2, 3: by hand.
            SmallGradientCase("α = 0.1, ρ = 0.99, ε = 1e-7", () => create(0.1, 0.99, 1e-7), new[] { 0.5000000000000001, 0.08517818387213316, -0.28201018558112073 }),
            GradsUntouchedCase(() => create(1e-2, 0.99, 1e-8)),
        });

    /// <summary>
    /// Checks Adam with bias correction, t incremented before use:
    /// <c>m = β1·m + (1 − β1)dW; v = β2·v + (1 − β2)dW⊙dW; W ← W − α·m̂ / (√v̂ + ε)</c>.
    /// </summary>
    /// <param name="create">Makes the rule from (α, β1, β2, ε).</param>
    public static void CheckAdam(Func<double, double, double, double, IAdamRule> create) => ExerciseCheck.Run(
        "AdamRule",
        "look for T used before it is incremented, or incremented once per parameter instead of once per Update; a missing bias correction; " +
        "β1 and β2 swapped; ε inside the square root, or on the uncorrected √V; the square root left out; grads[key] changed in place.",
        new[]
        {
            new CheckCase("CS231n's adam check: α = 1e-2, M[\"w\"] = linspace(0.6, 0.9), V[\"w\"] = linspace(0.7, 0.5), T = 5 (so the step uses t = 6)", () =>
            {
                var rule = create(1e-2, 0.9, 0.999, 1e-8);
                var (parameters, grads) = Cs231nCase();
                rule.M["w"] = Linspace(0.6, 0.9);
                rule.V["w"] = Linspace(0.7, 0.5);
                rule.T = 5;
                rule.Update(parameters, grads);
                return new[]
                {
                    new Comparison("next w", Cs231nArrays.AdamNextW, parameters.GetValueOrDefault("w"), 1e-7),
                    new Comparison("M[\"w\"]", Cs231nArrays.AdamM, rule.M.GetValueOrDefault("w"), 1e-8),
                    new Comparison("V[\"w\"]", Cs231nArrays.AdamV, rule.V.GetValueOrDefault("w"), 1e-8),
                    new Comparison("T after the step", Scalar(6), Scalar(rule.T), 0),
                };
            }),
            ScalarCase("torch.optim.Adam(lr = 0.1)", () => create(0.1, 0.9, 0.999, 1e-8), new[] { 0.900000001, 0.8004122297, 0.7015862745 }, 1e-9),
            // The book adds 1e-7 to the uncorrected √v, which moves x after 30 steps by 8e-6: 2e-5 accepts either placement here;
            // the small-gradient case below is where ε's place shows.
            BowlCase("the book's Adam(lr = 0.3)", () => create(0.3, 0.9, 0.999, 1e-8), (-6.7, 1.7), 1e-6, (0.136007, 0.318245), 2e-5),
            // A constant gradient g makes m̂ = g and v̂ = g², so each step is α·g / (g + ε): w = 1 − k·0.1 / 1.01, by hand.
            SmallGradientCase("α = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-8", () => create(0.1, 0.9, 0.999, 1e-8), new[] { 0.900990099009901, 0.801980198019802, 0.702970297029703 }),
            GradsUntouchedCase(() => create(1e-2, 0.9, 0.999, 1e-8)),
        });

    /// <summary>
    /// Runs a rule 30 steps on <c>f = x²/20 + y²</c> from (−7, 2) with parameters <c>x</c>, <c>y</c> (1 × 1) and compares
    /// the position after the first step and after the last with the book's optimizer.
    /// </summary>
    private static CheckCase BowlCase(string book, Func<IUpdateRule> create, (double X, double Y) first, double firstTolerance,
        (double X, double Y) last, double lastTolerance) => new(
        $"{book} on x²/20 + y² from (−7, 2): after 1 step ({Invariant(first.X)}, {Invariant(first.Y)}), after 30 ({Invariant(last.X)}, {Invariant(last.Y)})",
        () =>
        {
            var rule = create();
            var parameters = new Dictionary<string, Matrix<double>> { ["x"] = Scalar(-7), ["y"] = Scalar(2) };
            var comparisons = new List<Comparison>();
            for (int step = 1; step <= 30; step++)
            {
                var grads = new Dictionary<string, Matrix<double>> { ["x"] = parameters["x"] / 10, ["y"] = 2 * parameters["y"] };
                rule.Update(parameters, grads);
                if (step is 1 or 30)
                {
                    var (x, y, tolerance) = step == 1 ? (first.X, first.Y, firstTolerance) : (last.X, last.Y, lastTolerance);
                    comparisons.Add(new Comparison($"(x, y) after {step} step{(step == 1 ? "" : "s")}", Expected.Rows(new[,] { { x, y } }),
                        Expected.Rows(new[,] { { parameters["x"][0, 0], parameters["y"][0, 0] } }), tolerance));
                }
            }
            return comparisons;
        });

    /// <summary>Runs a rule three steps on the loss ½θ² (gradient θ) from θ = 1 and compares θ after each with PyTorch's.</summary>
    private static CheckCase ScalarCase(string torch, Func<IUpdateRule> create, double[] expected, double tolerance) => new(
        $"{torch} on ½θ² from θ = 1: θ = {string.Join(", ", expected.Select(Invariant))}",
        () =>
        {
            var rule = create();
            var parameters = new Dictionary<string, Matrix<double>> { ["theta"] = Scalar(1) };
            var thetas = new double[expected.Length];
            for (int step = 0; step < expected.Length; step++)
            {
                rule.Update(parameters, new Dictionary<string, Matrix<double>> { ["theta"] = parameters["theta"].Clone() });
                thetas[step] = parameters["theta"][0, 0];
            }
            return new[] { new Comparison("θ after steps 1, 2, 3", Expected.Rows(Row(expected)), Expected.Rows(Row(thetas)), tolerance) };
        });

    /// <summary>
    /// Runs a rule three steps on w = [1, 1] with the constant gradient [10⁻⁶, 0]: a gradient as small as ε shows where
    /// ε sits, and a zero gradient with a zero history shows whether it is there at all (0 / 0 otherwise).
    /// </summary>
    private static CheckCase SmallGradientCase(string settings, Func<IUpdateRule> create, double[] expected) => new(
        $"{settings}, the constant gradient [1e-6, 0] from w = [1, 1]: w[0] = {string.Join(", ", expected.Select(e => Invariant(Math.Round(e, 10))))}, w[1] stays 1",
        () =>
        {
            var rule = create();
            var parameters = new Dictionary<string, Matrix<double>> { ["w"] = Matrix<double>.Build.Dense(1, 2, 1.0) };
            var got = new double[2, expected.Length];
            var wanted = new double[2, expected.Length];
            for (int step = 0; step < expected.Length; step++)
            {
                rule.Update(parameters, new Dictionary<string, Matrix<double>> { ["w"] = Matrix<double>.Build.DenseOfArray(new[,] { { 1e-6, 0 } }) });
                (got[0, step], got[1, step]) = (parameters["w"][0, 0], parameters["w"][0, 1]);
                (wanted[0, step], wanted[1, step]) = (expected[step], 1);
            }
            return new[] { new Comparison("w[0] and w[1] after steps 1, 2, 3", Expected.Rows(wanted), Expected.Rows(got), 1e-9) };
        });

    /// <summary>Calls a rule twice with CS231n's w and dw and checks that grads still holds dw: an update reads the gradient, never writes it.</summary>
    private static CheckCase GradsUntouchedCase(Func<IUpdateRule> create) => new(
        "two updates with CS231n's w and dw leave grads[\"w\"] as it was",
        () =>
        {
            var rule = create();
            var (parameters, grads) = Cs231nCase();
            rule.Update(parameters, grads);
            rule.Update(parameters, grads);
            return new[] { new Comparison("grads[\"w\"] after the updates", Linspace(-0.6, 0.4), grads.GetValueOrDefault("w"), 0) };
        });

    private static (Dictionary<string, Matrix<double>>, Dictionary<string, Matrix<double>>) Cs231nCase() =>
        (new Dictionary<string, Matrix<double>> { ["w"] = Linspace(-0.4, 0.6) }, new Dictionary<string, Matrix<double>> { ["w"] = Linspace(-0.6, 0.4) });

    /// <summary><c>np.linspace(low, high, num=20).reshape(4, 5)</c>.</summary>
    internal static Matrix<double> Linspace(double low, double high) =>
        Matrix<double>.Build.Dense(4, 5, (i, j) => low + (high - low) * (5 * i + j) / 19.0);

    private static double[,] Row(double[] values)
    {
        var row = new double[1, values.Length];
        for (int j = 0; j < values.Length; j++)
        {
            row[0, j] = values[j];
        }
        return row;
    }

    private static string Invariant(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Matrix<double> Scalar(double value) => Matrix<double>.Build.Dense(1, 1, value);
}
