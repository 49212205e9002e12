using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Randomness;

namespace NotebookKit.Regularization;

/// <summary>
/// Inverted dropout after the activation of a hidden layer l. In training:
/// <c>D[l] = (rand(shape of A[l]) &lt; keepProb)</c>, <c>A[l] = A[l] ⊙ D[l] / keepProb</c>, so that the
/// expected activation is unchanged; backward <c>dA[l] = dA[l] ⊙ D[l] / keepProb</c>. At inference it is the
/// identity. The mask is drawn like the course's <c>np.random.rand(*A.shape) &lt; keep_prob</c>.
/// </summary>
public sealed class InvertedDropout : ILayer
{
    private readonly NumpyRandomState _random;
    private Matrix<double>? _mask;

    /// <summary>Creates the dropout of hidden layer <paramref name="index"/>.</summary>
    /// <param name="index">The hidden layer it follows.</param>
    /// <param name="keepProb">Probability of keeping a unit, in (0, 1].</param>
    /// <param name="random">The seeded generator the masks are drawn from.</param>
    public InvertedDropout(int index, double keepProb, NumpyRandomState random)
    {
        Validate(keepProb);
        Name = $"Dropout {index}";
        KeepProb = keepProb;
        _random = random;
    }

    /// <summary>Throws unless <paramref name="keepProb"/> lies in (0, 1].</summary>
    public static void Validate(double keepProb)
    {
        if (!(keepProb > 0 && keepProb <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(keepProb), keepProb,
                "keepProb is the probability of keeping a unit and must lie in (0, 1]: 1 means no dropout, " +
                "0.8 drops one unit in five. (If you meant the drop probability p, pass 1 − p.)");
        }
    }

    /// <summary>
    /// The layers of a model without dropout, with inverted dropout inserted after the activation of each hidden
    /// layer l, keeping units with probability <c>keepProbs[l − 1]</c> (1 inserts nothing): the lecture's keep_prob per
    /// layer, lower for large layers (many parameters to overfit with), 1 for small ones. All masks are drawn from
    /// <paramref name="random"/>, layer 1 first, as the course draws D1 before D2.
    /// </summary>
    /// <param name="layers">The layers, input side first; the activations between Dense layers are the hidden ones.</param>
    /// <param name="keepProbs">One keep probability per hidden layer, each in (0, 1].</param>
    /// <param name="random">The seeded generator of the masks.</param>
    public static IReadOnlyList<ILayer> AfterHiddenActivations(IReadOnlyList<ILayer> layers, IReadOnlyList<double> keepProbs, NumpyRandomState random)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(keepProbs);
        int hidden = layers.Count(layer => layer is ActivationLayer);
        if (keepProbs.Count != hidden)
        {
            throw new ArgumentException(
                $"keepProbs needs one keep probability per hidden layer: this network has {hidden} hidden layers, " +
                $"but {keepProbs.Count} were given. Pass 1 for a layer that should not drop units.", nameof(keepProbs));
        }
        foreach (double keepProb in keepProbs)
        {
            Validate(keepProb);
        }
        var result = new List<ILayer>();
        int l = 0;
        foreach (var layer in layers)
        {
            result.Add(layer);
            if (layer is ActivationLayer)
            {
                l++;
                if (keepProbs[l - 1] < 1.0)
                {
                    result.Add(new InvertedDropout(l, keepProbs[l - 1], random));
                }
            }
        }
        return result;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The probability of keeping a unit.</summary>
    public double KeepProb { get; }

    /// <summary>
    /// When true, forward passes reuse the last mask instead of drawing a new one. The course's
    /// assignment behaves this way (it reseeds before every forward pass); a gradient check of the
    /// layer needs it too.
    /// </summary>
    public bool ReuseMask { get; set; }

    /// <summary>The last mask D (1 keeps a unit, 0 drops it), or null before the first training pass.</summary>
    public Matrix<double>? Mask => _mask;

    /// <inheritdoc />
    public IReadOnlyList<Parameter> Parameters => Array.Empty<Parameter>();

    /// <inheritdoc />
    public Matrix<double> Forward(Matrix<double> input, bool training)
    {
        if (!training || KeepProb == 1.0)
        {
            _mask = null;
            return input;
        }
        bool reuse = ReuseMask && _mask is not null
            && _mask.RowCount == input.RowCount && _mask.ColumnCount == input.ColumnCount;
        if (!reuse)
        {
            _mask = _random.BernoulliMask(input.RowCount, input.ColumnCount, KeepProb);
        }
        return input.PointwiseMultiply(_mask!) / KeepProb;
    }

    /// <inheritdoc />
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        if (_mask is null)
        {
            return outputGradient;
        }
        Shapes.RequireSame(outputGradient, "dA", _mask, "D", Name);
        return outputGradient.PointwiseMultiply(_mask) / KeepProb;
    }
}
