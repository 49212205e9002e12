namespace NotebookKit.Layers;

/// <summary>Leaky ReLU: <c>g(z) = z if z &gt; 0 else αz</c>, <c>g′(z) = 1 if z &gt; 0 else α</c> (NaN stays NaN in both).</summary>
public sealed class LeakyReLU : ActivationLayer
{
    /// <summary>Creates the leaky ReLU of layer <paramref name="index"/> with slope α for negative inputs.</summary>
    public LeakyReLU(int index, double alpha = 0.01) : base("LeakyReLU", index)
    {
        if (!(alpha >= 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The leaky slope α must lie in [0, 1); 0.01 is usual.");
        }
        Alpha = alpha;
    }

    /// <summary>The slope α for negative inputs.</summary>
    public double Alpha { get; }

    /// <inheritdoc />
    public override double Activate(double z) => z > 0 ? z : Alpha * z;

    /// <inheritdoc />
    public override double Derivative(double z, double a) => z > 0 ? 1.0 : z <= 0 ? Alpha : double.NaN;
}
