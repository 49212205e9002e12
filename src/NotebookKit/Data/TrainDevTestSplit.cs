using System.Globalization;
using NotebookKit.Randomness;

namespace NotebookKit.Data;

/// <summary>
/// Splitting one data set into a training set, a dev (hold-out cross-validation) set and a test set by
/// ratios: 60/20/20 for a few thousand examples, 98/1/1 or less for dev and test when there are millions.
/// </summary>
public static class TrainDevTestSplit
{
    /// <summary>How far the ratios may be from summing to 1.</summary>
    public const double RatioTolerance = 1e-9;

    /// <summary>
    /// Shuffles the examples with <c>np.random.seed(seed); np.random.permutation(m)</c> and cuts the shuffled
    /// order into parts of sizes <c>m_k ≈ ratio_k · m</c>: each part gets <c>⌊ratio_k · m⌋</c> and the examples
    /// left over go, one each, to the parts with the largest fractional remainders (ties to the earlier part).
    /// With <paramref name="stratify"/> the sizes are computed class by class (the class of a column is its
    /// label, or the row of its 1 for one-hot Y), so each part keeps the class proportions; each part still
    /// lists its examples in shuffled order. Columns of X and Y stay aligned.
    /// </summary>
    /// <param name="data">The examples and labels.</param>
    /// <param name="trainRatio">The training set's share, &gt; 0.</param>
    /// <param name="devRatio">The dev set's share, &gt; 0.</param>
    /// <param name="testRatio">The test set's share, &gt; 0; the three must sum to 1 (±1e-9).</param>
    /// <param name="seed">The seed of the shuffle.</param>
    /// <param name="stratify">Whether to keep the class proportions in every part.</param>
    /// <returns>The three non-empty parts.</returns>
    public static (DataSet Train, DataSet Dev, DataSet Test) Split(
        DataSet data, double trainRatio, double devRatio, double testRatio, long seed, bool stratify = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        double[] ratios = { trainRatio, devRatio, testRatio };
        string[] names = { "train", "dev", "test" };
        CheckRatios(ratios, names);
        int m = data.Examples;
        int[] order = new NumpyRandomState(seed).Permutation(m);
        var parts = new List<int>[] { new(), new(), new() };
        if (stratify)
        {
            foreach (var group in order.GroupBy(j => ClassOf(data, j)))
            {
                Deal(group.ToArray(), ratios, parts);
            }
            var position = new int[m];
            for (int k = 0; k < m; k++)
            {
                position[order[k]] = k;
            }
            foreach (var part in parts)
            {
                part.Sort((a, b) => position[a].CompareTo(position[b]));
            }
        }
        else
        {
            Deal(order, ratios, parts);
        }
        for (int k = 0; k < 3; k++)
        {
            if (parts[k].Count == 0)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "With m = {0} examples the {1} set would be empty ({2} × {0} = {3:0.##} examples). " +
                    "Use more examples or a larger {1} ratio; a {1} ratio of {2} needs at least {4} examples.",
                    m, names[k], ratios[k], ratios[k] * m, (int)Math.Ceiling(1 / ratios[k] - RatioTolerance)), nameof(data));
            }
        }
        return (data.SelectExamples(parts[0]), data.SelectExamples(parts[1]), data.SelectExamples(parts[2]));
    }

    /// <summary>Sizes by the largest-remainder rule: ⌊r_k·n⌋ each, the rest to the largest remainders.</summary>
    private static void Deal(int[] examples, double[] ratios, List<int>[] parts)
    {
        int n = examples.Length;
        double[] exact = ratios.Select(r => r * n).ToArray();
        int[] sizes = exact.Select(e => (int)Math.Floor(e + RatioTolerance)).ToArray();
        int left = n - sizes.Sum();
        foreach (int k in Enumerable.Range(0, 3).OrderByDescending(k => exact[k] - sizes[k]).ThenBy(k => k).Take(left))
        {
            sizes[k]++;
        }
        int start = 0;
        for (int k = 0; k < 3; k++)
        {
            parts[k].AddRange(examples.Skip(start).Take(sizes[k]));
            start += sizes[k];
        }
    }

    private static void CheckRatios(double[] ratios, string[] names)
    {
        for (int k = 0; k < ratios.Length; k++)
        {
            if (!(ratios[k] > 0 && ratios[k] < 1))
            {
                throw new ArgumentOutOfRangeException(names[k] + "Ratio", ratios[k],
                    $"Each ratio must be a share between 0 and 1, e.g. 0.6, 0.2, 0.2; the {names[k]} ratio is {ratios[k].ToString(CultureInfo.InvariantCulture)}.");
            }
        }
        double sum = ratios.Sum();
        if (Math.Abs(sum - 1) > RatioTolerance)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "The ratios must add up to 1, but train {0} + dev {1} + test {2} = {3}. " +
                "For a 60/20/20 split pass 0.6, 0.2, 0.2; for 98/1/1 pass 0.98, 0.01, 0.01.",
                ratios[0], ratios[1], ratios[2], sum));
        }
    }

    private static double ClassOf(DataSet data, int column) =>
        data.Y.RowCount == 1 ? data.Y[0, column] : data.Y.Column(column).MaximumIndex();
}
