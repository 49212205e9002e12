namespace NotebookKit.Layers;

/// <summary>The hidden-layer activations a model can be built with.</summary>
public enum Activation
{
    /// <summary><see cref="Layers.ReLU"/>.</summary>
    ReLU,

    /// <summary><see cref="Layers.LeakyReLU"/> with α = 0.01.</summary>
    LeakyReLU,

    /// <summary><see cref="Layers.Sigmoid"/>.</summary>
    Sigmoid,

    /// <summary><see cref="Layers.Tanh"/>.</summary>
    Tanh,
}

/// <summary>Creates activation layers by <see cref="Activation"/>.</summary>
public static class Activations
{
    /// <summary>The activation layer of kind <paramref name="kind"/> for layer <paramref name="index"/>.</summary>
    public static ActivationLayer Create(Activation kind, int index) => kind switch
    {
        Activation.ReLU => new ReLU(index),
        Activation.LeakyReLU => new LeakyReLU(index),
        Activation.Sigmoid => new Sigmoid(index),
        Activation.Tanh => new Tanh(index),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Use ReLU, LeakyReLU, Sigmoid or Tanh."),
    };
}
