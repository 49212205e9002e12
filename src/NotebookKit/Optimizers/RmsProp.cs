using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// RMSProp: divide each step by the root of an exponentially weighted average of the squared gradients,
/// <c>s = βs + (1 − β)dW⊙dW; W ← W − α·dW / (√s + ε)</c> — the lecture's rule, with no bias correction.
/// This is PyTorch's <c>torch.optim.RMSprop</c> (where β is called <c>alpha</c>, default 0.99, ε = 1e-8
/// outside the root), with its options:
/// <list type="bullet">
/// <item>weight decay: <c>g ← g + λθ</c> first;</item>
/// <item>centered: also average the gradients, <c>ḡ = βḡ + (1 − β)g</c>, and divide by <c>√(s − ḡ²) + ε</c>
/// (an estimate of the gradient's standard deviation instead of its root mean square);</item>
/// <item>momentum μ &gt; 0: <c>b = μb + g/(√s + ε); θ ← θ − α·b</c>.</item>
/// </list>
/// </summary>
public sealed class RmsProp : Optimizer<RmsProp.ParameterState>
{
    /// <summary>What RMSProp remembers for one parameter.</summary>
    public sealed class ParameterState
    {
        internal ParameterState(Matrix<double> squareAverage, Matrix<double>? gradientAverage, Matrix<double>? momentumBuffer)
        {
            SquareAverage = squareAverage;
            GradientAverage = gradientAverage;
            MomentumBuffer = momentumBuffer;
        }

        /// <summary>s, the average of dW⊙dW (PyTorch's <c>square_avg</c>, CS231n's <c>cache</c>).</summary>
        public Matrix<double> SquareAverage { get; }

        /// <summary>ḡ, the average gradient; only when centered.</summary>
        public Matrix<double>? GradientAverage { get; }

        /// <summary>The momentum buffer b; only with momentum.</summary>
        public Matrix<double>? MomentumBuffer { get; }
    }

    /// <summary>Creates RMSProp with PyTorch's defaults.</summary>
    /// <param name="learningRate">α &gt; 0 (PyTorch: 0.01).</param>
    /// <param name="beta">β in [0, 1), the averaging weight (PyTorch's <c>alpha</c>).</param>
    /// <param name="epsilon">ε &gt; 0, added to the root.</param>
    /// <param name="momentum">μ ≥ 0 (0: none).</param>
    /// <param name="centered">Divide by the centered estimate √(s − ḡ²).</param>
    /// <param name="weightDecay">λ ≥ 0, added as λθ to every gradient.</param>
    public RmsProp(double learningRate = 0.01, double beta = 0.99, double epsilon = 1e-8, double momentum = 0,
        bool centered = false, double weightDecay = 0)
        : base(learningRate)
    {
        Beta = Hyperparameter.DecayRate(beta, "RMSProp β", "PyTorch uses 0.99, the lecture's β2 0.999");
        Epsilon = Hyperparameter.Positive(epsilon, "epsilon ε", "1e-8 usually");
        Momentum = Hyperparameter.NonNegative(momentum, "momentum μ", "0 for none");
        Centered = centered;
        WeightDecay = Hyperparameter.NonNegative(weightDecay, "weight decay λ", "0 for none");
    }

    /// <summary>β, the averaging weight.</summary>
    public double Beta { get; }

    /// <summary>ε, added to the root.</summary>
    public double Epsilon { get; }

    /// <summary>The momentum μ.</summary>
    public double Momentum { get; }

    /// <summary>Whether the denominator is centered.</summary>
    public bool Centered { get; }

    /// <summary>The coupled weight decay λ.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc />
    public override string Name =>
        $"RMSProp(α = {Format(LearningRate)}, β = {Format(Beta)}, ε = {Format(Epsilon)}" +
        (Momentum != 0 ? $", μ = {Format(Momentum)}" : "") +
        (Centered ? ", centered" : "") +
        (WeightDecay != 0 ? $", λ = {Format(WeightDecay)}" : "") + ")";

    /// <inheritdoc />
    protected override ParameterState CreateState(Parameter parameter) =>
        new(ZerosLike(parameter), Centered ? ZerosLike(parameter) : null, Momentum != 0 ? ZerosLike(parameter) : null);

    /// <inheritdoc />
    protected override void Update(double[] theta, double[] gradient, ParameterState state)
    {
        double alpha = LearningRate, beta = Beta;
        var s = Values(state.SquareAverage, "square average");
        var gBar = state.GradientAverage is { } ga ? Values(ga, "gradient average") : null;
        var buffer = state.MomentumBuffer is { } mb ? Values(mb, "momentum buffer") : null;
        for (int i = 0; i < theta.Length; i++)
        {
            double g = gradient[i] + WeightDecay * theta[i];
            s[i] = beta * s[i] + (1 - beta) * g * g;
            double variance = s[i];
            if (gBar is not null)
            {
                gBar[i] = beta * gBar[i] + (1 - beta) * g;
                variance -= gBar[i] * gBar[i];
            }
            double step = g / (Math.Sqrt(variance) + Epsilon);
            if (buffer is not null)
            {
                buffer[i] = Momentum * buffer[i] + step;
                step = buffer[i];
            }
            theta[i] -= alpha * step;
        }
    }
}
