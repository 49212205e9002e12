namespace NotebookKit.Optimizers;

/// <summary>
/// The two ways sources write momentum. Both use <c>W ← W − α·v</c> and start from <c>v = 0</c>; they differ in
/// how v accumulates the gradients:
/// <list type="bullet">
/// <item><see cref="ExponentiallyWeightedAverage"/>: <c>v = βv + (1 − β)dW</c> (the course);</item>
/// <item><see cref="Sum"/>: <c>v = βv + dW</c> (PyTorch's <c>SGD(momentum=β)</c>, d2l; CS231n and
/// Deep Learning from Scratch keep −α inside v, <c>v = βv − α·dW; W += v</c>, the same steps while α is constant).</item>
/// </list>
/// By induction the average form's v is (1 − β) times the sum form's v, so with the same β the course's
/// momentum with learning rate α takes exactly the steps of the sum form with α' = α(1 − β): ten times smaller
/// steps for β = 0.9. Tuned α values therefore do not carry over between the two forms.
/// </summary>
public enum MomentumForm
{
    /// <summary>The course's <c>v = βv + (1 − β)dW</c>: v is an exponentially weighted average of the gradients.</summary>
    ExponentiallyWeightedAverage,

    /// <summary>PyTorch's and CS231n's <c>v = βv + dW</c>: v is a discounted sum of the gradients.</summary>
    Sum,
}
