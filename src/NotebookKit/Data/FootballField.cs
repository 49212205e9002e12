using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;

namespace NotebookKit.Data;

/// <summary>
/// A 2-D "football field" data set in the spirit of the Regularization assignment (where the goalkeeper kicks
/// the ball and either team's player heads it): positions on the field, class 1 above a gently curved
/// boundary and class 0 below it, with some labels flipped. The training set is small (80 points) beside its
/// dev and test sets (200 each), so that an unregularized network learns the flipped labels and overfits
/// clearly. This is the kit's own generator, not the course's data file; its numbers differ from the course's.
/// </summary>
public static class FootballField
{
    /// <summary>The left edge of the field (x₁).</summary>
    public const double XMin = -0.6;

    /// <summary>The right edge of the field (x₁).</summary>
    public const double XMax = 0.3;

    /// <summary>The bottom edge of the field (x₂).</summary>
    public const double YMin = -0.66;

    /// <summary>The top edge of the field (x₂).</summary>
    public const double YMax = 0.57;

    /// <summary>The seed of <see cref="Load"/>.</summary>
    public const int DefaultSeed = 1;

    /// <summary>
    /// The true boundary between the classes, <c>x₂ = b(x₁) = −0.05 + 0.15·sin(2π(x₁ − XMin)/0.9)</c>: one wave
    /// across the field. Points above it are class 1.
    /// </summary>
    public static double Boundary(double x1) => -0.05 + 0.15 * Math.Sin(2 * Math.PI * (x1 - XMin) / 0.9);

    /// <summary>
    /// Draws the training set, then the dev set, then the test set, from <paramref name="random"/>. For each set of
    /// m points: positions <c>u = rand(m, 2)</c> mapped to the field (<c>x₁ = XMin + (XMax − XMin)·u₁</c>, likewise
    /// x₂), the clean label <c>[x₂ &gt; b(x₁)]</c>, then <c>rand(m)</c> &lt; labelNoise flips a label.
    /// </summary>
    /// <param name="random">The generator.</param>
    /// <param name="trainSize">Training examples.</param>
    /// <param name="devSize">Dev examples.</param>
    /// <param name="testSize">Test examples.</param>
    /// <param name="labelNoise">The probability of flipping a label, in [0, 0.5).</param>
    public static (DataSet Train, DataSet Dev, DataSet Test) Make(
        NumpyRandomState random, int trainSize = 80, int devSize = 200, int testSize = 200, double labelNoise = 0.1)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (trainSize < 1 || devSize < 1 || testSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trainSize),
                $"Every set needs at least one example; got train {trainSize}, dev {devSize}, test {testSize}.");
        }
        if (!(labelNoise >= 0 && labelNoise < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(labelNoise), labelNoise,
                "labelNoise is the probability of a wrong label; pass a number in [0, 0.5), e.g. 0.1.");
        }
        return (Draw(random, trainSize, labelNoise), Draw(random, devSize, labelNoise), Draw(random, testSize, labelNoise));
    }

    /// <summary>The kit's field data: <see cref="Make"/> with seed <see cref="DefaultSeed"/>: 80 training, 200 dev and 200 test points, 10 % of labels flipped.</summary>
    public static (DataSet Train, DataSet Dev, DataSet Test) Load() => Make(new NumpyRandomState(DefaultSeed));

    private static DataSet Draw(NumpyRandomState random, int m, double labelNoise)
    {
        var u = random.Rand(m, 2);
        var x = Matrix<double>.Build.Dense(2, m, (f, j) => f == 0
            ? XMin + (XMax - XMin) * u[j, 0]
            : YMin + (YMax - YMin) * u[j, 1]);
        var flips = random.Rand(1, m);
        var y = Matrix<double>.Build.Dense(1, m, (_, j) =>
        {
            bool above = x[1, j] > Boundary(x[0, j]);
            return above ^ (flips[0, j] < labelNoise) ? 1.0 : 0.0;
        });
        return new DataSet(x, y);
    }
}
