using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.LinearAlgebra;
using NotebookKit.Losses;
using NotebookKit.Randomness;
using NotebookKit.Regularization;

namespace NotebookKit.Networks;

/// <summary>
/// The course's L-layer model: <c>[LINEAR → activation (→ dropout)] × (L−1) → LINEAR → output</c>, where
/// the output activation and the cost come from one <see cref="ILoss"/>. Cost with L2:
/// <c>J = loss + λ/(2m) Σ_l ‖W[l]‖²_F</c>. Parameters and gradients are reachable by the course's names:
/// <c>model["W1"]</c>, <c>model["db2"]</c>.
/// </summary>
public sealed class Model
{
    private readonly List<ILayer> _layers;
    private readonly Dictionary<string, Parameter> _byName;
    private readonly MatrixBuffer _outputGradient = new();
    private double _l2Lambda;

    /// <summary>Creates a model from its layers (input side first) and its loss.</summary>
    /// <param name="layers">The layers; the last one produces the logits Z[L].</param>
    /// <param name="loss">The output activation with its cost.</param>
    /// <param name="l2Lambda">The L2 strength λ ≥ 0.</param>
    public Model(IEnumerable<ILayer> layers, ILoss loss, double l2Lambda = 0)
    {
        _layers = layers.ToList();
        if (_layers.Count == 0)
        {
            throw new ArgumentException("A model needs at least one layer; build one with Model.Build([2, 10, 5, 1], ...).", nameof(layers));
        }
        Loss = loss;
        L2Lambda = l2Lambda;
        Parameters = _layers.SelectMany(layer => layer.Parameters).ToList();
        _byName = new Dictionary<string, Parameter>();
        foreach (var p in Parameters)
        {
            if (!_byName.TryAdd(p.Name, p))
            {
                throw new ArgumentException($"Two layers have a parameter named {p.Name}; number the Dense layers 1, 2, 3, ….", nameof(layers));
            }
        }
    }

    /// <summary>
    /// Builds the course's model for <c>layers_dims = [n[0], …, n[L]]</c>: hidden layers with
    /// <paramref name="hidden"/>, the output from <paramref name="loss"/>, weights from
    /// <paramref name="initializer"/> with <c>np.random.seed(seed)</c>, biases zero.
    /// </summary>
    /// <param name="layerDims">Sizes of all layers, input first, e.g. [2, 10, 5, 1].</param>
    /// <param name="hidden">The activation of the hidden layers.</param>
    /// <param name="loss">The output and its cost, e.g. <see cref="BinaryCrossEntropy"/>.</param>
    /// <param name="initializer">How the weights start.</param>
    /// <param name="seed">The seed of the weight draws (the course uses 3).</param>
    /// <param name="keepProb">Inverted dropout's keep probability on every hidden layer; 1 means none.</param>
    /// <param name="dropoutSeed">The seed of the dropout masks.</param>
    /// <param name="l2Lambda">The L2 strength λ ≥ 0.</param>
    /// <param name="batchNorm">
    /// Batch normalization before every hidden activation, <c>LINEAR → BATCHNORM → activation</c>, with γ = 1 and β = 0;
    /// the hidden Dense layers then have no b[l] (β[l] takes its place). The output layer keeps its bias.
    /// </param>
    /// <param name="batchNormEpsilon">
    /// The ε of every batch-norm layer, <c>ẑ = (z − μ)/√(σ² + ε)</c>; it must be small against the variance σ² of z, or it
    /// shrinks the spread of ẑ to √(σ²/(σ² + ε)).
    /// </param>
    public static Model Build(
        IReadOnlyList<int> layerDims, Activation hidden, ILoss loss, Initializer initializer, int seed,
        double keepProb = 1.0, int dropoutSeed = 1, double l2Lambda = 0,
        bool batchNorm = false, double batchNormEpsilon = BatchNorm.DefaultEpsilon)
    {
        InvertedDropout.Validate(keepProb);
        var layers = CourseLayers(initializer.InitializeParameters(layerDims, seed), hidden, keepProb, new NumpyRandomState(dropoutSeed), batchNorm, batchNormEpsilon);
        return new Model(layers, loss, l2Lambda);
    }

    /// <summary>
    /// The same model with one keep probability per hidden layer, <c>keepProbs[l − 1]</c> for layer l (1: no dropout
    /// there), e.g. <c>[0.5, 1.0]</c> for <c>[2, 40, 20, 1]</c>; see <see cref="InvertedDropout.AfterHiddenActivations"/>.
    /// </summary>
    public static Model Build(
        IReadOnlyList<int> layerDims, Activation hidden, ILoss loss, Initializer initializer, int seed,
        IReadOnlyList<double> keepProbs, int dropoutSeed = 1, double l2Lambda = 0)
    {
        var layers = Build(layerDims, hidden, loss, initializer, seed, l2Lambda: l2Lambda).Layers;
        return new Model(InvertedDropout.AfterHiddenActivations(layers, keepProbs, new NumpyRandomState(dropoutSeed)), loss, l2Lambda);
    }

    /// <summary>
    /// The course's model on given parameters (a dictionary <c>W1, b1, …, WL, bL</c> as the assignments pass them
    /// around): <c>[LINEAR → hidden] × (L−1) → LINEAR → output</c>, no dropout. The matrices are copied.
    /// </summary>
    /// <param name="parameters">W[l] of shape n[l] × n[l−1] and b[l] of shape n[l] × 1, for l = 1 … L.</param>
    /// <param name="hidden">The activation of the hidden layers.</param>
    /// <param name="loss">The output and its cost.</param>
    /// <param name="l2Lambda">The L2 strength λ ≥ 0.</param>
    public static Model FromParameters(IReadOnlyDictionary<string, Matrix<double>> parameters, Activation hidden, ILoss loss, double l2Lambda = 0)
    {
        var copies = parameters.ToDictionary(p => p.Key, p => p.Value.Clone());
        return new Model(CourseLayers(copies, hidden, keepProb: 1.0, dropoutRandom: null), loss, l2Lambda);
    }

    /// <summary>
    /// Dense layers W1, b1, … in order, each hidden one followed by its activation and, if keepProb &lt; 1, dropout;
    /// with <paramref name="batchNorm"/>, each hidden one without its b and with batch normalization before the activation.
    /// </summary>
    private static List<ILayer> CourseLayers(IReadOnlyDictionary<string, Matrix<double>> parameters, Activation hidden, double keepProb, NumpyRandomState? dropoutRandom, bool batchNorm = false, double batchNormEpsilon = BatchNorm.DefaultEpsilon)
    {
        int depth = 0;
        while (parameters.ContainsKey($"W{depth + 1}"))
        {
            depth++;
        }
        if (depth == 0 || parameters.Count != 2 * depth)
        {
            throw new ArgumentException(
                $"Expected the parameters W1, b1, …, WL, bL; got {string.Join(", ", parameters.Keys)}.", nameof(parameters));
        }
        var layers = new List<ILayer>();
        for (int l = 1; l <= depth; l++)
        {
            var bias = parameters.TryGetValue($"b{l}", out var b) ? b : throw new ArgumentException($"W{l} has no b{l}.", nameof(parameters));
            bool normalized = batchNorm && l < depth;
            layers.Add(new Dense(l, parameters[$"W{l}"], normalized ? null : bias));
            if (normalized)
            {
                layers.Add(new BatchNorm(l, bias.RowCount, batchNormEpsilon));
            }
            if (l < depth)
            {
                layers.Add(Activations.Create(hidden, l));
                if (keepProb < 1.0)
                {
                    layers.Add(new InvertedDropout(l, keepProb, dropoutRandom!));
                }
            }
        }
        return layers;
    }

    /// <summary>The layers, input side first.</summary>
    public IReadOnlyList<ILayer> Layers => _layers;

    /// <summary>The output activation and cost.</summary>
    public ILoss Loss { get; }

    /// <summary>All parameters in the course's order: W1, b1, W2, b2, ….</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <summary>The L2 strength λ (0: no regularization).</summary>
    public double L2Lambda
    {
        get => _l2Lambda;
        set
        {
            L2Penalty.Validate(value);
            _l2Lambda = value;
        }
    }

    /// <summary>True when some dropout layer would drop units in training.</summary>
    public bool HasActiveDropout => _layers.OfType<InvertedDropout>().Any(d => d.KeepProb < 1.0);

    /// <summary>A parameter by name (<c>W1</c>), or its gradient by the gradient's name (<c>dW1</c>).</summary>
    public Matrix<double> this[string name]
    {
        get
        {
            if (_byName.TryGetValue(name, out var parameter))
            {
                return parameter.Value;
            }
            if (name.StartsWith('d') && _byName.TryGetValue(name[1..], out parameter))
            {
                return parameter.Gradient;
            }
            throw new KeyNotFoundException(
                $"This model has no parameter named '{name}'. It has {string.Join(", ", _byName.Keys)} and their gradients d….");
        }
    }

    /// <summary>Looks up the <see cref="Parameter"/> named <paramref name="name"/> (e.g. <c>W2</c>).</summary>
    public Parameter Parameter(string name) =>
        _byName.TryGetValue(name, out var p)
            ? p
            : throw new KeyNotFoundException($"This model has no parameter named '{name}'. It has {string.Join(", ", _byName.Keys)}.");

    /// <summary>Forward propagation to the logits <c>Z[L]</c>.</summary>
    public Matrix<double> Logits(Matrix<double> x, bool training = false)
    {
        var a = x;
        foreach (var layer in _layers)
        {
            a = layer.Forward(a, training);
        }
        return a;
    }

    /// <summary>Forward propagation to the output <c>A[L]</c> (e.g. the probabilities <c>ŷ</c>).</summary>
    public Matrix<double> Forward(Matrix<double> x, bool training = false) => Loss.Output(Logits(x, training));

    /// <summary>
    /// The cost <c>J = loss + λ/(2m) Σ‖W[l]‖²_F</c> at inference (no dropout; batch normalization with its running
    /// averages), or with <paramref name="training"/> as in a training step (batch normalization with the batch's own
    /// statistics, which also updates its running averages).
    /// </summary>
    public double Cost(Matrix<double> x, Matrix<double> y, bool training = false) =>
        Loss.Cost(Logits(x, training), y) + L2Penalty.Cost(Parameters, L2Lambda, x.ColumnCount);

    /// <summary>
    /// One forward pass in training mode and backward propagation: fills every parameter's gradient
    /// (<c>dW[l]</c> including <c>λ/m · W[l]</c>) and returns the cost of that forward pass.
    /// </summary>
    /// <exception cref="ArgumentException">X or Y holds a NaN or an infinity (the message names the first one).</exception>
    public double Backpropagate(Matrix<double> x, Matrix<double> y)
    {
        RequireFinite(x, y, "Model.Backpropagate");
        return TrainingStep(x, y);
    }

    /// <summary>Throws, naming the matrix and the first bad entry, unless X and Y hold only finite numbers.</summary>
    internal static void RequireFinite(Matrix<double> x, Matrix<double> y, string where)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        FiniteValues.Require(x, "X", where);
        FiniteValues.Require(y, "Y", where);
    }

    /// <summary>
    /// <see cref="Backpropagate"/> on inputs already checked, allocating nothing once the model has seen the batch
    /// size: layers and loss that can write into buffers of their own do (their results never leave the model);
    /// any other layer or loss runs through its public Forward/Backward.
    /// </summary>
    internal double TrainingStep(Matrix<double> x, Matrix<double> y)
    {
        var a = x;
        for (int i = 0; i < _layers.Count; i++)
        {
            a = _layers[i] is IBufferedLayer buffered ? buffered.ForwardTraining(a) : _layers[i].Forward(a, training: true);
        }
        double cost = Loss.Cost(a, y) + L2Penalty.Cost(Parameters, L2Lambda, x.ColumnCount);
        Matrix<double>? gradient;
        if (Loss is IBufferedLoss loss)
        {
            gradient = _outputGradient.Shaped(a.RowCount, a.ColumnCount);
            loss.GradientInto(a, y, gradient);
        }
        else
        {
            gradient = Loss.Gradient(a, y);
        }
        for (int i = _layers.Count - 1; i >= 0; i--)
        {
            gradient = _layers[i] is IBufferedLayer buffered
                ? buffered.BackwardTraining(gradient!, inputGradient: i > 0)
                : _layers[i].Backward(gradient!);
        }
        L2Penalty.AddGradient(Parameters, L2Lambda, x.ColumnCount);
        return cost;
    }

    /// <summary>Predicted labels, 1 × m: <c>ŷ &gt; 0.5</c> for a sigmoid output, the arg-max class for softmax.</summary>
    public Matrix<double> Predict(Matrix<double> x) => Loss.Predict(Logits(x));

    /// <summary>The fraction of examples whose predicted label equals the label in <paramref name="y"/>.</summary>
    /// <param name="x">Examples, features × m.</param>
    /// <param name="y">Labels: 1 × m, or one-hot C × m for softmax.</param>
    public double Accuracy(Matrix<double> x, Matrix<double> y)
    {
        var predicted = Predict(x);
        var labels = y.RowCount == 1 || Loss is not SoftmaxCrossEntropy
            ? y
            : Matrix<double>.Build.Dense(1, y.ColumnCount, (_, j) => y.Column(j).MaximumIndex());
        Shapes.RequireSame(predicted, "the predictions", labels, "the labels", "Accuracy");
        int correct = 0;
        for (int j = 0; j < labels.ColumnCount; j++)
        {
            if (predicted.Column(j).Equals(labels.Column(j)))
            {
                correct++;
            }
        }
        return (double)correct / labels.ColumnCount;
    }

    /// <summary>A copy of every parameter's value by name, e.g. to restore the best epoch later.</summary>
    public Dictionary<string, Matrix<double>> CopyParameters() =>
        Parameters.ToDictionary(p => p.Name, p => p.Value.Clone());

    /// <summary>Overwrites parameter values from a dictionary made by <see cref="CopyParameters"/>.</summary>
    public void LoadParameters(IReadOnlyDictionary<string, Matrix<double>> values)
    {
        foreach (var (name, value) in values)
        {
            var parameter = Parameter(name);
            Shapes.Require(value, parameter.Value.RowCount, parameter.Value.ColumnCount, "LoadParameters", name);
            value.CopyTo(parameter.Value);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Model: {string.Join(" → ", _layers.Select(l => l.Name))} → {Loss.Name}" +
        (L2Lambda > 0 ? FormattableString.Invariant($", L2 λ = {L2Lambda}") : "");
}
