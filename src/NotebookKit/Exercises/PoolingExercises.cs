using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for notebook 10's exercise: 2 × 2 average pooling of 28 × 28 images stored one per column (row-major pixels,
/// as <c>DataFiles.LoadFashionMnist</c> gives them) into 14 × 14 images, 196 × m. Every expected value is derived by
/// hand from the input's formula (in each case's description), so no pooling code of ours stands in for the reference.
/// </summary>
public static class PoolingExercises
{
    private const int Side = 28, Half = 14;

    /// <summary>Checks <c>AveragePool(images)</c>: pixel (r, c) of the 14 × 14 image is the mean of pixels (2r … 2r+1, 2c … 2c+1).</summary>
    /// <param name="pool">The student's function, from a 784 × m matrix to a 196 × m one.</param>
    public static void CheckAveragePool(Func<Matrix<double>, Matrix<double>> pool) => ExerciseCheck.Run(
        "AveragePool",
        "look for one pixel of each block taken instead of the mean of four; the sum instead of the mean; rows and columns swapped; " +
        "a stride of 1 instead of 2 between blocks; a row of the 28 × 28 image taken as 14 pixels long; the input changed in place.",
        new[]
        {
            // Pixel k = 28i + j of image m holds k + 1000m; block (r, c) averages k over i = 2r, 2r+1 and j = 2c, 2c+1:
            // (28·2r + 2c) + (0 + 1 + 28 + 29) / 4 = 56r + 2c + 14.5.
            new CheckCase("pixel k of image m holds k + 1000m (2 images): pooled (r, c) = 56r + 2c + 14.5 + 1000m", () =>
            {
                var images = Matrix<double>.Build.Dense(Side * Side, 2, (k, m) => k + 1000.0 * m);
                var expected = Matrix<double>.Build.Dense(Half * Half, 2, (p, m) => 56 * (p / Half) + 2 * (p % Half) + 14.5 + 1000 * m);
                return Pooled(pool, images, expected);
            }),
            // A checkerboard (pixel (i, j) is 1 where i + j is odd) puts two ones in every 2 × 2 block: each pooled pixel is 0.5.
            new CheckCase("a checkerboard, pixel (i, j) = 1 where i + j is odd: every pooled pixel is 0.5", () =>
            {
                var images = Matrix<double>.Build.Dense(Side * Side, 1, (k, _) => (k / Side + k % Side) % 2);
                return Pooled(pool, images, Matrix<double>.Build.Dense(Half * Half, 1, 0.5));
            }),
            // One lit pixel, (27, 26) of the 28 × 28 image, falls in block (13, 13): a quarter there, zero elsewhere.
            new CheckCase("one lit pixel at (27, 26): pooled (13, 13) = 0.25, every other pooled pixel 0", () =>
            {
                var images = Matrix<double>.Build.Dense(Side * Side, 1);
                images[Side * 27 + 26, 0] = 1;
                var expected = Matrix<double>.Build.Dense(Half * Half, 1);
                expected[Half * 13 + 13, 0] = 0.25;
                return Pooled(pool, images, expected);
            }),
        });

    private static IEnumerable<Comparison> Pooled(Func<Matrix<double>, Matrix<double>> pool, Matrix<double> images, Matrix<double> expected)
    {
        var given = images.Clone();
        var pooled = pool(images);
        return new[]
        {
            new Comparison("AveragePool(images)", expected, pooled, 1e-12),
            new Comparison("images after the call (unchanged)", given, images, 0),
        };
    }
}
