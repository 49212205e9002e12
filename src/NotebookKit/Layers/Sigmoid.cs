namespace NotebookKit.Layers;

/// <summary>Logistic sigmoid: <c>σ(z) = 1 / (1 + e^(−z))</c>, <c>σ′(z) = σ(z)(1 − σ(z))</c>.</summary>
public sealed class Sigmoid : ActivationLayer
{
    /// <summary>Creates the sigmoid of layer <paramref name="index"/>.</summary>
    public Sigmoid(int index) : base("Sigmoid", index) { }

    /// <summary>σ(z) computed as numpy's <c>1 / (1 + np.exp(-z))</c>, so the course's numbers are reproduced.</summary>
    public static double Of(double z) => 1.0 / (1.0 + Math.Exp(-z));

    /// <inheritdoc />
    public override double Activate(double z) => Of(z);

    /// <inheritdoc />
    public override double Derivative(double z, double a) => a * (1.0 - a);
}
