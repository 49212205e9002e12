using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;

namespace NotebookKit.Initialization;

/// <summary>
/// How the weights <c>W[l]</c> (n[l] × n[l−1]) start; biases always start at zero. Every random scheme draws
/// <c>W[l] = randn(n[l], n[l−1]) · scale</c> from one seeded generator, W1 first, then W2, …, exactly as the
/// course's <c>initialize_parameters_*</c> functions do after <c>np.random.seed(seed)</c>:
/// <list type="bullet">
/// <item>zeros: <c>W[l] = 0</c> — every unit of a layer stays identical (symmetry is never broken);</item>
/// <item>random: <c>scale = s</c> (the course's "large" case uses s = 10);</item>
/// <item>He: <c>scale = √(2 / n[l−1])</c>, for ReLU layers;</item>
/// <item>Xavier: <c>scale = √(1 / n[l−1])</c>, for tanh and sigmoid layers (the course's "Xavier");</item>
/// <item>Glorot: <c>scale = √(2 / (n[l−1] + n[l]))</c>, Glorot and Bengio's (2010) compromise between keeping the
/// forward signal (fan-in) and the backward signal (fan-out) at their size.</item>
/// </list>
/// </summary>
public sealed class Initializer
{
    private readonly Func<int, int, double>? _scale;

    private Initializer(string name, Func<int, int, double>? scale)
    {
        Name = name;
        _scale = scale;
    }

    /// <summary>All weights zero; draws no random numbers.</summary>
    public static Initializer Zeros { get; } = new("zeros", null);

    /// <summary>He initialization, <c>scale = √(2 / n[l−1])</c>.</summary>
    public static Initializer He { get; } = new("He", (fanIn, _) => Math.Sqrt(2.0 / fanIn));

    /// <summary>Xavier initialization, <c>scale = √(1 / n[l−1])</c>.</summary>
    public static Initializer Xavier { get; } = new("Xavier", (fanIn, _) => Math.Sqrt(1.0 / fanIn));

    /// <summary>Glorot initialization, <c>scale = √(2 / (n[l−1] + n[l]))</c>.</summary>
    public static Initializer Glorot { get; } = new("Glorot", (fanIn, fanOut) => Math.Sqrt(2.0 / (fanIn + fanOut)));

    /// <summary>Standard normal draws times a fixed <paramref name="scale"/> (10 in the course's "large" case).</summary>
    public static Initializer RandomNormal(double scale)
    {
        if (!(scale > 0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be a finite number > 0, e.g. 0.01 or 10.");
        }
        return new Initializer(FormattableString.Invariant($"random ×{scale}"), (_, _) => scale);
    }

    /// <summary>The scheme's name, e.g. <c>He</c>.</summary>
    public string Name { get; }

    /// <summary>The standard deviation of the weights of a layer with <paramref name="fanIn"/> inputs n[l−1] and <paramref name="fanOut"/> units n[l] (0 for zeros).</summary>
    public double Scale(int fanIn, int fanOut) => _scale?.Invoke(fanIn, fanOut) ?? 0.0;

    /// <summary>Draws <c>W[l]</c> of shape <paramref name="units"/> × <paramref name="fanIn"/> from <paramref name="random"/>.</summary>
    public Matrix<double> Weights(int units, int fanIn, NumpyRandomState random) =>
        _scale is null
            ? Matrix<double>.Build.Dense(units, fanIn)
            : random.Randn(units, fanIn) * _scale(fanIn, units);

    /// <summary>
    /// The course's <c>initialize_parameters_*(layers_dims)</c>: <c>W1, b1, …, WL, bL</c> for the layer sizes
    /// <c>[n[0], n[1], …, n[L]]</c>, drawn in order from <c>np.random.seed(seed)</c>.
    /// </summary>
    public IReadOnlyDictionary<string, Matrix<double>> InitializeParameters(IReadOnlyList<int> layerDims, int seed)
    {
        LayerDims.Validate(layerDims);
        var random = new NumpyRandomState(seed);
        var parameters = new Dictionary<string, Matrix<double>>();
        for (int l = 1; l < layerDims.Count; l++)
        {
            parameters[$"W{l}"] = Weights(layerDims[l], layerDims[l - 1], random);
            parameters[$"b{l}"] = Matrix<double>.Build.Dense(layerDims[l], 1);
        }
        return parameters;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
