using System.Globalization;

namespace NotebookKit.Training;

/// <summary>
/// One hyperparameter of a search and the scale it is sampled on. Sampling takes one uniform draw
/// u = <c>np.random.rand()</c> per value, so a seeded search draws the same values as the same numpy code.
/// </summary>
public abstract class SearchDimension
{
    /// <summary>Names the hyperparameter, checks the range.</summary>
    protected SearchDimension(string name, double low, double high)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A search dimension needs a name, e.g. \"alpha\".", nameof(name)) : name;
        if (!(low < high) || !double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentOutOfRangeException(nameof(low), $"{name}: the range needs finite low < high, got [{low}, {high}].");
        }
        Low = low;
        High = high;
    }

    /// <summary>The hyperparameter's name (a column of the results).</summary>
    public string Name { get; }

    /// <summary>The smallest value.</summary>
    public double Low { get; }

    /// <summary>The largest value.</summary>
    public double High { get; }

    /// <summary>The value for a uniform draw u in [0, 1).</summary>
    public abstract double FromUniform(double u);

    /// <summary><paramref name="points"/> values evenly spaced on this dimension's scale, ends included (for grid search).</summary>
    public IReadOnlyList<double> Grid(int points)
    {
        if (points < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "A grid needs at least 1 point per dimension.");
        }
        return points == 1
            ? new[] { FromUniform(0.5) }
            : Enumerable.Range(0, points).Select(k => FromUniform(1.0 - (double)k / (points - 1))).Distinct().Order().ToArray();
    }

    /// <summary>The same scale narrowed to the smallest range holding <paramref name="values"/> (coarse to fine).</summary>
    public SearchDimension Narrow(IEnumerable<double> values)
    {
        var kept = values.ToArray();
        if (kept.Length == 0)
        {
            throw new ArgumentException($"{Name}: no values to narrow the range around.", nameof(values));
        }
        double low = Math.Max(Low, kept.Min()), high = Math.Min(High, kept.Max());
        return low < high ? WithRange(low, high) : this;
    }

    /// <summary>The same kind of dimension on another range.</summary>
    protected abstract SearchDimension WithRange(double low, double high);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} in [{Low:G4}, {High:G4}] ({GetType().Name})");
}

/// <summary>Uniform on a linear scale: <c>value = low + (high − low)·u</c> (e.g. a number of hidden units, or a keep probability).</summary>
public sealed class UniformScale : SearchDimension
{
    /// <summary>Creates the dimension.</summary>
    public UniformScale(string name, double low, double high) : base(name, low, high)
    {
    }

    /// <inheritdoc />
    public override double FromUniform(double u) => Low + (High - Low) * u;

    /// <inheritdoc />
    protected override SearchDimension WithRange(double low, double high) => new UniformScale(Name, low, high);
}

/// <summary>
/// Uniform on a log scale, for a learning rate or λ: <c>r = log10(high) − (log10(high) − log10(low))·u</c>,
/// <c>value = 10^r</c>. For α in [1e-4, 1] this is the lecture's <c>r = −4·np.random.rand(); α = 10**r</c>:
/// each decade (1e-4 to 1e-3, …, 0.1 to 1) gets the same share of the trials.
/// </summary>
public sealed class LogScale : SearchDimension
{
    /// <summary>Creates the dimension; low must be &gt; 0.</summary>
    public LogScale(string name, double low, double high) : base(name, low, high)
    {
        if (!(low > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, $"{name}: a log scale needs low > 0, e.g. 1e-4.");
        }
    }

    /// <inheritdoc />
    public override double FromUniform(double u)
    {
        double a = Math.Log10(Low), b = Math.Log10(High);
        return Math.Clamp(Math.Pow(10, b - (b - a) * u), Low, High);
    }

    /// <inheritdoc />
    protected override SearchDimension WithRange(double low, double high) => new LogScale(Name, low, high);
}

/// <summary>
/// The lecture's scale for an averaging weight β in [0.9, 0.999]: sample <c>1 − β</c> on a log scale,
/// <c>r = log10(1 − low) − (log10(1 − low) − log10(1 − high))·u</c>, <c>β = 1 − 10^r</c> (r in [−3, −1]).
/// β near 1 is where small changes matter (0.999 → 0.9995 doubles the window, from 1000 to 2000 values).
/// </summary>
public sealed class OneMinusLogScale : SearchDimension
{
    /// <summary>Creates the dimension; the range must lie in [0, 1).</summary>
    public OneMinusLogScale(string name, double low, double high) : base(name, low, high)
    {
        if (low < 0 || high >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(high), $"{name}: β's range must lie in [0, 1), e.g. [0.9, 0.999].");
        }
    }

    /// <inheritdoc />
    public override double FromUniform(double u)
    {
        double a = Math.Log10(1 - Low), b = Math.Log10(1 - High);
        return Math.Clamp(1 - Math.Pow(10, a - (a - b) * u), Low, High);
    }

    /// <inheritdoc />
    protected override SearchDimension WithRange(double low, double high) => new OneMinusLogScale(Name, low, high);
}
