namespace NotebookKit.Optimizers;

/// <summary>
/// AdamW (Loshchilov and Hutter), PyTorch's <c>torch.optim.AdamW</c>: weight decay decoupled from the
/// gradient. Each step first shrinks the parameter, <c>θ ← θ·(1 − αλ)</c>, then takes the plain
/// <see cref="Adam"/> step (λ never enters v or s). With coupled decay (Adam's <c>weightDecay</c>, or L2 in
/// the cost) a parameter with a large ŝ is barely decayed; here every parameter decays at the same rate.
/// Defaults as PyTorch: α = 0.001, β1 = 0.9, β2 = 0.999, ε = 1e-8, λ = 0.01, on every parameter (biases too).
/// </summary>
public sealed class AdamW : Adam
{
    /// <summary>Creates AdamW.</summary>
    /// <param name="learningRate">α &gt; 0.</param>
    /// <param name="beta1">β1 in [0, 1).</param>
    /// <param name="beta2">β2 in [0, 1).</param>
    /// <param name="epsilon">ε &gt; 0.</param>
    /// <param name="weightDecay">The decoupled decay λ ≥ 0 (PyTorch's default 0.01).</param>
    public AdamW(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0.01)
        : base(learningRate, beta1, beta2, epsilon, weightDecay)
    {
    }

    /// <inheritdoc />
    protected override void Update(double[] theta, double[] gradient, ParameterState state)
    {
        double shrink = 1 - LearningRate * WeightDecay;
        for (int i = 0; i < theta.Length; i++)
        {
            theta[i] *= shrink;
        }
        AdamStep(theta, gradient, state, coupledWeightDecay: 0);
    }
}
