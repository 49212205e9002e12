using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

public class PolyakAverageTests
{
    private static IReadOnlyList<Parameter> Iterate(double a, double b) =>
        new[] { new Parameter("W1", ParameterKind.Weight, Matrix<double>.Build.DenseOfArray(new[,] { { a, b } })) };

    [Fact]
    public void The_uniform_mean_weighs_every_iterate_alike()
    {
        // By hand: the mean of (1, 0), (2, 3), (6, −3) is (3, 0).
        var average = new PolyakAverage();
        foreach (var (a, b) in new[] { (1.0, 0.0), (2.0, 3.0), (6.0, -3.0) })
        {
            average.Add(Iterate(a, b));
        }
        Assert.Equal(new[] { 3.0, 0.0 }, average.Parameters["W1"].ToRowMajorArray());
        Assert.Null(average.Decay);
    }

    [Fact]
    public void The_decaying_average_starts_at_the_first_iterate_and_forgets_geometrically()
    {
        // By hand with β = 0.5: θ̄1 = 4; θ̄2 = 0.5·4 + 0.5·0 = 2; θ̄3 = 0.5·2 + 0.5·8 = 5.
        var average = new PolyakAverage(decay: 0.5);
        foreach (double theta in new[] { 4.0, 0.0, 8.0 })
        {
            average.Add(Iterate(theta, 2 * theta));
        }
        Assert.Equal(new[] { 5.0, 10.0 }, average.Parameters["W1"].ToRowMajorArray());
        Assert.Equal(3, average.Count);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void A_decay_outside_zero_to_one_is_refused(double decay)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PolyakAverage(decay));
        Assert.Contains("[0, 1)", error.Message);
    }
}
