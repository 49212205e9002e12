using NotebookKit.Randomness;

namespace NotebookKit.Data;

/// <summary>
/// A large circle containing a smaller one, scikit-learn's <c>make_circles</c> drawn from a
/// <see cref="NumpyRandomState"/> in scikit-learn's order, so <c>Circles.Make(300, 0.05, new NumpyRandomState(1))</c>
/// gives the points of <c>np.random.seed(1); sklearn.datasets.make_circles(n_samples=300, noise=.05)</c>
/// (the Initialization training data).
/// </summary>
public static class Circles
{
    /// <summary>
    /// <c>n_out = n // 2</c> points of class 0 on the unit circle <c>(cos θ, sin θ)</c> and <c>n − n_out</c> of
    /// class 1 on the circle of radius <paramref name="factor"/>, θ = linspace(0, 2π) without the end point for
    /// each; then shuffled by <c>permutation(n)</c> and jittered by <c>normal(0, noise)</c> per coordinate.
    /// </summary>
    /// <param name="nSamples">The number of points m (≥ 2).</param>
    /// <param name="noise">The standard deviation of the Gaussian noise; null draws none.</param>
    /// <param name="random">The generator, e.g. <c>new NumpyRandomState(1)</c> for <c>np.random.seed(1)</c>.</param>
    /// <param name="factor">The inner radius, in [0, 1) (scikit-learn's default 0.8).</param>
    /// <param name="shuffle">Whether to shuffle the points (scikit-learn's default: true).</param>
    /// <returns>X (2 × m) and Y (1 × m, 0 outer, 1 inner).</returns>
    public static DataSet Make(int nSamples, double? noise, NumpyRandomState random, double factor = 0.8, bool shuffle = true)
    {
        ArgumentNullException.ThrowIfNull(random);
        ScikitLearnSteps.RequireSamples(nSamples, 2, "make_circles");
        ScikitLearnSteps.RequireNoise(noise);
        if (!(factor >= 0 && factor < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor,
                "factor is the inner circle's radius relative to the outer one; pass a number in [0, 1), e.g. 0.8.");
        }
        int nOut = nSamples / 2;
        int nIn = nSamples - nOut;
        double[] thetaOut = Linspace.Of(0, 2 * Math.PI, nOut, endpoint: false);
        double[] thetaIn = Linspace.Of(0, 2 * Math.PI, nIn, endpoint: false);
        var points = new double[nSamples, 2];
        int[] labels = new int[nSamples];
        for (int i = 0; i < nOut; i++)
        {
            points[i, 0] = Math.Cos(thetaOut[i]);
            points[i, 1] = Math.Sin(thetaOut[i]);
        }
        for (int i = 0; i < nIn; i++)
        {
            points[nOut + i, 0] = Math.Cos(thetaIn[i]) * factor;
            points[nOut + i, 1] = Math.Sin(thetaIn[i]) * factor;
            labels[nOut + i] = 1;
        }
        return ScikitLearnSteps.Finish(points, labels, random, shuffle, noise);
    }

    /// <summary>As <see cref="Make(int, double?, NumpyRandomState, double, bool)"/> with <c>random_state=seed</c>.</summary>
    public static DataSet Make(int nSamples, double? noise, long seed, double factor = 0.8, bool shuffle = true) =>
        Make(nSamples, noise, new NumpyRandomState(seed), factor, shuffle);
}
