using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Plots;

namespace NotebookKit.Tests.Plots;

/// <summary>Notebook 10's charts: the mean and spread of several seeds, and images before and after pooling.</summary>
public class SpreadAndImageTests
{
    [Fact]
    public void Mean_and_spread_draw_a_band_from_the_lowest_to_the_highest_run_and_the_mean_inside_it()
    {
        var runs = new[] { Series.Of("a", new[] { 1.0, 3, 2 }), Series.Of("a", new[] { 3.0, 1, 4 }) };
        var (data, layout) = ChartJson.Of(LineCharts.MeanAndSpread(new[] { ("Adam", (IReadOnlyList<Series>)runs) }, "Loss", "iteration", "loss", logY: true));

        Assert.Equal(2, data.GetArrayLength()); // the band, then the mean
        Assert.Equal("toself", data[0].GetProperty("fill").GetString());
        // Highest forwards, lowest backwards: a closed outline around the runs (by hand: max 3, 3, 4 and min 2, 1, 1).
        Assert.Equal(new[] { 3.0, 3, 4, 2, 1, 1 }, data[0].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(new[] { 2.0, 2, 3 }, data[1].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("Adam, mean of 2", data[1].GetProperty("name").GetString());
        Assert.Equal("log", layout.GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void Mean_and_spread_smooth_each_run_before_averaging()
    {
        var runs = new[] { Series.Of("a", new[] { 1.0, 3 }), Series.Of("a", new[] { 3.0, 5 }) };
        var (data, _) = ChartJson.Of(LineCharts.MeanAndSpread(new[] { ("SGD", (IReadOnlyList<Series>)runs) }, "Loss", "iteration", "loss", smoothing: 2));
        // By hand: the runs smooth to [1, 2] and [3, 4]; their mean is [2, 3].
        Assert.Equal(new[] { 2.0, 3 }, data[1].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public void Runs_of_different_lengths_are_refused()
    {
        var runs = new[] { Series.Of("a", new[] { 1.0, 2 }), Series.Of("a", new[] { 1.0 }) };
        Assert.Throws<ArgumentException>(() => LineCharts.MeanAndSpread(new[] { ("SGD", (IReadOnlyList<Series>)runs) }, "Loss", "iteration", "loss"));
    }

    [Fact]
    public void An_image_grid_enlarges_a_small_image_by_repeating_its_pixels_and_leaves_a_gap()
    {
        var large = Matrix<double>.Build.Dense(4, 4, (r, c) => r * 4 + c);
        var small = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } });
        var (data, layout) = ChartJson.Of(ImageGrid.Plot(new[] { new[] { large, small } }, new[] { "before", "after" }, new[] { "row" }, "Pooling", full: 15));

        var z = data[0].GetProperty("z");
        Assert.Equal(4, z.GetArrayLength()); // one row of 4 × 4 cells
        Assert.Equal(10, z[0].GetArrayLength()); // 4 + a gap of 2 + 4
        Assert.Equal(5.0, z[1][1].GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, z[0][4].ValueKind);
        Assert.Equal(new[] { 1.0, 1, 2, 2 }, Enumerable.Range(6, 4).Select(x => z[0][x].GetDouble()));
        Assert.Equal(new[] { 3.0, 3, 4, 4 }, Enumerable.Range(6, 4).Select(x => z[3][x].GetDouble()));
        Assert.Equal("reversed", layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal(new[] { "before", "after" }, layout.GetProperty("xaxis").GetProperty("ticktext").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void An_image_grid_refuses_an_image_whose_side_does_not_divide_the_largest()
    {
        var large = Matrix<double>.Build.Dense(4, 4);
        var odd = Matrix<double>.Build.Dense(3, 3);
        Assert.Throws<ArgumentException>(() => ImageGrid.Plot(new[] { new[] { large, odd } }, new[] { "a", "b" }, new[] { "row" }, "Pooling"));
    }
}
