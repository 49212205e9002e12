using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Optimizers;

public class ExponentiallyWeightedAverageTests
{
    [Fact]
    public void Averages_by_hand()
    {
        // β = 0.5: v1 = 0.5·10 = 5, v2 = 0.5·5 + 0.5·20 = 12.5, v3 = 0.5·12.5 + 0.5·30 = 21.25;
        // corrected: 5/0.5 = 10, 12.5/0.75 = 16.666…, 21.25/0.875 = 24.285714….
        Assert.Equal(new[] { 5.0, 12.5, 21.25 }, ExponentiallyWeightedAverage.Of(new[] { 10.0, 20, 30 }, 0.5));
        var corrected = ExponentiallyWeightedAverage.Of(new[] { 10.0, 20, 30 }, 0.5, biasCorrection: true);
        Assert.Equal(3, corrected.Length);
        Assert.Equal(10.0, corrected[0], 14);
        Assert.Equal(50.0 / 3, corrected[1], 14);
        Assert.Equal(170.0 / 7, corrected[2], 14);
    }

    [Fact]
    public void Bias_correction_removes_the_start_at_zero_on_a_constant_series()
    {
        var constant = Enumerable.Repeat(25.0, 50).ToArray();
        var raw = ExponentiallyWeightedAverage.Of(constant, 0.98);
        var corrected = ExponentiallyWeightedAverage.Of(constant, 0.98, biasCorrection: true);
        Assert.All(corrected, v => Assert.Equal(25.0, v, 12));
        Assert.Equal(0.5, raw[0], 12); // (1 − β)·θ1: far too small at the start.
        Assert.Equal(25 * (1 - Math.Pow(0.98, 50)), raw[^1], 12);
    }

    [Fact]
    public void The_running_average_reports_value_count_and_window()
    {
        var average = new ExponentiallyWeightedAverage(0.9);
        Assert.Equal(0.0, average.Corrected);
        Assert.Equal(10.0, average.Window, 12);
        average.Add(4.0);
        Assert.Equal((1, 0.4, 4.0), (average.Count, Math.Round(average.Value, 15), Math.Round(average.Corrected, 15)));
        Assert.Contains("finite", Assert.Throws<ArgumentException>(() => average.Add(double.NaN)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentiallyWeightedAverage(1.0));
    }

    [Fact]
    public void Smoothing_a_cost_curve_keeps_the_iterations()
    {
        var costs = new[] { new CostPoint(0, 1.0), new CostPoint(10, 3.0) };
        var smoothed = ExponentiallyWeightedAverage.Smooth(costs, 0.5);
        Assert.Equal(new[] { 0, 10 }, smoothed.Select(p => p.Iteration));
        // v1 = 0.5 → 1.0 corrected; v2 = 0.25 + 1.5 = 1.75 → 1.75/0.75.
        Assert.Equal(1.0, smoothed[0].Cost, 15);
        Assert.Equal(1.75 / 0.75, smoothed[1].Cost, 15);
    }
}
