using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// Gradient descent with momentum, in the form chosen explicitly (see <see cref="MomentumForm"/>):
/// <list type="bullet">
/// <item>course (<c>update_parameters_with_momentum</c>): <c>v = βv + (1 − β)dW; W −= α·v</c>;</item>
/// <item>sum (PyTorch, CS231n): <c>v = βv + dW; W −= α·v</c>;</item>
/// </list>
/// with <c>v = 0</c> before the first step (the course's <c>initialize_velocity</c>). The same for b with db.
/// The average form with α takes the same steps as the sum form with α(1 − β).
/// </summary>
public sealed class Momentum : Optimizer<Momentum.ParameterState>
{
    /// <summary>What momentum remembers for one parameter.</summary>
    public sealed class ParameterState
    {
        internal ParameterState(Matrix<double> velocity)
        {
            Velocity = velocity;
        }

        /// <summary>The velocity v (the course's <c>v["dW1"]</c>), shaped like the parameter.</summary>
        public Matrix<double> Velocity { get; }
    }

    /// <summary>Creates momentum in the given form.</summary>
    /// <param name="learningRate">α &gt; 0.</param>
    /// <param name="beta">β in [0, 1); the course uses 0.9 (an average over about 10 gradients).</param>
    /// <param name="form">The course's average or PyTorch's sum: there is no default, the two need different α.</param>
    public Momentum(double learningRate, double beta, MomentumForm form)
        : base(learningRate)
    {
        Beta = Hyperparameter.DecayRate(beta, "momentum β", "the course uses 0.9");
        Form = Enum.IsDefined(form)
            ? form
            : throw new ArgumentOutOfRangeException(nameof(form), form, "Choose MomentumForm.ExponentiallyWeightedAverage (the course) or MomentumForm.Sum (PyTorch).");
    }

    /// <summary>β, the weight kept from the previous velocity.</summary>
    public double Beta { get; }

    /// <summary>How the velocity accumulates gradients.</summary>
    public MomentumForm Form { get; }

    /// <inheritdoc />
    public override string Name =>
        $"Momentum(α = {Format(LearningRate)}, β = {Format(Beta)}, {(Form == MomentumForm.Sum ? "v = βv + dW" : "v = βv + (1−β)dW")})";

    /// <inheritdoc />
    protected override ParameterState CreateState(Parameter parameter) => new(ZerosLike(parameter));

    /// <inheritdoc />
    protected override void Update(double[] theta, double[] gradient, ParameterState state)
    {
        var v = Values(state.Velocity, "velocity");
        double alpha = LearningRate, beta = Beta;
        double gradientWeight = Form == MomentumForm.Sum ? 1.0 : 1.0 - beta;
        for (int i = 0; i < theta.Length; i++)
        {
            v[i] = beta * v[i] + gradientWeight * gradient[i];
            theta[i] -= alpha * v[i];
        }
    }
}
