using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// Adam: momentum on the gradient and RMSProp's scaling, both bias-corrected. With t the number of Adam steps
/// taken including this one (incremented before use, so the first step has t = 1):
/// <code>
/// v = β1·v + (1 − β1)·dW        v̂ = v / (1 − β1^t)
/// s = β2·s + (1 − β2)·dW⊙dW     ŝ = s / (1 − β2^t)
/// W = W − α·v̂ / (√ŝ + ε)
/// </code>
/// This is the course's <c>update_parameters_with_adam</c> (ε outside the root) and PyTorch's
/// <c>torch.optim.Adam</c>, whose defaults it takes: α = 0.001, β1 = 0.9, β2 = 0.999, ε = 1e-8. PyTorch's
/// <c>weight_decay</c> λ is coupled, <c>g ← g + λθ</c> before the moments (L2 through the gradient; see
/// <see cref="AdamW"/> for the decoupled form). Deep Learning from Scratch adds ε to the uncorrected √s instead.
/// </summary>
public class Adam : Optimizer<Adam.ParameterState>
{
    /// <summary>What Adam remembers for one parameter, named as in the course.</summary>
    public sealed class ParameterState
    {
        internal ParameterState(Matrix<double> v, Matrix<double> s)
        {
            V = v;
            S = s;
        }

        /// <summary>v, the average of the gradients (first moment), shaped like the parameter.</summary>
        public Matrix<double> V { get; }

        /// <summary>s, the average of the squared gradients (second moment).</summary>
        public Matrix<double> S { get; }

        /// <summary>
        /// t, the number of steps taken on this parameter. Setting it reproduces a course test case that calls
        /// the update with a given t: the next step uses t + 1.
        /// </summary>
        public int T { get; set; }
    }

    /// <summary>Creates Adam with the usual defaults.</summary>
    /// <param name="learningRate">α &gt; 0 (the course's model uses 0.0007).</param>
    /// <param name="beta1">β1 in [0, 1), the momentum average.</param>
    /// <param name="beta2">β2 in [0, 1), the squared-gradient average.</param>
    /// <param name="epsilon">ε &gt; 0, added to √ŝ.</param>
    /// <param name="weightDecay">PyTorch's coupled weight decay λ ≥ 0, added as λθ to every gradient.</param>
    public Adam(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0)
        : base(learningRate)
    {
        Beta1 = Hyperparameter.DecayRate(beta1, "Adam β1", "0.9 usually");
        Beta2 = Hyperparameter.DecayRate(beta2, "Adam β2", "0.999 usually");
        Epsilon = Hyperparameter.Positive(epsilon, "epsilon ε", "1e-8 usually");
        WeightDecay = Hyperparameter.NonNegative(weightDecay, "weight decay λ", "0 for none");
    }

    /// <summary>β1.</summary>
    public double Beta1 { get; }

    /// <summary>β2.</summary>
    public double Beta2 { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>The weight decay λ.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc />
    public override string Name =>
        $"{GetType().Name}(α = {Format(LearningRate)}, β1 = {Format(Beta1)}, β2 = {Format(Beta2)}, ε = {Format(Epsilon)}" +
        (WeightDecay != 0 ? $", λ = {Format(WeightDecay)}" : "") + ")";

    /// <summary>The bias-corrected first moment <c>v̂ = v / (1 − β1^t)</c> of a parameter (the course's <c>v_corrected</c>).</summary>
    public Matrix<double> VCorrected(Parameter parameter)
    {
        var state = State(parameter);
        return state.V / (1 - Math.Pow(Beta1, state.T));
    }

    /// <summary>The bias-corrected second moment <c>ŝ = s / (1 − β2^t)</c> of a parameter (the course's <c>s_corrected</c>).</summary>
    public Matrix<double> SCorrected(Parameter parameter)
    {
        var state = State(parameter);
        return state.S / (1 - Math.Pow(Beta2, state.T));
    }

    /// <inheritdoc />
    protected sealed override ParameterState CreateState(Parameter parameter) => new(ZerosLike(parameter), ZerosLike(parameter));

    /// <inheritdoc />
    protected override void Update(double[] theta, double[] gradient, ParameterState state) =>
        AdamStep(theta, gradient, state, WeightDecay);

    /// <summary>One Adam step with coupled weight decay <paramref name="coupledWeightDecay"/> (0 for none).</summary>
    protected void AdamStep(double[] theta, double[] gradient, ParameterState state, double coupledWeightDecay)
    {
        int t = ++state.T;
        double beta1 = Beta1, beta2 = Beta2;
        // As PyTorch evaluates it: α/(1 − β1^t) · v / (√s/√(1 − β2^t) + ε), the same as α·v̂/(√ŝ + ε).
        double stepSize = LearningRate / (1 - Math.Pow(beta1, t));
        double rootCorrection = Math.Sqrt(1 - Math.Pow(beta2, t));
        var v = Values(state.V, "v");
        var s = Values(state.S, "s");
        for (int i = 0; i < theta.Length; i++)
        {
            double g = gradient[i] + coupledWeightDecay * theta[i];
            v[i] = beta1 * v[i] + (1 - beta1) * g;
            s[i] = beta2 * s[i] + (1 - beta2) * g * g;
            theta[i] -= stepSize * (v[i] / (Math.Sqrt(s[i]) / rootCorrection + Epsilon));
        }
    }
}
