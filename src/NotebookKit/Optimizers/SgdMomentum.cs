using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// Momentum with the learning rate inside the velocity, as CS231n's <c>sgd_momentum</c> and Deep Learning from
/// Scratch's <c>Momentum</c> write it: <c>v = μv − α·dW; W ← W + v</c>, with <c>v = 0</c> before the first step.
/// While α stays constant, v is −α times the sum form's velocity (<see cref="MomentumForm.Sum"/>,
/// <c>v = μv + dW; W −= αv</c>) and the two take the same steps. When a schedule changes α, they part: the
/// sum form rescales the whole accumulated velocity by the new α at once, this form keeps the old steps in v
/// and applies the new α only to new gradients.
/// </summary>
public sealed class SgdMomentum : Optimizer<SgdMomentum.ParameterState>
{
    /// <summary>What this momentum remembers for one parameter.</summary>
    public sealed class ParameterState
    {
        internal ParameterState(Matrix<double> velocity)
        {
            Velocity = velocity;
        }

        /// <summary>The velocity v (CS231n's <c>config['velocity']</c>), shaped like the parameter; α is inside it.</summary>
        public Matrix<double> Velocity { get; }
    }

    /// <summary>Creates the rule with CS231n's default μ = 0.9.</summary>
    /// <param name="learningRate">α &gt; 0 (CS231n's default 1e-2).</param>
    /// <param name="momentum">μ in [0, 1).</param>
    public SgdMomentum(double learningRate, double momentum = 0.9)
        : base(learningRate)
    {
        Momentum = Hyperparameter.DecayRate(momentum, "momentum μ", "0.9 usually");
    }

    /// <summary>μ, the fraction of the velocity kept each step.</summary>
    public double Momentum { get; }

    /// <inheritdoc />
    public override string Name => $"SgdMomentum(α = {Format(LearningRate)}, μ = {Format(Momentum)}, v = μv − α·dW)";

    /// <inheritdoc />
    protected override ParameterState CreateState(Parameter parameter) => new(ZerosLike(parameter));

    /// <inheritdoc />
    protected override void Update(double[] theta, double[] gradient, ParameterState state)
    {
        var v = Values(state.Velocity, "velocity");
        double alpha = LearningRate, mu = Momentum;
        for (int i = 0; i < theta.Length; i++)
        {
            v[i] = mu * v[i] - alpha * gradient[i];
            theta[i] += v[i];
        }
    }
}
