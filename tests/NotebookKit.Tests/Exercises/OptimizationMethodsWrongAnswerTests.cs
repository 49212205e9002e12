using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;
using NotebookKit.Randomness;
using M = MathNet.Numerics.LinearAlgebra.Matrix<double>;
using Parameters = System.Collections.Generic.Dictionary<string, MathNet.Numerics.LinearAlgebra.Matrix<double>>;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// The wrong answers a student plausibly writes for each exercise of notebook 07 (the Optimization Methods
/// assignment), by name: each check must reject every one of them and pass the solution. The checks' expected values
/// are the course's published outputs and cases derived by hand (their descriptions show the arithmetic).
/// </summary>
public class OptimizationMethodsWrongAnswerTests
{
    // update_parameters_with_gd ------------------------------------------------------------------------------------

    private static readonly Dictionary<string, ParameterUpdateExercises.GdUpdate> WrongGd = new()
    {
        ["adds the gradient (wrong sign)"] = (p, g, lr) => ForEachLayer(p, l => { p[$"W{l}"] = p[$"W{l}"] + lr * g[$"dW{l}"]; p[$"b{l}"] = p[$"b{l}"] + lr * g[$"db{l}"]; }),
        ["updates W only, forgets b"] = (p, g, lr) => ForEachLayer(p, l => p[$"W{l}"] = p[$"W{l}"] - lr * g[$"dW{l}"]),
        ["stops one layer short (l < L)"] = (p, g, lr) => ForEachLayer(p, l => { if (l < p.Count / 2) { GdStep(p, g, lr, l); } }),
        ["divides by the learning rate"] = (p, g, lr) => ForEachLayer(p, l => { p[$"W{l}"] = p[$"W{l}"] - g[$"dW{l}"] / lr; p[$"b{l}"] = p[$"b{l}"] - g[$"db{l}"] / lr; }),
        ["computes the step but never stores it"] = (p, g, lr) => ForEachLayer(p, l => { var w = p[$"W{l}"] - lr * g[$"dW{l}"]; _ = w; }),
        ["scales the gradients in place (mutates grads)"] = (p, g, lr) => ForEachLayer(p, l =>
        {
            g[$"dW{l}"].Multiply(lr, g[$"dW{l}"]);
            g[$"db{l}"].Multiply(lr, g[$"db{l}"]);
            p[$"W{l}"] = p[$"W{l}"] - g[$"dW{l}"];
            p[$"b{l}"] = p[$"b{l}"] - g[$"db{l}"];
        }),
        ["steps b with dW (mixed-up keys)"] = (p, g, lr) => ForEachLayer(p, l => { p[$"W{l}"] = p[$"W{l}"] - lr * g[$"dW{l}"]; p[$"b{l}"] = p[$"b{l}"] - lr * g[$"dW{l}"]; }),
    };

    public static TheoryData<string> WrongGdNames() => new(WrongGd.Keys);

    [Theory]
    [MemberData(nameof(WrongGdNames))]
    public void Gd_check_rejects(string wrong) =>
        Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckUpdateParametersWithGd(WrongGd[wrong]));

    // random_mini_batches -------------------------------------------------------------------------------------------

    private static readonly Dictionary<string, OptimizationMethodsExercises.MiniBatchSplit> WrongMiniBatches = new()
    {
        ["shuffles Y with a second permutation"] = (x, y, size, seed) =>
        {
            var random = new NumpyRandomState(seed);
            var px = random.Permutation(x.ColumnCount);
            return Partition(ShuffleColumns(x, px), ShuffleColumns(y, random.Permutation(x.ColumnCount)), size);
        },
        ["does not shuffle"] = (x, y, size, seed) => Partition(x, y, size),
        ["drops the last, smaller batch"] = (x, y, size, seed) => RandomMiniBatches(x, y, size, seed).Where(b => b.X.ColumnCount == size).ToList(),
        ["adds a last batch even when m is a multiple of the size"] = (x, y, size, seed) =>
        {
            var batches = RandomMiniBatches(x, y, size, seed);
            if (x.ColumnCount % size == 0)
            {
                batches.Add((batches[^1].X, batches[^1].Y));
            }
            return batches;
        },
        ["starts the last batch one column late"] = (x, y, size, seed) =>
        {
            var p = new NumpyRandomState(seed).Permutation(x.ColumnCount);
            var (sx, sy) = (ShuffleColumns(x, p), ShuffleColumns(y, p));
            var batches = Partition(sx, sy, size).Where(batch => batch.X.ColumnCount == size).ToList();
            int start = x.ColumnCount / size * size + 1;
            if (start < x.ColumnCount)
            {
                batches.Add((sx.SubMatrix(0, x.RowCount, start, x.ColumnCount - start), sy.SubMatrix(0, y.RowCount, start, x.ColumnCount - start)));
            }
            return batches;
        },
        ["uses System.Random instead of numpy's generator"] = (x, y, size, seed) =>
        {
            var p = Enumerable.Range(0, x.ColumnCount).ToArray();
            new Random(seed).Shuffle(p);
            return Partition(ShuffleColumns(x, p), ShuffleColumns(y, p), size);
        },
        ["shuffles the rows (features) instead of the columns (a transpose)"] = (x, y, size, seed) =>
        {
            var p = new NumpyRandomState(seed).Permutation(x.RowCount);
            return Partition(Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (i, j) => x[p[i], j]), y, size);
        },
    };

    public static TheoryData<string> WrongMiniBatchNames() => new(WrongMiniBatches.Keys);

    [Theory]
    [MemberData(nameof(WrongMiniBatchNames))]
    public void Mini_batch_check_rejects(string wrong) =>
        Assert.Throws<ExerciseFailedException>(() => OptimizationMethodsExercises.CheckRandomMiniBatches(WrongMiniBatches[wrong]));

    // initialize_velocity and initialize_adam -------------------------------------------------------------------------

    private static readonly Dictionary<string, ParameterUpdateExercises.ZeroState> WrongVelocity = new()
    {
        ["keyed like the parameters (W1, not dW1)"] = p => p.ToDictionary(e => e.Key, e => Zeros(e.Value.RowCount, e.Value.ColumnCount)),
        ["copies of the parameters, not zeros"] = p => p.ToDictionary(e => "d" + e.Key, e => e.Value.Clone()),
        ["transposed shapes"] = p => p.ToDictionary(e => "d" + e.Key, e => Zeros(e.Value.ColumnCount, e.Value.RowCount)),
        ["stops one layer short (l < L)"] = p => p.Where(e => int.Parse(e.Key[1..]) < p.Count / 2).ToDictionary(e => "d" + e.Key, e => Zeros(e.Value.RowCount, e.Value.ColumnCount)),
        ["dW only, no db"] = p => p.Where(e => e.Key.StartsWith('W')).ToDictionary(e => "d" + e.Key, e => Zeros(e.Value.RowCount, e.Value.ColumnCount)),
        ["the parameters themselves, cleared (aliases and wipes them)"] = p => p.ToDictionary(e => "d" + e.Key, e => { e.Value.Clear(); return e.Value; }),
        ["one 1 × 1 zero per key (ignores the shapes)"] = p => p.ToDictionary(e => "d" + e.Key, _ => Zeros(1, 1)),
    };

    public static TheoryData<string> WrongVelocityNames() => new(WrongVelocity.Keys);

    [Theory]
    [MemberData(nameof(WrongVelocityNames))]
    public void Velocity_check_rejects(string wrong) =>
        Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckInitializeVelocity(WrongVelocity[wrong]));

    private static readonly Dictionary<string, ParameterUpdateExercises.AdamState> WrongAdamState = new()
    {
        ["one dictionary for v and s"] = p => { var v = ZerosLikeParameters(p); return (v, v); },
        ["two dictionaries sharing the same zero matrices"] = p => { var v = ZerosLikeParameters(p); return (v, new Parameters(v)); },
        ["transposed shapes"] = p => (WrongVelocity["transposed shapes"](p), WrongVelocity["transposed shapes"](p)),
        ["keyed like the parameters"] = p => (WrongVelocity["keyed like the parameters (W1, not dW1)"](p), WrongVelocity["keyed like the parameters (W1, not dW1)"](p)),
        ["stops one layer short (l < L)"] = p => (WrongVelocity["stops one layer short (l < L)"](p), WrongVelocity["stops one layer short (l < L)"](p)),
        ["s left empty"] = p => (ZerosLikeParameters(p), new Parameters()),
    };

    public static TheoryData<string> WrongAdamStateNames() => new(WrongAdamState.Keys);

    [Theory]
    [MemberData(nameof(WrongAdamStateNames))]
    public void Adam_state_check_rejects(string wrong) =>
        Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckInitializeAdam(WrongAdamState[wrong]));

    // update_parameters_with_momentum --------------------------------------------------------------------------------

    private static readonly Dictionary<string, ParameterUpdateExercises.MomentumUpdate> WrongMomentum = new()
    {
        ["sums instead of averaging: v = βv + dW"] = (p, g, v, beta, lr) => Momentum(p, g, v, (vOld, d) => beta * vOld + d, lr),
        ["forgets β on the old velocity: v = v + (1 − β)dW"] = (p, g, v, beta, lr) => Momentum(p, g, v, (vOld, d) => vOld + (1 - beta) * d, lr),
        ["β and 1 − β swapped"] = (p, g, v, beta, lr) => Momentum(p, g, v, (vOld, d) => (1 - beta) * vOld + beta * d, lr),
        ["steps with the old velocity"] = (p, g, v, beta, lr) => ForEachLayer(p, l =>
        {
            foreach (var n in new[] { $"W{l}", $"b{l}" })
            {
                p[n] = p[n] - lr * v["d" + n];
                v["d" + n] = beta * v["d" + n] + (1 - beta) * g["d" + n];
            }
        }),
        ["never stores the velocity"] = (p, g, v, beta, lr) => ForEachLayer(p, l =>
        {
            foreach (var n in new[] { $"W{l}", $"b{l}" })
            {
                var vNew = beta * v["d" + n] + (1 - beta) * g["d" + n];
                p[n] = p[n] - lr * vNew;
            }
        }),
        ["adds the velocity (wrong sign)"] = (p, g, v, beta, lr) => Momentum(p, g, v, (vOld, d) => beta * vOld + (1 - beta) * d, -lr),
        ["updates W only, forgets b"] = (p, g, v, beta, lr) => ForEachLayer(p, l =>
        {
            v[$"dW{l}"] = beta * v[$"dW{l}"] + (1 - beta) * g[$"dW{l}"];
            p[$"W{l}"] = p[$"W{l}"] - lr * v[$"dW{l}"];
        }),
        ["scales the gradients in place (mutates grads)"] = (p, g, v, beta, lr) => ForEachLayer(p, l =>
        {
            foreach (var n in new[] { $"W{l}", $"b{l}" })
            {
                g["d" + n].Multiply(1 - beta, g["d" + n]);
                v["d" + n] = beta * v["d" + n] + g["d" + n];
                p[n] = p[n] - lr * v["d" + n];
            }
        }),
    };

    public static TheoryData<string> WrongMomentumNames() => new(WrongMomentum.Keys);

    [Theory]
    [MemberData(nameof(WrongMomentumNames))]
    public void Momentum_check_rejects(string wrong) =>
        Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckUpdateParametersWithMomentum(WrongMomentum[wrong]));

    // update_parameters_with_adam ------------------------------------------------------------------------------------

    private static readonly Dictionary<string, ParameterUpdateExercises.AdamUpdate> WrongAdam = new()
    {
        ["no bias correction"] = (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, lr, b1, b2, eps, correction1: 1, correction2: 1),
        ["ε inside the square root"] = (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, lr, b1, b2, eps, 1 - Math.Pow(b1, t), 1 - Math.Pow(b2, t), epsilonInsideRoot: true),
        ["t + 1 in the correction"] = (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, lr, b1, b2, eps, 1 - Math.Pow(b1, t + 1), 1 - Math.Pow(b2, t + 1)),
        ["t − 1 in the correction"] = (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, lr, b1, b2, eps, 1 - Math.Pow(b1, t - 1), 1 - Math.Pow(b2, t - 1)),
        ["β·t instead of β^t in the correction"] = (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, lr, b1, b2, eps, 1 - b1 * t, 1 - b2 * t),
        ["β1 and β2 swapped"] = (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, lr, b2, b1, eps, 1 - Math.Pow(b2, t), 1 - Math.Pow(b1, t)),
        ["forgets β on the old averages: v = v + (1 − β1)g"] = (p, g, v, s, t, lr, b1, b2, eps) =>
            Adam(p, g, v, s, lr, b1, b2, eps, 1 - Math.Pow(b1, t), 1 - Math.Pow(b2, t), keepOld: 1),
        ["s averages g, not g²"] = (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, lr, b1, b2, eps, 1 - Math.Pow(b1, t), 1 - Math.Pow(b2, t), square: false),
        ["no square root on ŝ"] = (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, lr, b1, b2, eps, 1 - Math.Pow(b1, t), 1 - Math.Pow(b2, t), root: false),
        ["never stores v and s"] = (p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, new Parameters(v), new Parameters(s), lr, b1, b2, eps, 1 - Math.Pow(b1, t), 1 - Math.Pow(b2, t)),
        ["squares the gradients in place (mutates grads)"] = (p, g, v, s, t, lr, b1, b2, eps) =>
        {
            foreach (var name in p.Keys.ToList())
            {
                string d = "d" + name;
                v[d] = b1 * v[d] + (1 - b1) * g[d];
                g[d].PointwisePower(2, g[d]);
                s[d] = b2 * s[d] + (1 - b2) * g[d];
                var vHat = v[d] / (1 - Math.Pow(b1, t));
                var sHat = s[d] / (1 - Math.Pow(b2, t));
                p[name] = p[name] - lr * vHat.PointwiseDivide(sHat.PointwiseSqrt() + eps);
            }
        },
    };

    public static TheoryData<string> WrongAdamNames() => new(WrongAdam.Keys);

    [Theory]
    [MemberData(nameof(WrongAdamNames))]
    public void Adam_check_rejects(string wrong) =>
        Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckUpdateParametersWithAdam(WrongAdam[wrong]));

    // update_lr and schedule_lr_decay -----------------------------------------------------------------------------------

    private static readonly Dictionary<string, OptimizationMethodsExercises.DecayedRate> WrongUpdateLr = new()
    {
        ["exponential decay instead"] = (a0, epoch, decay) => a0 * Math.Pow(0.95, epoch),
        ["epoch + 1"] = (a0, epoch, decay) => a0 / (1 + decay * (epoch + 1)),
        ["decay rate as an exponent: α0 / (1 + epoch)^decay"] = (a0, epoch, decay) => a0 / Math.Pow(1 + epoch, decay),
        ["decay rate left out: α0 / (1 + epoch)"] = (a0, epoch, decay) => a0 / (1 + epoch),
        ["multiplies instead of dividing"] = (a0, epoch, decay) => a0 * (1 + decay * epoch),
        ["missing parentheses: α0 / 1 + decay·epoch"] = (a0, epoch, decay) => a0 / 1 + decay * epoch,
        ["returns α0 (a constant)"] = (a0, epoch, decay) => a0,
    };

    public static TheoryData<string> WrongUpdateLrNames() => new(WrongUpdateLr.Keys);

    [Theory]
    [MemberData(nameof(WrongUpdateLrNames))]
    public void Update_lr_check_rejects(string wrong) =>
        Assert.Throws<ExerciseFailedException>(() => OptimizationMethodsExercises.CheckUpdateLr(WrongUpdateLr[wrong]));

    private static readonly Dictionary<string, OptimizationMethodsExercises.ScheduledRate> WrongSchedule = new()
    {
        ["no floor"] = (a0, epoch, decay, interval) => a0 / (1 + decay * ((double)epoch / interval)),
        ["rounds to nearest instead of down"] = (a0, epoch, decay, interval) => a0 / (1 + decay * Math.Round((double)epoch / interval)),
        ["rounds up"] = (a0, epoch, decay, interval) => a0 / (1 + decay * Math.Ceiling((double)epoch / interval)),
        ["epoch + 1"] = (a0, epoch, decay, interval) => a0 / (1 + decay * Math.Floor((epoch + 1.0) / interval)),
        ["decays every epoch (update_lr)"] = (a0, epoch, decay, interval) => a0 / (1 + decay * epoch),
        ["decay rate as a base: α0 / (1 + decay)^⌊epoch/interval⌋"] = (a0, epoch, decay, interval) => a0 / Math.Pow(1 + decay, Math.Floor((double)epoch / interval)),
        ["returns α0 (a constant)"] = (a0, epoch, decay, interval) => a0,
    };

    public static TheoryData<string> WrongScheduleNames() => new(WrongSchedule.Keys);

    [Theory]
    [MemberData(nameof(WrongScheduleNames))]
    public void Schedule_check_rejects(string wrong) =>
        Assert.Throws<ExerciseFailedException>(() => OptimizationMethodsExercises.CheckScheduleLrDecay(WrongSchedule[wrong]));

    // The solutions ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Every_check_passes_the_solution()
    {
        ParameterUpdateExercises.CheckUpdateParametersWithGd((p, g, lr) => ForEachLayer(p, l => GdStep(p, g, lr, l)));
        OptimizationMethodsExercises.CheckRandomMiniBatches((x, y, size, seed) => RandomMiniBatches(x, y, size, seed));
        ParameterUpdateExercises.CheckInitializeVelocity(ZerosLikeParameters);
        ParameterUpdateExercises.CheckInitializeAdam(p => (ZerosLikeParameters(p), ZerosLikeParameters(p)));
        ParameterUpdateExercises.CheckUpdateParametersWithMomentum((p, g, v, beta, lr) => Momentum(p, g, v, (vOld, d) => beta * vOld + (1 - beta) * d, lr));
        ParameterUpdateExercises.CheckUpdateParametersWithAdam((p, g, v, s, t, lr, b1, b2, eps) => Adam(p, g, v, s, lr, b1, b2, eps, 1 - Math.Pow(b1, t), 1 - Math.Pow(b2, t)));
        OptimizationMethodsExercises.CheckUpdateLr((a0, epoch, decay) => a0 / (1 + decay * epoch));
        OptimizationMethodsExercises.CheckScheduleLrDecay((a0, epoch, decay, interval) => a0 / (1 + decay * Math.Floor((double)epoch / interval)));
    }

    [Fact]
    public void A_failing_hint_names_the_mistake_without_the_solution_line()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => ParameterUpdateExercises.CheckUpdateParametersWithMomentum(
            WrongMomentum["forgets β on the old velocity: v = v + (1 − β)dW"]));
        Assert.Contains("a later step, v ≠ 0", error.Message);
        Assert.Contains("β times the old velocity", error.Message);
        Assert.DoesNotContain("beta * v[", error.Message);
    }

    // Helpers: the course's loops, written out --------------------------------------------------------------------------

    private static void ForEachLayer(Parameters p, Action<int> step)
    {
        for (int l = 1; l <= p.Count / 2; l++)
        {
            step(l);
        }
    }

    private static void GdStep(Parameters p, Parameters g, double lr, int l)
    {
        p[$"W{l}"] = p[$"W{l}"] - lr * g[$"dW{l}"];
        p[$"b{l}"] = p[$"b{l}"] - lr * g[$"db{l}"];
    }

    private static void Momentum(Parameters p, Parameters g, Parameters v, Func<M, M, M> average, double lr) => ForEachLayer(p, l =>
    {
        foreach (var n in new[] { $"W{l}", $"b{l}" })
        {
            v["d" + n] = average(v["d" + n], g["d" + n]);
            p[n] = p[n] - lr * v["d" + n];
        }
    });

    private static void Adam(Parameters p, Parameters g, Parameters v, Parameters s, double lr, double b1, double b2, double eps,
        double correction1, double correction2, bool epsilonInsideRoot = false, double? keepOld = null, bool square = true, bool root = true)
    {
        foreach (var name in p.Keys.ToList())
        {
            string d = "d" + name;
            v[d] = (keepOld ?? b1) * v[d] + (1 - b1) * g[d];
            s[d] = (keepOld ?? b2) * s[d] + (1 - b2) * (square ? g[d].PointwisePower(2) : g[d]);
            var vHat = v[d] / correction1;
            var sHat = s[d] / correction2;
            var denominator = epsilonInsideRoot ? (sHat + eps).PointwiseSqrt() : root ? sHat.PointwiseSqrt() + eps : sHat + eps;
            p[name] = p[name] - lr * vHat.PointwiseDivide(denominator);
        }
    }

    private static Parameters ZerosLikeParameters(Parameters p) => p.ToDictionary(e => "d" + e.Key, e => Zeros(e.Value.RowCount, e.Value.ColumnCount));

    private static M Zeros(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns);

    private static List<(M X, M Y)> RandomMiniBatches(M x, M y, int size, int seed)
    {
        var p = new NumpyRandomState(seed).Permutation(x.ColumnCount);
        return Partition(ShuffleColumns(x, p), ShuffleColumns(y, p), size);
    }

    private static M ShuffleColumns(M m, int[] p) => Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount, (i, j) => m[i, p[j]]);

    private static List<(M X, M Y)> Partition(M x, M y, int size)
    {
        var batches = new List<(M X, M Y)>();
        for (int start = 0; start < x.ColumnCount; start += size)
        {
            int n = Math.Min(size, x.ColumnCount - start);
            batches.Add((x.SubMatrix(0, x.RowCount, start, n), y.SubMatrix(0, y.RowCount, start, n)));
        }
        return batches;
    }
}
