namespace NotebookKit.Layers;

/// <summary>Hyperbolic tangent: <c>g(z) = tanh z</c>, <c>g′(z) = 1 − tanh² z</c>.</summary>
public sealed class Tanh : ActivationLayer
{
    /// <summary>Creates the tanh of layer <paramref name="index"/>.</summary>
    public Tanh(int index) : base("Tanh", index) { }

    /// <inheritdoc />
    public override double Activate(double z) => Math.Tanh(z);

    /// <inheritdoc />
    public override double Derivative(double z, double a) => 1.0 - a * a;
}
