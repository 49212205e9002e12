namespace NotebookKit.Layers;

/// <summary>Rectified linear unit: <c>g(z) = max(0, z)</c>, <c>g′(z) = 1 if z &gt; 0 else 0</c>.</summary>
public sealed class ReLU : ActivationLayer
{
    /// <summary>Creates the ReLU of layer <paramref name="index"/>.</summary>
    public ReLU(int index) : base("ReLU", index) { }

    /// <inheritdoc />
    public override double Activate(double z) => z > 0 ? z : 0.0;

    /// <inheritdoc />
    public override double Derivative(double z, double a) => z > 0 ? 1.0 : 0.0;
}
