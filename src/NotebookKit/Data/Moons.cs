using NotebookKit.Randomness;

namespace NotebookKit.Data;

/// <summary>
/// Two interleaving half circles, scikit-learn's <c>make_moons</c> drawn from a <see cref="NumpyRandomState"/>
/// in scikit-learn's order, so <c>Moons.Make(300, 0.2, new NumpyRandomState(3))</c> gives the points of
/// <c>np.random.seed(3); sklearn.datasets.make_moons(n_samples=300, noise=.2)</c> (the Optimization data).
/// </summary>
public static class Moons
{
    /// <summary>
    /// <c>n_out = n // 2</c> points of class 0 on the upper moon <c>(cos θ, sin θ)</c> and <c>n − n_out</c> of
    /// class 1 on the lower one <c>(1 − cos θ, 1 − sin θ − 0.5)</c>, θ = linspace(0, π) for each; then shuffled
    /// by <c>permutation(n)</c> and jittered by <c>normal(0, noise)</c> per coordinate.
    /// </summary>
    /// <param name="nSamples">The number of points m (≥ 2).</param>
    /// <param name="noise">The standard deviation of the Gaussian noise; null draws none.</param>
    /// <param name="random">The generator, e.g. <c>new NumpyRandomState(3)</c> for <c>np.random.seed(3)</c>.</param>
    /// <param name="shuffle">Whether to shuffle the points (scikit-learn's default: true).</param>
    /// <returns>X (2 × m) and Y (1 × m, 0 or 1).</returns>
    public static DataSet Make(int nSamples, double? noise, NumpyRandomState random, bool shuffle = true)
    {
        ArgumentNullException.ThrowIfNull(random);
        ScikitLearnSteps.RequireSamples(nSamples, 2, "make_moons");
        ScikitLearnSteps.RequireNoise(noise);
        int nOut = nSamples / 2;
        int nIn = nSamples - nOut;
        double[] thetaOut = Linspace.Of(0, Math.PI, nOut);
        double[] thetaIn = Linspace.Of(0, Math.PI, nIn);
        var points = new double[nSamples, 2];
        int[] labels = new int[nSamples];
        for (int i = 0; i < nOut; i++)
        {
            points[i, 0] = Math.Cos(thetaOut[i]);
            points[i, 1] = Math.Sin(thetaOut[i]);
        }
        for (int i = 0; i < nIn; i++)
        {
            points[nOut + i, 0] = 1 - Math.Cos(thetaIn[i]);
            points[nOut + i, 1] = 1 - Math.Sin(thetaIn[i]) - 0.5;
            labels[nOut + i] = 1;
        }
        return ScikitLearnSteps.Finish(points, labels, random, shuffle, noise);
    }

    /// <summary>As <see cref="Make(int, double?, NumpyRandomState, bool)"/> with <c>random_state=seed</c>.</summary>
    public static DataSet Make(int nSamples, double? noise, long seed, bool shuffle = true) =>
        Make(nSamples, noise, new NumpyRandomState(seed), shuffle);
}
