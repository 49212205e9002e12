using NotebookKit.Randomness;

namespace NotebookKit.Data;

/// <summary>
/// Gaussian blobs, scikit-learn's <c>make_blobs</c> drawn from a <see cref="NumpyRandomState"/> in
/// scikit-learn's order: class k is <c>center_k + σ_k·z</c> with z standard normal per coordinate.
/// </summary>
public static class Blobs
{
    /// <summary>
    /// <c>make_blobs(n_samples, centers=centers, cluster_std=std)</c>: <c>n // k</c> points per blob (the first
    /// <c>n % k</c> blobs get one more), blob k drawn as <c>normal(loc=center_k, scale=σ_k, size=(n_k, features))</c>
    /// in blob order, then the points shuffled by <c>permutation(n)</c>.
    /// </summary>
    /// <param name="nSamples">The number of points m.</param>
    /// <param name="centers">One center per row (k × features), written as scikit-learn writes them, e.g. <c>{ { 0, 0 }, { 3, 3 } }</c>.</param>
    /// <param name="clusterStd">The standard deviation of each blob (k values), or one value for all.</param>
    /// <param name="random">The generator.</param>
    /// <param name="shuffle">Whether to shuffle the points (scikit-learn's default: true).</param>
    /// <returns>X (features × m) and Y (1 × m, the blob index 0 … k−1).</returns>
    public static DataSet Make(int nSamples, double[,] centers, double[] clusterStd, NumpyRandomState random, bool shuffle = true)
    {
        ArgumentNullException.ThrowIfNull(centers);
        ArgumentNullException.ThrowIfNull(clusterStd);
        ArgumentNullException.ThrowIfNull(random);
        int k = centers.GetLength(0);
        int features = centers.GetLength(1);
        if (k == 0 || features == 0)
        {
            throw new ArgumentException("Pass at least one center with at least one coordinate, e.g. { { 0, 0 }, { 3, 3 } }.", nameof(centers));
        }
        if (clusterStd.Length != 1 && clusterStd.Length != k)
        {
            throw new ArgumentException(
                $"Pass one standard deviation for all blobs or one per blob ({k}); got {clusterStd.Length}.", nameof(clusterStd));
        }
        if (clusterStd.Any(s => !(s >= 0) || double.IsInfinity(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(clusterStd), "Each standard deviation must be a finite number >= 0.");
        }
        ScikitLearnSteps.RequireSamples(nSamples, 1, "make_blobs");
        var points = new double[nSamples, features];
        int[] labels = new int[nSamples];
        int row = 0;
        for (int blob = 0; blob < k; blob++)
        {
            int count = nSamples / k + (blob < nSamples % k ? 1 : 0);
            double std = clusterStd[clusterStd.Length == 1 ? 0 : blob];
            for (int i = 0; i < count; i++, row++)
            {
                for (int f = 0; f < features; f++)
                {
                    points[row, f] = centers[blob, f] + std * random.StandardNormal();
                }
                labels[row] = blob;
            }
        }
        return ScikitLearnSteps.Finish(points, labels, random, shuffle, noise: null);
    }

    /// <summary>
    /// <c>make_blobs(n_samples, n_features, centers=k, cluster_std, center_box=(low, high))</c>: first the k
    /// centers are drawn as <c>uniform(low, high, size=(k, n_features))</c>, then the blobs as in
    /// <see cref="Make(int, double[,], double[], NumpyRandomState, bool)"/>.
    /// </summary>
    /// <param name="nSamples">The number of points m.</param>
    /// <param name="nCenters">The number of blobs k.</param>
    /// <param name="nFeatures">The number of coordinates of each point.</param>
    /// <param name="clusterStd">The standard deviation of every blob.</param>
    /// <param name="random">The generator.</param>
    /// <param name="centerBoxLow">The lower bound of the centers' coordinates (scikit-learn: −10).</param>
    /// <param name="centerBoxHigh">The upper bound of the centers' coordinates (scikit-learn: 10).</param>
    public static DataSet Make(
        int nSamples, int nCenters, int nFeatures, double clusterStd, NumpyRandomState random,
        double centerBoxLow = -10.0, double centerBoxHigh = 10.0)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (nCenters < 1 || nFeatures < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(nCenters),
                $"Pass at least one center and one feature; got {nCenters} centers with {nFeatures} features.");
        }
        var centers = random.Uniform(centerBoxLow, centerBoxHigh, nCenters, nFeatures).ToArray();
        return Make(nSamples, centers, new[] { clusterStd }, random);
    }
}
