using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// AdaGrad: each parameter's step is divided by the root of the sum of all its squared gradients, so
/// directions with large gradients slow down and the effective learning rate only decreases:
/// <c>h ← h + dW⊙dW; W ← W − α·dW / (√h + ε)</c>. This is PyTorch's <c>torch.optim.Adagrad</c> with its
/// options: on step t, <c>α_t = α / (1 + (t − 1)·lr_decay)</c>; h starts at <c>initial_accumulator_value</c>;
/// weight decay adds λθ to the gradient first; ε = 1e-10 outside the root. (Deep Learning from Scratch uses
/// ε = 1e-7, CS231n's inline question the same formula.)
/// </summary>
public sealed class AdaGrad : Optimizer<AdaGrad.ParameterState>
{
    /// <summary>What AdaGrad remembers for one parameter.</summary>
    public sealed class ParameterState
    {
        internal ParameterState(Matrix<double> squaredGradientSum)
        {
            SquaredGradientSum = squaredGradientSum;
        }

        /// <summary>h = Σ dW⊙dW (PyTorch's <c>sum</c>, CS231n's <c>cache</c>), shaped like the parameter.</summary>
        public Matrix<double> SquaredGradientSum { get; }

        /// <summary>How many steps have updated this parameter (t).</summary>
        public int Steps { get; internal set; }
    }

    /// <summary>Creates AdaGrad with PyTorch's defaults.</summary>
    /// <param name="learningRate">α &gt; 0 (PyTorch: 0.01).</param>
    /// <param name="epsilon">ε &gt; 0, added to √h.</param>
    /// <param name="learningRateDecay">PyTorch's <c>lr_decay</c> ≥ 0.</param>
    /// <param name="initialAccumulatorValue">The value h starts from, ≥ 0.</param>
    /// <param name="weightDecay">λ ≥ 0, added as λθ to every gradient.</param>
    public AdaGrad(double learningRate = 0.01, double epsilon = 1e-10, double learningRateDecay = 0,
        double initialAccumulatorValue = 0, double weightDecay = 0)
        : base(learningRate)
    {
        Epsilon = Hyperparameter.Positive(epsilon, "epsilon ε", "PyTorch uses 1e-10");
        LearningRateDecay = Hyperparameter.NonNegative(learningRateDecay, "learning-rate decay", "0 for none");
        InitialAccumulatorValue = Hyperparameter.NonNegative(initialAccumulatorValue, "initial accumulator value", "0 usually");
        WeightDecay = Hyperparameter.NonNegative(weightDecay, "weight decay λ", "0 for none");
    }

    /// <summary>ε, added to √h.</summary>
    public double Epsilon { get; }

    /// <summary>PyTorch's <c>lr_decay</c>.</summary>
    public double LearningRateDecay { get; }

    /// <summary>The value h starts from.</summary>
    public double InitialAccumulatorValue { get; }

    /// <summary>The coupled weight decay λ.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc />
    public override string Name =>
        $"AdaGrad(α = {Format(LearningRate)}, ε = {Format(Epsilon)}" +
        (LearningRateDecay != 0 ? $", lr_decay = {Format(LearningRateDecay)}" : "") +
        (InitialAccumulatorValue != 0 ? $", h0 = {Format(InitialAccumulatorValue)}" : "") +
        (WeightDecay != 0 ? $", λ = {Format(WeightDecay)}" : "") + ")";

    /// <inheritdoc />
    protected override ParameterState CreateState(Parameter parameter) =>
        new(Matrix<double>.Build.Dense(parameter.Value.RowCount, parameter.Value.ColumnCount, InitialAccumulatorValue));

    /// <inheritdoc />
    protected override void Update(double[] theta, double[] gradient, ParameterState state)
    {
        int t = ++state.Steps;
        double alpha = LearningRate / (1 + (t - 1) * LearningRateDecay);
        var h = Values(state.SquaredGradientSum, "squared-gradient sum");
        for (int i = 0; i < theta.Length; i++)
        {
            double g = gradient[i] + WeightDecay * theta[i];
            h[i] += g * g;
            theta[i] -= alpha * g / (Math.Sqrt(h[i]) + Epsilon);
        }
    }
}
