using DoubleVector = System.Numerics.Vector<double>;
using SimdVector = System.Numerics.Vector;

namespace NotebookKit.Layers;

/// <summary>
/// Rectified linear unit: <c>g(z) = max(0, z)</c>, <c>g′(z) = 1 if z &gt; 0 else 0</c>. A NaN stays NaN (as numpy's
/// <c>np.maximum(0, z)</c> keeps it), where <c>z &gt; 0 ? z : 0</c> would turn it into a harmless-looking 0.
/// </summary>
public sealed class ReLU : ActivationLayer
{
    /// <summary>Creates the ReLU of layer <paramref name="index"/>.</summary>
    public ReLU(int index) : base("ReLU", index) { }

    /// <inheritdoc />
    public override double Activate(double z) => z > 0 || double.IsNaN(z) ? z : 0.0;

    /// <inheritdoc />
    public override double Derivative(double z, double a) => z > 0 ? 1.0 : z <= 0 ? 0.0 : double.NaN;

    /// <summary>The same numbers as <see cref="Activate(double)"/>, a SIMD vector at a time.</summary>
    private protected override void ActivateAll(ReadOnlySpan<double> z, Span<double> a)
    {
        int k = 0;
        for (; k <= z.Length - DoubleVector.Count; k += DoubleVector.Count)
        {
            var v = new DoubleVector(z[k..]);
            var keep = SimdVector.GreaterThan(v, DoubleVector.Zero) | ~SimdVector.Equals(v, v);
            SimdVector.ConditionalSelect(keep, v, DoubleVector.Zero).CopyTo(a[k..]);
        }
        for (; k < z.Length; k++)
        {
            a[k] = Activate(z[k]);
        }
    }

    /// <summary>The same numbers as <c>dA·g′(z)</c>, a SIMD vector at a time.</summary>
    private protected override void DifferentiateAll(ReadOnlySpan<double> z, ReadOnlySpan<double> a, ReadOnlySpan<double> dA, Span<double> dZ)
    {
        int k = 0;
        var nan = new DoubleVector(double.NaN);
        for (; k <= z.Length - DoubleVector.Count; k += DoubleVector.Count)
        {
            var v = new DoubleVector(z[k..]);
            var derivative = SimdVector.ConditionalSelect(SimdVector.GreaterThan(v, DoubleVector.Zero), DoubleVector.One,
                SimdVector.ConditionalSelect(SimdVector.LessThanOrEqual(v, DoubleVector.Zero), DoubleVector.Zero, nan));
            (new DoubleVector(dA[k..]) * derivative).CopyTo(dZ[k..]);
        }
        for (; k < z.Length; k++)
        {
            dZ[k] = dA[k] * Derivative(z[k], a[k]);
        }
    }
}
