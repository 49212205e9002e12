using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for the Optimization Methods assignment's update rules. The student's functions update the
/// dictionaries in place, as the course's do. Inputs are the course's test case (<c>np.random.seed(1)</c>, then
/// W1 (2,3), b1 (2,1), W2 (3,3), b2 (3,1), dW1, db1, dW2, db2); expected values are its published outputs,
/// plus a one-number case derived by hand.
/// </summary>
public static class OptimizerExercises
{
    /// <summary>The course's <c>update_parameters_with_momentum</c>: <c>v = βv + (1−β)dW; W −= αv</c>.</summary>
    public delegate void MomentumUpdate(
        Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads,
        Dictionary<string, Matrix<double>> v, double beta, double learningRate);

    /// <summary>The course's <c>update_parameters_with_adam</c> with step counter t (from 1).</summary>
    public delegate void AdamUpdate(
        Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads,
        Dictionary<string, Matrix<double>> v, Dictionary<string, Matrix<double>> s,
        int t, double learningRate, double beta1, double beta2, double epsilon);

    /// <summary>The course's test inputs: parameters and gradients drawn from seed 1, velocities zero.</summary>
    public static (Dictionary<string, Matrix<double>> Parameters, Dictionary<string, Matrix<double>> Grads) CourseTestCase()
    {
        var random = new NumpyRandomState(1);
        var parameters = random.RandnByName(("W1", 2, 3), ("b1", 2, 1), ("W2", 3, 3), ("b2", 3, 1));
        var grads = random.RandnByName(("dW1", 2, 3), ("db1", 2, 1), ("dW2", 3, 3), ("db2", 3, 1));
        return (parameters, grads);
    }

    /// <summary>Zero state shaped like the gradients (the course's <c>initialize_velocity</c>).</summary>
    public static Dictionary<string, Matrix<double>> ZerosLike(Dictionary<string, Matrix<double>> grads) =>
        grads.ToDictionary(g => g.Key, g => Matrix<double>.Build.Dense(g.Value.RowCount, g.Value.ColumnCount));

    /// <summary>Checks the momentum update.</summary>
    public static void CheckMomentum(MomentumUpdate updateParametersWithMomentum) => ExerciseCheck.Run(
        "UpdateParametersWithMomentum",
        "For each l: v[\"dW\" + l] = beta * v[\"dW\" + l] + (1 - beta) * grads[\"dW\" + l]; then parameters[\"W\" + l] -= learningRate * v[\"dW\" + l]; the same for b.",
        new[]
        {
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
        });

    /// <summary>Checks the Adam update.</summary>
    public static void CheckAdam(AdamUpdate updateParametersWithAdam) => ExerciseCheck.Run(
        "UpdateParametersWithAdam",
        "v = β1·v + (1−β1)·g; v̂ = v / (1 − β1^t); s = β2·s + (1−β2)·g²; ŝ = s / (1 − β2^t); W −= α·v̂ / (√ŝ + ε) — ε outside the square root, t as given.",
        new[]
        {
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
        });

    private static (Dictionary<string, Matrix<double>>, Dictionary<string, Matrix<double>>) Scalars(double w, double dw, double b, double db) =>
        (new Dictionary<string, Matrix<double>> { ["W1"] = Scalar(w), ["b1"] = Scalar(b) },
         new Dictionary<string, Matrix<double>> { ["dW1"] = Scalar(dw), ["db1"] = Scalar(db) });

    private static Matrix<double> Scalar(double value) => Matrix<double>.Build.Dense(1, 1, value);
}
