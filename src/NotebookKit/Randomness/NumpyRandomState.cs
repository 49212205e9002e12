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

    private static Matrix<double> FillRowMajor(int rows, int columns, Func<double> draw)
    {
        if (rows < 0 || columns < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rows),
                $"A matrix shape cannot be negative; got ({rows}, {columns}).");
        }
        var matrix = Matrix<double>.Build.Dense(rows, columns);
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                matrix[i, j] = draw();
            }
        }
        return matrix;
    }
}
