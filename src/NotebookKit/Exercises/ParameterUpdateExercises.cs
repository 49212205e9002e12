using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for the Optimization Methods assignment's update rules and their state: <c>update_parameters_with_gd</c>,
/// <c>initialize_velocity</c>, <c>update_parameters_with_momentum</c>, <c>initialize_adam</c>,
/// <c>update_parameters_with_adam</c>. The student's functions update the dictionaries in place, as the course's do.
/// Inputs are the course's test cases (<c>np.random.seed(1)</c>, then W1 (2,3), b1 (2,1), W2 (3,3), b2 (3,1), dW1, db1,
/// dW2, db2; the 2024 revision draws W2 as (3,2)); expected values are its published outputs, plus one-number
/// cases derived by hand.
/// </summary>
public static class ParameterUpdateExercises
{
    /// <summary>The course's <c>update_parameters_with_gd</c>: <c>W −= α·dW; b −= α·db</c>.</summary>
    public delegate void GdUpdate(
        Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads, double learningRate);

    /// <summary>The course's <c>initialize_velocity</c> (and each half of <c>initialize_adam</c>): zeros keyed dW1, db1, ….</summary>
    public delegate Dictionary<string, Matrix<double>> ZeroState(Dictionary<string, Matrix<double>> parameters);

    /// <summary>The course's <c>initialize_adam</c>: two separate zero dictionaries v and s.</summary>
    public delegate (Dictionary<string, Matrix<double>> V, Dictionary<string, Matrix<double>> S) AdamState(Dictionary<string, Matrix<double>> parameters);

    /// <summary>The course's <c>update_parameters_with_momentum</c>: <c>v = βv + (1−β)dW; W −= αv</c>.</summary>
    public delegate void MomentumUpdate(
        Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads,
        Dictionary<string, Matrix<double>> v, double beta, double learningRate);

    /// <summary>The course's <c>update_parameters_with_adam</c> with step counter t (from 1).</summary>
    public delegate void AdamUpdate(
        Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads,
        Dictionary<string, Matrix<double>> v, Dictionary<string, Matrix<double>> s,
        int t, double learningRate, double beta1, double beta2, double epsilon);

    /// <summary>The course's test inputs: parameters and gradients drawn from seed 1 with W2 of <paramref name="w2Columns"/> columns (3; 2 in the 2024 revision).</summary>
    public static (Dictionary<string, Matrix<double>> Parameters, Dictionary<string, Matrix<double>> Grads) CourseTestCase(int w2Columns = 3)
    {
        var random = new NumpyRandomState(1);
        var parameters = random.RandnByName(("W1", 2, 3), ("b1", 2, 1), ("W2", 3, w2Columns), ("b2", 3, 1));
        var grads = random.RandnByName(("dW1", 2, 3), ("db1", 2, 1), ("dW2", 3, w2Columns), ("db2", 3, 1));
        return (parameters, grads);
    }

    /// <summary>Checks <c>update_parameters_with_gd</c> on the course's two test cases and a number derived by hand.</summary>
    public static void CheckUpdateParametersWithGd(GdUpdate updateParametersWithGd) => ExerciseCheck.Run(
        "UpdateParametersWithGd",
        "Every W and every b, in all L layers (the last one too), steps against its own gradient, scaled by the learning rate, " +
        "and the new matrix is stored back in parameters. The step subtracts; the gradients in grads stay as they were.",
        new[]
        {
            new CheckCase("course test case, α = 0.01", () =>
            {
                var (parameters, grads) = CourseTestCase();
                updateParametersWithGd(parameters, grads, 0.01);
                return Expected.Compare(parameters, new[]
                {
                    ("W1", Expected.Rows(new[,] { { 1.63535156, -0.62320365, -0.53718766 }, { -1.07799357, 0.85639907, -2.29470142 } })),
                    ("b1", Expected.Rows(new[,] { { 1.74604067 }, { -0.75184921 } })),
                    ("W2", Expected.Rows(new[,] { { 0.32171798, -0.25467393, 1.46902454 }, { -2.05617317, -0.31554548, -0.3756023 }, { 1.1404819, -1.09976462, -0.1612551 } })),
                    ("b2", Expected.Rows(new[,] { { -0.88020257 }, { 0.02561572 }, { 0.57539477 } })),
                }, 1e-8);
            }),
            new CheckCase("course test case (2024, W2 is 3 × 2), α = 0.01", () =>
            {
                var (parameters, grads) = CourseTestCase(w2Columns: 2);
                updateParametersWithGd(parameters, grads, 0.01);
                return Expected.Compare(parameters, new[]
                {
                    ("W1", Expected.Rows(new[,] { { 1.63312395, -0.61217855, -0.5339999 }, { -1.06196243, 0.85396039, -2.3105546 } })),
                    ("b1", Expected.Rows(new[,] { { 1.73978682 }, { -0.77021546 } })),
                    ("W2", Expected.Rows(new[,] { { 0.32587637, -0.24814147 }, { 1.47146563, -2.05746183 }, { -0.32772076, -0.37713775 } })),
                    ("b2", Expected.Rows(new[,] { { 1.13773698 }, { -1.09301954 }, { -0.16397615 } })),
                }, 1e-8);
            }),
            new CheckCase("by hand: W = 1, dW = 2, b = 0, db = −1, α = 0.1 → W = 0.8, b = 0.1", () =>
            {
                var (parameters, grads) = Scalars(1, 2, 0, -1);
                updateParametersWithGd(parameters, grads, 0.1);
                return Expected.Compare(parameters, new[] { ("W1", Scalar(0.8)), ("b1", Scalar(0.1)) }, 1e-12);
            }),
            GradsUnchanged("grads after the update (an update changes the parameters only)", grads => updateParametersWithGd(CourseTestCase().Parameters, grads, 0.01)),
        });

    /// <summary>Checks <c>initialize_velocity</c> on the course's 2024 test case (W1 3 × 2, W2 3 × 3) and on the moons network's shapes.</summary>
    public static void CheckInitializeVelocity(ZeroState initializeVelocity) => ExerciseCheck.Run(
        "InitializeVelocity",
        "v needs a key dW1, db1, … for every layer, the last one too, each a matrix of zeros with the rows and columns of the parameter " +
        "it follows (not transposed, not a copy of its values).",
        ZeroStateCases(p => initializeVelocity(p), "v"));

    /// <summary>Checks <c>initialize_adam</c>: v and s zero like the gradients, and two separate dictionaries of separate matrices.</summary>
    public static void CheckInitializeAdam(AdamState initializeAdam) => ExerciseCheck.Run(
        "InitializeAdam",
        "v and s need the keys dW1, db1, … of every layer, each a zero matrix shaped like its parameter; v and s are two dictionaries " +
        "that share no matrix, so changing one leaves the other zero.",
        ZeroStateCases(p => initializeAdam(p).V, "v")
            .Concat(ZeroStateCases(p => initializeAdam(p).S, "s"))
            .Append(new CheckCase("v and s are separate: writing 1 into v[\"dW1\"] leaves s[\"dW1\"] zero", () =>
            {
                var (v, s) = initializeAdam(Shapes(("W1", 3, 2), ("b1", 3, 1)));
                v["dW1"][0, 0] = 1;
                return new[] { new Comparison("s[\"dW1\"] after changing v[\"dW1\"]", Expected.Zeros(3, 2), s.GetValueOrDefault("dW1"), 0) };
            }))
            .ToArray());

    private static CheckCase[] ZeroStateCases(Func<Dictionary<string, Matrix<double>>, Dictionary<string, Matrix<double>>> initialize, string name) => new[]
    {
        ZeroStateCase($"course test case (2024): W1 (3, 2), b1 (3, 1), W2 (3, 3), b2 (3, 1) → {name} zeros of those shapes", initialize, name,
            ("W1", 3, 2), ("b1", 3, 1), ("W2", 3, 3), ("b2", 3, 1)),
        ZeroStateCase($"the moons network [2, 5, 2, 1]: three layers → {name}[\"dW1\"] … {name}[\"db3\"]", initialize, name,
            ("W1", 5, 2), ("b1", 5, 1), ("W2", 2, 5), ("b2", 2, 1), ("W3", 1, 2), ("b3", 1, 1)),
    };

    private static CheckCase ZeroStateCase(string description, Func<Dictionary<string, Matrix<double>>, Dictionary<string, Matrix<double>>> initialize,
        string name, params (string Name, int Rows, int Columns)[] shapes) => new(description, () =>
    {
        var parameters = Shapes(shapes);
        var state = initialize(parameters);
        return Expected.Compare(state, shapes.Select(s => ("d" + s.Name, Expected.Zeros(s.Rows, s.Columns))), 0, name)
            .Append(new Comparison($"number of entries in {name}", Scalar(shapes.Length), Scalar(state.Count), 0))
            .Concat(Expected.Compare(parameters, shapes.Select(s => (s.Name, Matrix<double>.Build.Dense(s.Rows, s.Columns, 1.0))), 0, "parameters (left as they were)"));
    });

    /// <summary>Parameters of the given shapes, filled with ones (so a copy of them is not mistaken for zeros).</summary>
    private static Dictionary<string, Matrix<double>> Shapes(params (string Name, int Rows, int Columns)[] shapes) =>
        shapes.ToDictionary(s => s.Name, s => Matrix<double>.Build.Dense(s.Rows, s.Columns, 1.0));

    /// <summary>Zero state shaped like the gradients (the course's <c>initialize_velocity</c>).</summary>
    public static Dictionary<string, Matrix<double>> ZerosLike(Dictionary<string, Matrix<double>> grads) =>
        grads.ToDictionary(g => g.Key, g => Matrix<double>.Build.Dense(g.Value.RowCount, g.Value.ColumnCount));

    /// <summary>Checks the momentum update.</summary>
    public static void CheckUpdateParametersWithMomentum(MomentumUpdate updateParametersWithMomentum) => ExerciseCheck.Run(
        "UpdateParametersWithMomentum",
        "The new velocity is the course's average: β times the old velocity (not the old one whole) plus (1 − β) times the gradient, " +
        "stored back in v; the parameter then steps by the learning rate times this new velocity. Both W and b, every layer; grads stay as they were.",
        new[]
        {
            new CheckCase("course test case (2024, W2 is 3 × 2), β = 0.9, α = 0.01", () =>
            {
                var (parameters, grads) = CourseTestCase(w2Columns: 2);
                var v = ZerosLike(grads);
                updateParametersWithMomentum(parameters, grads, v, 0.9, 0.01);
                return Expected.Compare(parameters, new[]
                {
                    ("W1", Expected.Rows(new[,] { { 1.62522322, -0.61179863, -0.52875457 }, { -1.071868, 0.86426291, -2.30244029 } })),
                    ("b1", Expected.Rows(new[,] { { 1.74430927 }, { -0.76210776 } })),
                    ("W2", Expected.Rows(new[,] { { 0.31972282, -0.24924749 }, { 1.46304371, -2.05987282 }, { -0.32294756, -0.38336269 } })),
                    ("b2", Expected.Rows(new[,] { { 1.1341662 }, { -1.09920409 }, { -0.171583 } })),
                }, 1e-8).Concat(Expected.Compare(v, new[]
                {
                    ("dW1", Expected.Rows(new[,] { { -0.08778584, 0.00422137, 0.05828152 }, { -0.11006192, 0.11447237, 0.09015907 } })),
                    ("dW2", Expected.Rows(new[,] { { -0.06837279, -0.01228902 }, { -0.09357694, -0.02678881 }, { 0.05303555, -0.06916608 } })),
                    ("db1", Expected.Rows(new[,] { { 0.05024943 }, { 0.09008559 } })),
                    ("db2", Expected.Rows(new[,] { { -0.03967535 }, { -0.06871727 }, { -0.08452056 } })),
                }, 1e-8, "v"));
            }),
            new CheckCase("course test case, β = 0.9, α = 0.01", () =>
            {
                var (parameters, grads) = CourseTestCase();
                var v = ZerosLike(grads);
                updateParametersWithMomentum(parameters, grads, v, 0.9, 0.01);
                return Expected.Compare(parameters, new[]
                {
                    ("W1", Expected.Rows(new[,] { { 1.62544598, -0.61290114, -0.52907334 }, { -1.07347112, 0.86450677, -2.30085497 } })),
                    ("b1", Expected.Rows(new[,] { { 1.74493465 }, { -0.76027113 } })),
                    ("W2", Expected.Rows(new[,] { { 0.31930698, -0.24990073, 1.4627996 }, { -2.05974396, -0.32173003, -0.38320915 }, { 1.13444069, -1.0998786, -0.1713109 } })),
                    ("b2", Expected.Rows(new[,] { { -0.87809283 }, { 0.04055394 }, { 0.58207317 } })),
                }, 1e-8).Concat(Expected.Compare(v, new[]
                {
                    ("dW1", Expected.Rows(new[,] { { -0.11006192, 0.11447237, 0.09015907 }, { 0.05024943, 0.09008559, -0.06837279 } })),
                    ("db1", Expected.Rows(new[,] { { -0.01228902 }, { -0.09357694 } })),
                    ("db2", Expected.Rows(new[,] { { 0.02344157 }, { 0.16598022 }, { 0.07420442 } })),
                }, 1e-8, "v"));
            }),
            new CheckCase("one weight from v = 0: W = 1, dW = 2, b = 0, db = −1, β = 0.9, α = 0.1 (by hand: v = 0.2 → W = 0.98; v = −0.1 → b = 0.01)", () =>
            {
                var (parameters, grads) = Scalars(1, 2, 0, -1);
                var v = ZerosLike(grads);
                updateParametersWithMomentum(parameters, grads, v, 0.9, 0.1);
                return Expected.Compare(parameters, new[] { ("W1", Scalar(0.98)), ("b1", Scalar(0.01)) }, 1e-12)
                    .Concat(Expected.Compare(v, new[] { ("dW1", Scalar(0.2)), ("db1", Scalar(-0.1)) }, 1e-12, "v"));
            }),
            new CheckCase("a later step, v ≠ 0: v = 1, W = 1, dW = 2; v = 1, b = 0, db = −1; β = 0.9, α = 0.1 (by hand: v = 0.9 + 0.2 = 1.1 → W = 0.89; v = 0.9 − 0.1 = 0.8 → b = −0.08)", () =>
            {
                var (parameters, grads) = Scalars(1, 2, 0, -1);
                var v = new Dictionary<string, Matrix<double>> { ["dW1"] = Scalar(1), ["db1"] = Scalar(1) };
                updateParametersWithMomentum(parameters, grads, v, 0.9, 0.1);
                return Expected.Compare(parameters, new[] { ("W1", Scalar(0.89)), ("b1", Scalar(-0.08)) }, 1e-12)
                    .Concat(Expected.Compare(v, new[] { ("dW1", Scalar(1.1)), ("db1", Scalar(0.8)) }, 1e-12, "v"));
            }),
            GradsUnchanged("grads after the update (an update changes the parameters and v only)", grads =>
                updateParametersWithMomentum(CourseTestCase().Parameters, grads, ZerosLike(grads), 0.9, 0.01)),
        });

    /// <summary>Checks the Adam update.</summary>
    public static void CheckUpdateParametersWithAdam(AdamUpdate updateParametersWithAdam) => ExerciseCheck.Run(
        "UpdateParametersWithAdam",
        "Look for: the averages keep β1 (β2) times their old value; s averages the squared gradient; both are divided by 1 − β^t " +
        "with the t given (not t ± 1) before the step; ε is added after the square root; v and s are stored back; grads stay as they were.",
        new[]
        {
            new CheckCase("course test case (2024, W2 is 3 × 2), t = 2, α = 0.02, β1 = 0.8, β2 = 0.888, ε = 0.01", () =>
            {
                var (parameters, grads) = CourseTestCase(w2Columns: 2);
                var v = ZerosLike(grads);
                var s = ZerosLike(grads);
                updateParametersWithAdam(parameters, grads, v, s, 2, 0.02, 0.8, 0.888, 1e-2);
                return Expected.Compare(parameters, new[]
                {
                    ("W1", Expected.Rows(new[,] { { 1.63937725, -0.62327448, -0.54308727 }, { -1.0578897, 0.85032154, -2.31657668 } })),
                    ("b1", Expected.Rows(new[,] { { 1.72995096 }, { -0.7762447 } })),
                    ("W2", Expected.Rows(new[,] { { 0.33400549, -0.23563857 }, { 1.47715417, -2.04561842 }, { -0.33729882, -0.36908457 } })),
                    ("b2", Expected.Rows(new[,] { { 1.14852557 }, { -1.08492339 }, { -0.15740527 } })),
                }, 1e-8).Concat(Expected.Compare(v, new[]
                {
                    ("dW1", Expected.Rows(new[,] { { -0.17557168, 0.00844275, 0.11656304 } })),
                }, 1e-8, "v (row 0)").Select(RowZero))
                .Concat(Expected.Compare(s, new[]
                {
                    ("dW1", Expected.Rows(new[,] { { 0.08631117, 0.00019958, 0.03804344 } })),
                }, 1e-8, "s (row 0)").Select(RowZero));
            }),
            new CheckCase("course test case, t = 2, α = 0.02, β1 = 0.8, β2 = 0.888, ε = 0.01", () =>
            {
                var (parameters, grads) = CourseTestCase();
                updateParametersWithAdam(parameters, grads, ZerosLike(grads), ZerosLike(grads), 2, 0.02, 0.8, 0.888, 1e-2);
                return Expected.Compare(parameters, new[]
                {
                    ("W1", Expected.Rows(new[,] { { 1.63942428, -0.6268425, -0.54320974 }, { -1.08782943, 0.85036983, -2.2865723 } })),
                    ("b1", Expected.Rows(new[,] { { 1.75854357 }, { -0.74616067 } })),
                    ("W2", Expected.Rows(new[,] { { 0.33356139, -0.26425199, 1.47707772 }, { -2.04538458, -0.30744933, -0.36903141 }, { 1.14873036, -1.09256871, -0.15734651 } })),
                    ("b2", Expected.Rows(new[,] { { -0.89228024 }, { 0.02707193 }, { 0.56782561 } })),
                }, 1e-8);
            }),
            new CheckCase("course test case, t = 2, defaults α = 0.01, β1 = 0.9, β2 = 0.999, ε = 1e-8", () =>
            {
                var (parameters, grads) = CourseTestCase();
                var v = ZerosLike(grads);
                var s = ZerosLike(grads);
                updateParametersWithAdam(parameters, grads, v, s, 2, 0.01, 0.9, 0.999, 1e-8);
                // The course printed two digits computed with ε inside the root; 1e-6 accepts either placement, as np.allclose did.
                return Expected.Compare(parameters, new[]
                {
                    ("W1", Expected.Rows(new[,] { { 1.63178673, -0.61919778, -0.53561312 }, { -1.08040999, 0.85796626, -2.29409733 } })),
                    ("b1", Expected.Rows(new[,] { { 1.75225313 }, { -0.75376553 } })),
                    ("W2", Expected.Rows(new[,] { { 0.32648046, -0.25681174, 1.46954931 }, { -2.05269934, -0.31497584, -0.37661299 }, { 1.14121081, -1.09245036, -0.16498684 } })),
                    ("b2", Expected.Rows(new[,] { { -0.88529978 }, { 0.03477238 }, { 0.57537385 } })),
                }, 1e-6).Concat(Expected.Compare(s, new[]
                {
                    ("dW1", Expected.Rows(new[,] { { 0.00121136, 0.00131039, 0.00081287 }, { 0.0002525, 0.00081154, 0.00046748 } })),
                    ("db1", Expected.Rows(new[,] { { 1.51020075e-05 }, { 8.75664434e-04 } })),
                }, 1e-8, "s"));
            }),
            new CheckCase("first step, t = 1: W = 1, dW = 2, α = 0.1 (by hand: v̂ = g, ŝ = g², so W = 1 − 0.1·2/(2 + 1e-8))", () =>
            {
                var (parameters, grads) = Scalars(1, 2, 0, -1);
                updateParametersWithAdam(parameters, grads, ZerosLike(grads), ZerosLike(grads), 1, 0.1, 0.9, 0.999, 1e-8);
                return Expected.Compare(parameters, new[] { ("W1", Scalar(1 - 0.1 * 2 / (2 + 1e-8))), ("b1", Scalar(0.1 / (1 + 1e-8))) }, 1e-12);
            }),
            new CheckCase("a later step, v and s ≠ 0: v = 1, s = 1 for W and b; W = 1, dW = 2; b = 0, db = −1; t = 2, α = 0.1, β1 = β2 = 0.5, ε = 0 " +
                "(by hand: v = 0.5 + 1 = 1.5, s = 0.5 + 2 = 2.5, v̂ = 1.5/0.75 = 2, ŝ = 2.5/0.75 = 10/3, W = 1 − 0.1·2/√(10/3); for b: v = 0, s = 1, b stays 0)", () =>
            {
                var (parameters, grads) = Scalars(1, 2, 0, -1);
                var v = new Dictionary<string, Matrix<double>> { ["dW1"] = Scalar(1), ["db1"] = Scalar(1) };
                var s = new Dictionary<string, Matrix<double>> { ["dW1"] = Scalar(1), ["db1"] = Scalar(1) };
                updateParametersWithAdam(parameters, grads, v, s, 2, 0.1, 0.5, 0.5, 0);
                return Expected.Compare(parameters, new[] { ("W1", Scalar(1 - 0.2 / Math.Sqrt(10.0 / 3))), ("b1", Scalar(0)) }, 1e-12)
                    .Concat(Expected.Compare(v, new[] { ("dW1", Scalar(1.5)), ("db1", Scalar(0)) }, 1e-12, "v"))
                    .Concat(Expected.Compare(s, new[] { ("dW1", Scalar(2.5)), ("db1", Scalar(1)) }, 1e-12, "s"));
            }),
            GradsUnchanged("grads after the update (an update changes the parameters, v and s only)", grads =>
                updateParametersWithAdam(CourseTestCase().Parameters, grads, ZerosLike(grads), ZerosLike(grads), 2, 0.01, 0.9, 0.999, 1e-8)),
        });

    /// <summary>A case that hands the course's gradients to <paramref name="update"/> and checks it left them as they were.</summary>
    private static CheckCase GradsUnchanged(string description, Action<Dictionary<string, Matrix<double>>> update) => new(description, () =>
    {
        var grads = CourseTestCase().Grads;
        var before = grads.ToDictionary(g => g.Key, g => g.Value.Clone());
        update(grads);
        return Expected.Compare(grads, before.Select(g => (g.Key, g.Value)), 0, "grads");
    });

    /// <summary>Compares only row 0 of the student's matrix, as the course's public test does.</summary>
    private static Comparison RowZero(Comparison comparison) =>
        comparison with { Actual = comparison.Actual is { RowCount: > 0 } actual ? actual.SubMatrix(0, 1, 0, actual.ColumnCount) : comparison.Actual };

    private static (Dictionary<string, Matrix<double>>, Dictionary<string, Matrix<double>>) Scalars(double w, double dw, double b, double db) =>
        (new Dictionary<string, Matrix<double>> { ["W1"] = Scalar(w), ["b1"] = Scalar(b) },
         new Dictionary<string, Matrix<double>> { ["dW1"] = Scalar(dw), ["db1"] = Scalar(db) });

    private static Matrix<double> Scalar(double value) => Matrix<double>.Build.Dense(1, 1, value);
}
