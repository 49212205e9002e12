using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// Stochastic gradient descent exactly as PyTorch's <c>torch.optim.SGD</c>. With the defaults it is the
/// course's <c>update_parameters_with_gd</c>: <c>W ← W − α·dW</c>, <c>b ← b − α·db</c>. Per step, with
/// gradient g, momentum μ, dampening τ and weight decay λ:
/// <list type="number">
/// <item>weight decay (coupled, on every parameter): <c>g ← g + λθ</c>;</item>
/// <item>momentum buffer: <c>b ← g</c> on the first step (no dampening), then <c>b ← μb + (1 − τ)g</c>;</item>
/// <item><c>g ← g + μb</c> with Nesterov, else <c>g ← b</c>;</item>
/// <item><c>θ ← θ − α·g</c>.</item>
/// </list>
/// With τ = 0 the buffer is the sum form of momentum, <c>v = μv + dW</c>, <c>W −= αv</c>
/// (<see cref="MomentumForm.Sum"/>). Nesterov's rule here is the one PyTorch uses (Sutskever et al.): the
/// step looks ahead along the updated buffer, <c>θ ← θ − α(g + μb)</c>; Deep Learning from Scratch's
/// <c>θ += μ²v − (1 + μ)αg</c> takes the same steps. Weight decay λ here is PyTorch's: every parameter, biases
/// too. The course's L2 regularization (the model's <c>l2Lambda</c>) adds <c>λ/m·W</c> to the weights' gradients
/// only, so it equals this decay with λ/m on the weights and none on the biases.
/// </summary>
public sealed class Sgd : Optimizer<Sgd.ParameterState>
{
    /// <summary>What SGD remembers for one parameter.</summary>
    public sealed class ParameterState
    {
        internal ParameterState(Matrix<double>? momentumBuffer)
        {
            MomentumBuffer = momentumBuffer;
        }

        /// <summary>PyTorch's <c>momentum_buffer</c> b, shaped like the parameter; null without momentum.</summary>
        public Matrix<double>? MomentumBuffer { get; }

        /// <summary>How many steps have updated this parameter.</summary>
        public int Steps { get; internal set; }
    }

    /// <summary>Creates SGD; only <paramref name="learningRate"/> is needed for plain gradient descent.</summary>
    /// <param name="learningRate">α &gt; 0.</param>
    /// <param name="momentum">μ ≥ 0 (0: none; 0.9 is usual).</param>
    /// <param name="dampening">τ in [0, 1]: the buffer adds (1 − τ)g after the first step.</param>
    /// <param name="weightDecay">λ ≥ 0, added as λθ to every gradient (biases too, as PyTorch does).</param>
    /// <param name="nesterov">Nesterov momentum; needs μ &gt; 0 and τ = 0, as in PyTorch.</param>
    public Sgd(double learningRate, double momentum = 0, double dampening = 0, double weightDecay = 0, bool nesterov = false)
        : base(learningRate)
    {
        Momentum = Hyperparameter.NonNegative(momentum, "momentum μ", "0 for none, 0.9 usually");
        Dampening = dampening is >= 0 and <= 1
            ? dampening
            : throw new ArgumentOutOfRangeException(nameof(dampening), dampening, "The dampening τ must be in [0, 1] (0 is usual).");
        WeightDecay = Hyperparameter.NonNegative(weightDecay, "weight decay λ", "0 for none, e.g. 1e-4");
        if (nesterov && (momentum == 0 || dampening != 0))
        {
            throw new ArgumentException("Nesterov momentum needs momentum μ > 0 and dampening τ = 0 (as in PyTorch), e.g. new Sgd(0.1, momentum: 0.9, nesterov: true).", nameof(nesterov));
        }
        Nesterov = nesterov;
    }

    /// <summary>The momentum μ.</summary>
    public double Momentum { get; }

    /// <summary>The dampening τ.</summary>
    public double Dampening { get; }

    /// <summary>The coupled weight decay λ.</summary>
    public double WeightDecay { get; }

    /// <summary>Whether the step uses Nesterov momentum.</summary>
    public bool Nesterov { get; }

    /// <inheritdoc />
    public override string Name =>
        $"SGD(α = {Format(LearningRate)}" +
        (Momentum != 0 ? $", μ = {Format(Momentum)}" : "") +
        (Dampening != 0 ? $", τ = {Format(Dampening)}" : "") +
        (Nesterov ? ", Nesterov" : "") +
        (WeightDecay != 0 ? $", λ = {Format(WeightDecay)}" : "") + ")";

    /// <inheritdoc />
    protected override ParameterState CreateState(Parameter parameter) => new(Momentum != 0 ? ZerosLike(parameter) : null);

    /// <inheritdoc />
    protected override void Update(double[] theta, double[] gradient, ParameterState state)
    {
        double alpha = LearningRate, mu = Momentum, lambda = WeightDecay;
        bool firstStep = state.Steps++ == 0;
        var buffer = state.MomentumBuffer is { } b ? Values(b, "momentum buffer") : null;
        for (int i = 0; i < theta.Length; i++)
        {
            double g = gradient[i] + lambda * theta[i];
            if (buffer is not null)
            {
                buffer[i] = firstStep ? g : mu * buffer[i] + (1 - Dampening) * g;
                g = Nesterov ? g + mu * buffer[i] : buffer[i];
            }
            theta[i] -= alpha * g;
        }
    }
}
