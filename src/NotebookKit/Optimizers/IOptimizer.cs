using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// An update rule that moves parameters against their gradients, keeping whatever per-parameter state it needs
/// (velocities, squared-gradient averages, step counts). A training loop calls <see cref="Step"/> once per
/// mini-batch after backward propagation; a learning-rate schedule sets <see cref="LearningRate"/> in between.
/// </summary>
public interface IOptimizer
{
    /// <summary>The optimizer's name with its hyperparameters, e.g. <c>Adam(α = 0.001, β1 = 0.9, …)</c>.</summary>
    string Name { get; }

    /// <summary>The learning rate α used by the next <see cref="Step"/>; a schedule may change it between steps.</summary>
    double LearningRate { get; set; }

    /// <summary>
    /// Updates every parameter that is not <see cref="Parameter.Frozen"/> in place from its
    /// <see cref="Parameter.Gradient"/>. Frozen parameters keep their value and their state.
    /// </summary>
    void Step(IReadOnlyList<Parameter> parameters);

    /// <summary>Forgets all state (velocities, averages, step counts), as if no step had been taken.</summary>
    void Reset();
}
