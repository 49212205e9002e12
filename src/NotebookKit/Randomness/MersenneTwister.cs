namespace NotebookKit.Randomness;

/// <summary>
/// The 32-bit Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998), seeded from one integer with
/// <c>mt[0] = s; mt[i] = 1812433253 · (mt[i−1] ⊕ (mt[i−1] >> 30)) + i</c>, as numpy's legacy seeding does.
/// </summary>
internal sealed class MersenneTwister
{
    private const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0dfU;
    private const uint UpperMask = 0x80000000U;
    private const uint LowerMask = 0x7fffffffU;

    private readonly uint[] _state = new uint[N];
    private int _position;

    public MersenneTwister(uint seed)
    {
        _state[0] = seed;
        for (int i = 1; i < N; i++)
        {
            uint previous = _state[i - 1];
            _state[i] = unchecked(1812433253U * (previous ^ (previous >> 30)) + (uint)i);
        }
        _position = N;
    }

    /// <summary>The next tempered 32-bit output.</summary>
    public uint Next()
    {
        if (_position >= N)
        {
            Regenerate();
        }
        uint y = _state[_position++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    private void Regenerate()
    {
        // The reference generator's loop, split at the two wrap-around points so no index needs a modulo.
        int i = 0;
        for (; i < N - M; i++)
        {
            _state[i] = Twist(_state[i], _state[i + 1], _state[i + M]);
        }
        for (; i < N - 1; i++)
        {
            _state[i] = Twist(_state[i], _state[i + 1], _state[i + M - N]);
        }
        _state[N - 1] = Twist(_state[N - 1], _state[0], _state[M - 1]);
        _position = 0;
    }

    private static uint Twist(uint current, uint next, uint far)
    {
        uint y = (current & UpperMask) | (next & LowerMask);
        return far ^ (y >> 1) ^ ((y & 1U) != 0 ? MatrixA : 0U);
    }
}
