using DoubleVector = System.Numerics.Vector<double>;

namespace NotebookKit.LinearAlgebra;

/// <summary>Element-wise loops of the training path, a SIMD vector at a time (each element's arithmetic unchanged).</summary>
internal static class ElementWise
{
    /// <summary><c>target[i] += source[i]</c>.</summary>
    public static void Add(Span<double> target, ReadOnlySpan<double> source)
    {
        int i = 0;
        for (; i <= target.Length - DoubleVector.Count; i += DoubleVector.Count)
        {
            (new DoubleVector(target[i..]) + new DoubleVector(source[i..])).CopyTo(target[i..]);
        }
        for (; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }
}
