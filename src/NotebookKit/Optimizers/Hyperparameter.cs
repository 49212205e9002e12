namespace NotebookKit.Optimizers;

/// <summary>Checks of hyperparameter values with messages that say which one is wrong and what is expected.</summary>
internal static class Hyperparameter
{
    /// <summary>A finite number &gt; 0.</summary>
    public static double Positive(double value, string name, string example) =>
        value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"The {name} must be a finite number > 0 ({example}).");

    /// <summary>A finite number ≥ 0.</summary>
    public static double NonNegative(double value, string name, string example) =>
        value >= 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"The {name} must be a finite number ≥ 0 ({example}).");

    /// <summary>A decay rate β in [0, 1): the weight kept by an exponentially weighted average.</summary>
    public static double DecayRate(double value, string name, string example) =>
        value >= 0 && value < 1
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"The {name} must be in [0, 1) ({example}); it averages over about 1/(1 − {name}) steps.");
}
