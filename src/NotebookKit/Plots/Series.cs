using NotebookKit.Training;

namespace NotebookKit.Plots;

/// <summary>One named line of a chart: a run's cost per iteration, a schedule's learning rate per epoch, a path.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="X">The horizontal values.</param>
/// <param name="Y">The vertical values, one per X.</param>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>A series whose X values are 0, 1, 2, … (e.g. one cost per recorded step).</summary>
    public static Series Of(string name, IEnumerable<double> values)
    {
        var y = values.ToArray();
        return new Series(name, Enumerable.Range(0, y.Length).Select(i => (double)i).ToArray(), y);
    }

    /// <summary>A recorded cost curve: X is the iteration, Y the cost.</summary>
    public static Series Of(string name, IEnumerable<CostPoint> costs)
    {
        var points = costs.ToArray();
        return new Series(name, points.Select(p => (double)p.Iteration).ToArray(), points.Select(p => p.Cost).ToArray());
    }

    /// <summary>
    /// The trailing moving average over <paramref name="window"/> points:
    /// <c>ȳ_i = (1/k) Σ_{j=i−k+1..i} y_j</c> with <c>k = min(window, i + 1)</c>, so the curve starts at the first point.
    /// </summary>
    public Series Smoothed(int window)
    {
        if (window < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The smoothing window counts points and must be ≥ 1 (1 means no smoothing).");
        }
        var smoothed = new double[Y.Count];
        double sum = 0;
        for (int i = 0; i < Y.Count; i++)
        {
            sum += Y[i];
            if (i >= window)
            {
                sum -= Y[i - window];
            }
            smoothed[i] = sum / Math.Min(window, i + 1);
        }
        return this with { Name = window == 1 ? Name : $"{Name} (moving average of {window})", Y = smoothed };
    }

    /// <summary>
    /// At most about <paramref name="maxPoints"/> points that draw the same line at a chart's width: the points fall
    /// into buckets of <c>k = ⌈n / (maxPoints / 2)⌉</c> consecutive points, each bucket keeps its lowest and its highest
    /// point, in order, and the first and last points always stay, so spikes and the band of a noisy curve survive.
    /// </summary>
    public Series Thinned(int maxPoints)
    {
        if (maxPoints < 4)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "Thinning keeps a lowest and a highest point per bucket: allow at least 4 points.");
        }
        Validate();
        int n = Y.Count;
        if (n <= maxPoints)
        {
            return this;
        }
        int bucket = (n + maxPoints / 2 - 1) / (maxPoints / 2);
        var kept = new SortedSet<int> { 0, n - 1 };
        for (int start = 0; start < n; start += bucket)
        {
            int low = start, high = start;
            for (int i = start + 1; i < Math.Min(start + bucket, n); i++)
            {
                low = Y[i] < Y[low] ? i : low;
                high = Y[i] > Y[high] ? i : high;
            }
            kept.Add(low);
            kept.Add(high);
        }
        return this with { X = kept.Select(i => X[i]).ToArray(), Y = kept.Select(i => Y[i]).ToArray() };
    }

    internal void Validate()
    {
        if (X.Count != Y.Count)
        {
            throw new ArgumentException($"Series '{Name}' has {X.Count} x values but {Y.Count} y values; give one y per x.");
        }
    }
}
