using System.Globalization;
using NotebookKit.Plots;

namespace NotebookKit.Diagnostics;

/// <summary>
/// Counts of values in equal-width bins, as <c>np.histogram(values, bins, range=(min, max))</c>: the edges are
/// <c>linspace(min, max, bins + 1)</c>, bin k holds <c>edge_k ≤ v &lt; edge_(k+1)</c> and the last bin also
/// holds <c>v = max</c>; values outside [min, max] are not binned but counted in <see cref="Outside"/>.
/// </summary>
public sealed class Histogram
{
    private Histogram(double[] edges, long[] counts, long outside)
    {
        Edges = edges;
        Counts = counts;
        Outside = outside;
    }

    /// <summary>The bins + 1 bin edges, increasing.</summary>
    public IReadOnlyList<double> Edges { get; }

    /// <summary>The number of values in each bin.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>The number of values below the first edge or above the last (NaN included).</summary>
    public long Outside { get; }

    /// <summary>The middle of each bin, <c>(edge_k + edge_(k+1)) / 2</c>.</summary>
    public IReadOnlyList<double> Centers => Enumerable.Range(0, Counts.Count).Select(k => (Edges[k] + Edges[k + 1]) / 2).ToArray();

    /// <summary>Bins <paramref name="values"/> into <paramref name="bins"/> equal bins over [min, max].</summary>
    /// <param name="values">The values, e.g. every entry of a layer's activations.</param>
    /// <param name="bins">The number of bins (the activation experiment uses 30).</param>
    /// <param name="min">The lower edge.</param>
    /// <param name="max">The upper edge, &gt; min.</param>
    public static Histogram Of(IEnumerable<double> values, int bins, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (bins < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(bins), bins, "A histogram needs at least one bin, e.g. 30.");
        }
        if (!(max > min) || !double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentOutOfRangeException(nameof(max),
                string.Format(CultureInfo.InvariantCulture, "The histogram range needs finite min < max; got ({0}, {1}).", min, max));
        }
        double[] edges = new double[bins + 1];
        double step = (max - min) / bins;
        for (int k = 0; k <= bins; k++)
        {
            edges[k] = k * step + min;
        }
        edges[bins] = max;
        double norm = bins / (max - min);
        long[] counts = new long[bins];
        long outside = 0;
        foreach (double v in values)
        {
            if (!(v >= min && v <= max))
            {
                outside++;
                continue;
            }
            // numpy's index: ⌊(v − min)·bins/(max − min)⌋, then corrected against the edges themselves.
            int k = Math.Min((int)((v - min) * norm), bins - 1);
            if (v < edges[k])
            {
                k--;
            }
            else if (k != bins - 1 && v >= edges[k + 1])
            {
                k++;
            }
            counts[k]++;
        }
        return new Histogram(edges, counts, outside);
    }

    /// <summary>The histogram as a plot series: bin centres against counts (for <see cref="Histograms.SideBySide"/>).</summary>
    public Series ToSeries(string name) => new(name, Centers, Counts.Select(c => (double)c).ToArray());
}
