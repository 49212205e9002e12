using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Randomness;

/// <summary>
/// A random generator that draws exactly the numbers of numpy's legacy <c>np.random.RandomState(seed)</c>
/// (and of <c>np.random.seed(seed)</c> followed by <c>np.random.*</c> calls): a 32-bit Mersenne Twister
/// (MT19937) seeded from an integer as numpy seeds it, with numpy's conversions to doubles and normals.
/// With it a C# cell can print the very numbers a course cell prints for the same seed.
/// </summary>
/// <remarks>
/// Matrices are filled in numpy's row-major order: <c>Randn(4, 2)</c> equals <c>np.random.randn(4, 2)</c>
/// element for element, although MathNet stores the matrix column-major.
/// </remarks>
public sealed class NumpyRandomState
{
    private readonly MersenneTwister _twister;
    private bool _hasCachedGauss;
    private double _cachedGauss;

    /// <summary>Creates a generator in the state of <c>np.random.seed(seed)</c>.</summary>
    /// <param name="seed">A seed in [0, 2³² − 1], as numpy accepts it.</param>
    public NumpyRandomState(long seed)
    {
        if (seed < 0 || seed > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(seed), seed,
                "numpy accepts seeds between 0 and 2**32 - 1; pass a seed in that range.");
        }
        _twister = new MersenneTwister((uint)seed);
    }

    /// <summary>The next raw 32-bit output of the Mersenne Twister.</summary>
    public uint NextUInt32() => _twister.Next();

    /// <summary>
    /// One uniform double in [0, 1) with 53 random bits, as <c>np.random.random_sample()</c>:
    /// <c>(a·2²⁶ + b) / 2⁵³</c> with <c>a = next >> 5</c>, <c>b = next >> 6</c>.
    /// </summary>
    public double RandomSample()
    {
        uint a = _twister.Next() >> 5;
        uint b = _twister.Next() >> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /// <summary>
    /// One standard normal draw by numpy's legacy polar (Marsaglia) method: draw
    /// <c>x₁, x₂ ~ U(−1, 1)</c> until <c>0 &lt; r² = x₁² + x₂² &lt; 1</c>, then with
    /// <c>f = √(−2 ln r² / r²)</c> return <c>f·x₂</c> and keep <c>f·x₁</c> for the next call.
    /// </summary>
    public double StandardNormal()
    {
        if (_hasCachedGauss)
        {
            _hasCachedGauss = false;
            return _cachedGauss;
        }
        double x1, x2, r2;
        do
        {
            x1 = 2.0 * RandomSample() - 1.0;
            x2 = 2.0 * RandomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        }
        while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.Sqrt(-2.0 * Math.Log(r2) / r2);
        _cachedGauss = f * x1;
        _hasCachedGauss = true;
        return f * x2;
    }

    /// <summary><c>np.random.rand(rows, columns)</c>: uniform [0, 1) draws filled row by row.</summary>
    public Matrix<double> Rand(int rows, int columns) => FillRowMajor(rows, columns, RandomSample);

    /// <summary><c>np.random.randn(rows, columns)</c>: standard normal draws filled row by row.</summary>
    public Matrix<double> Randn(int rows, int columns) => FillRowMajor(rows, columns, StandardNormal);

    /// <summary>
    /// <c>np.random.normal(loc, scale, size=(rows, columns))</c>: <c>loc + scale·z</c> with <c>z</c> a
    /// <see cref="StandardNormal"/> draw, filled row by row.
    /// </summary>
    /// <param name="loc">The mean μ.</param>
    /// <param name="scale">The standard deviation σ ≥ 0.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">Number of columns.</param>
    public Matrix<double> Normal(double loc, double scale, int rows, int columns)
    {
        if (!(scale >= 0.0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale,
                "The scale of a normal distribution is its standard deviation; pass a finite number >= 0.");
        }
        return FillRowMajor(rows, columns, () => loc + scale * StandardNormal());
    }

    /// <summary>
    /// <c>np.random.uniform(low, high, size=(rows, columns))</c>: <c>low + (high − low)·u</c> with <c>u</c> a
    /// <see cref="RandomSample"/> draw in [0, 1), filled row by row.
    /// </summary>
    /// <param name="low">The lower bound (included).</param>
    /// <param name="high">The upper bound (excluded, up to rounding).</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">Number of columns.</param>
    public Matrix<double> Uniform(double low, double high, int rows, int columns)
    {
        double range = high - low;
        if (!double.IsFinite(range))
        {
            throw new ArgumentOutOfRangeException(nameof(high), high,
                $"uniform(low={low}, high={high}) needs finite bounds whose difference is finite.");
        }
        return FillRowMajor(rows, columns, () => low + range * RandomSample());
    }

    /// <summary>
    /// Named <c>np.random.randn</c> draws in the order given, as the course's test cases draw
    /// <c>W1, b1, W2, …</c> one after another from a single seed.
    /// </summary>
    /// <param name="shapes">Each matrix's name and shape, in drawing order.</param>
    public Dictionary<string, Matrix<double>> RandnByName(params (string Name, int Rows, int Columns)[] shapes)
    {
        var matrices = new Dictionary<string, Matrix<double>>();
        foreach (var (name, rows, columns) in shapes)
        {
            matrices.Add(name, Randn(rows, columns));
        }
        return matrices;
    }

    /// <summary>
    /// The dropout mask of the course, <c>(np.random.rand(rows, columns) &lt; keepProb)</c> as a 0/1 matrix:
    /// each entry is 1 with probability <c>keepProb</c>, drawn in the same order as <see cref="Rand"/>.
    /// </summary>
    /// <param name="rows">Number of rows (units of the layer).</param>
    /// <param name="columns">Number of columns (examples).</param>
    /// <param name="keepProb">The probability of keeping a unit, in [0, 1].</param>
    public Matrix<double> BernoulliMask(int rows, int columns, double keepProb)
    {
        if (!(keepProb >= 0.0 && keepProb <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(keepProb), keepProb,
                "keepProb is the probability of keeping a unit; pass a number between 0 and 1 (the course uses 0.86 or 0.7).");
        }
        return FillRowMajor(rows, columns, () => RandomSample() < keepProb ? 1.0 : 0.0);
    }

    /// <summary>
    /// <c>np.random.permutation(n)</c>: the numbers 0 … n−1 in the order <see cref="Shuffle{T}(Span{T})"/>
    /// leaves <c>np.arange(n)</c>.
    /// </summary>
    /// <param name="n">How many indices; n ≥ 0.</param>
    public int[] Permutation(int n)
    {
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "permutation(n) needs n >= 0.");
        }
        int[] indices = new int[n];
        for (int i = 0; i < n; i++)
        {
            indices[i] = i;
        }
        Shuffle(indices.AsSpan());
        return indices;
    }

    /// <summary>
    /// <c>np.random.shuffle(x)</c> in place, by numpy's legacy Fisher–Yates order:
    /// <c>for i = n−1 down to 1: swap(x[i], x[j])</c> with <c>j</c> uniform in [0, i] drawn by
    /// <see cref="RandomInterval"/>.
    /// </summary>
    /// <param name="values">The values to shuffle.</param>
    public void Shuffle<T>(Span<T> values)
    {
        for (int i = values.Length - 1; i >= 1; i--)
        {
            int j = (int)RandomInterval((ulong)i);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    /// <summary>Shuffles an array in place, as <see cref="Shuffle{T}(Span{T})"/>.</summary>
    /// <param name="values">The values to shuffle.</param>
    public void Shuffle<T>(T[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Shuffle(values.AsSpan());
    }

    /// <summary>
    /// <c>np.random.randint(low, high, size=count)</c> with numpy's default int64 dtype: integers uniform in
    /// [low, high). With <c>rng = high − 1 − low</c> and <c>mask</c> the smallest all-ones bit mask ≥ rng,
    /// each value is <c>low + (draw &amp; mask)</c>, redrawn while <c>(draw &amp; mask) &gt; rng</c>; the draw
    /// is one 32-bit output when rng &lt; 2³², else a 64-bit one (<c>first·2³² + second</c>). When
    /// <c>rng = 0</c> nothing is drawn; when <c>rng = 2³² − 1</c> the 32-bit output is used as is.
    /// </summary>
    /// <param name="low">The smallest value (included).</param>
    /// <param name="high">One more than the largest value (excluded); high &gt; low.</param>
    /// <param name="count">How many values.</param>
    public long[] RandInt(long low, long high, int count)
    {
        if (high <= low)
        {
            throw new ArgumentOutOfRangeException(nameof(high), high,
                $"randint draws from [low, high) and needs low < high; got low={low}, high={high}.");
        }
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "randint needs a count >= 0.");
        }
        ulong rng = unchecked((ulong)(high - 1) - (ulong)low);
        ulong mask = SmallestMaskAtLeast(rng);
        long[] values = new long[count];
        for (int i = 0; i < count; i++)
        {
            ulong offset;
            if (rng == 0)
            {
                offset = 0;
            }
            else if (rng == uint.MaxValue)
            {
                offset = _twister.Next();
            }
            else if (rng < uint.MaxValue)
            {
                do
                {
                    offset = _twister.Next() & mask;
                }
                while (offset > rng);
            }
            else
            {
                do
                {
                    offset = NextUInt64() & mask;
                }
                while (offset > rng);
            }
            values[i] = unchecked(low + (long)offset);
        }
        return values;
    }

    /// <summary>
    /// numpy's <c>random_interval(max)</c>: an integer uniform in [0, max] by masked rejection,
    /// <c>while ((v = next32 &amp; mask) &gt; max)</c> (64-bit draws when max ≥ 2³²).
    /// </summary>
    private ulong RandomInterval(ulong max)
    {
        if (max == 0)
        {
            return 0;
        }
        ulong mask = SmallestMaskAtLeast(max);
        ulong value;
        if (max <= uint.MaxValue)
        {
            do
            {
                value = _twister.Next() & mask;
            }
            while (value > max);
        }
        else
        {
            do
            {
                value = NextUInt64() & mask;
            }
            while (value > max);
        }
        return value;
    }

    /// <summary>numpy's 64-bit draw from MT19937: <c>first·2³² + second</c> of two 32-bit outputs.</summary>
    private ulong NextUInt64()
    {
        ulong high = _twister.Next();
        ulong low = _twister.Next();
        return (high << 32) | low;
    }

    /// <summary>The smallest number of the form 2ᵏ − 1 that is ≥ value (numpy's <c>gen_mask</c>).</summary>
    private static ulong SmallestMaskAtLeast(ulong value)
    {
        ulong mask = value;
        mask |= mask >> 1;
        mask |= mask >> 2;
        mask |= mask >> 4;
        mask |= mask >> 8;
        mask |= mask >> 16;
        mask |= mask >> 32;
        return mask;
    }

    private static Matrix<double> FillRowMajor(int rows, int columns, Func<double> draw)
    {
        if (rows < 0 || columns < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rows),
                $"A matrix shape cannot be negative; got ({rows}, {columns}).");
        }
        var values = new double[rows * columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                values[j * rows + i] = draw();
            }
        }
        return Matrix<double>.Build.Dense(rows, columns, values);
    }
}
