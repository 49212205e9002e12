using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// Notebook 10's 2 × 2 average pooling: the check passes the solution and rejects, by name, the wrong versions a
/// student plausibly writes. Its expected values are derived by hand from each input's formula (PoolingExercises).
/// </summary>
public class PoolingExercisesTests
{
    private static readonly Dictionary<string, Func<Matrix<double>, Matrix<double>>> Mistakes = new()
    {
        ["the top-left pixel of each block instead of the mean"] = x => Pool(x, (r, c) => new[] { (2 * r, 2 * c) }),
        ["the sum of the block instead of the mean"] = x => Pool(x, Block) * 4,
        ["rows and columns swapped"] = x => Pool(x, (r, c) => Block(c, r)),
        ["a stride of 1 between blocks"] = x => Pool(x, (r, c) => new[] { (r, c), (r, c + 1), (r + 1, c), (r + 1, c + 1) }),
        ["the block one pixel down and right"] = x => Pool(x, (r, c) => new[] { (2 * r + 1, 2 * c + 1), (2 * r + 1, 2 * c + 2), (2 * r + 2, 2 * c + 1), (2 * r + 2, 2 * c + 2) }),
        ["a 28 × 28 row taken as 14 pixels long"] = x => Matrix<double>.Build.Dense(196, x.ColumnCount, (p, m) =>
        {
            int r = 2 * (p / 14), c = 2 * (p % 14);
            return (x[14 * r + c, m] + x[14 * r + c + 1, m] + x[14 * (r + 1) + c, m] + x[14 * (r + 1) + c + 1, m]) / 4;
        }),
        ["two diagonal pixels of each block"] = x => Pool(x, (r, c) => new[] { (2 * r, 2 * c), (2 * r + 1, 2 * c + 1) }),
        ["the first 196 pixels, no pooling"] = x => x.SubMatrix(0, 196, 0, x.ColumnCount),
        ["the images scaled by ¼ in place, then summed"] = x =>
        {
            x.Multiply(0.25, x);
            return Pool(x, Block) * 4;
        },
    };

    public static IEnumerable<object[]> MistakeNames => Mistakes.Keys.Select(name => new object[] { name });

    [Fact]
    public void The_solution_passes() => PoolingExercises.CheckAveragePool(x => Pool(x, Block));

    [Theory]
    [MemberData(nameof(MistakeNames))]
    public void The_check_rejects(string mistake) =>
        Assert.Throws<ExerciseFailedException>(() => PoolingExercises.CheckAveragePool(Mistakes[mistake]));

    [Fact]
    public void The_hint_names_mistakes_without_the_solution_line()
    {
        var error = Assert.Throws<ExerciseFailedException>(() => PoolingExercises.CheckAveragePool(Mistakes["rows and columns swapped"]));
        Assert.Contains("Hint: look for", error.Message);
        Assert.DoesNotContain("28 * r", error.Message);
    }

    [Fact]
    public void A_missing_solution_is_reported_as_not_implemented() =>
        Assert.Throws<ExerciseNotImplementedException>(() => PoolingExercises.CheckAveragePool(_ => throw new NotImplementedException()));

    private static (int Row, int Column)[] Block(int r, int c) => new[] { (2 * r, 2 * c), (2 * r, 2 * c + 1), (2 * r + 1, 2 * c), (2 * r + 1, 2 * c + 1) };

    /// <summary>Pooled pixel (r, c) is the mean of the 28 × 28 pixels <paramref name="block"/> names; out of range counts 0.</summary>
    private static Matrix<double> Pool(Matrix<double> x, Func<int, int, (int Row, int Column)[]> block) =>
        Matrix<double>.Build.Dense(196, x.ColumnCount, (p, m) => block(p / 14, p % 14)
            .Average(pixel => pixel.Row < 28 && pixel.Column < 28 ? x[28 * pixel.Row + pixel.Column, m] : 0));
}
