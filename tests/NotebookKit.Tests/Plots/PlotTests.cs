using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Plots;

namespace NotebookKit.Tests.Plots;

public class PlotTests
{
    [Fact]
    public void Moving_average_starts_at_the_first_point_and_trails_by_the_window()
    {
        // Hand derivation: window 2 over [1, 2, 3, 4] → [1, 1.5, 2.5, 3.5].
        var smoothed = Series.Of("cost", new double[] { 1, 2, 3, 4 }).Smoothed(2);
        Assert.Equal(new[] { 1, 1.5, 2.5, 3.5 }, smoothed.Y);
        Assert.Contains("moving average of 2", smoothed.Name);
    }

    [Fact]
    public void A_recorded_cost_curve_becomes_a_series_by_iteration()
    {
        var series = Series.Of("He", new[] { new NotebookKit.Training.CostPoint(0, 0.88), new NotebookKit.Training.CostPoint(1000, 0.69) });
        Assert.Equal(new[] { 0.0, 1000 }, series.X);
        Assert.Equal(new[] { 0.88, 0.69 }, series.Y);
    }

    [Fact]
    public void Cost_curves_put_every_run_on_one_chart_with_titles_legend_and_log_axis()
    {
        var runs = new[] { Series.Of("He", new[] { 0.9, 0.5, 0.2 }), Series.Of("zeros", new[] { 0.69, 0.69, 0.69 }) };
        var (data, layout) = ChartJson.Of(LineCharts.CostCurves(runs, "Cost by initialization", logY: true, smoothing: 2));
        Assert.Equal(4, data.GetArrayLength()); // faint raw curve + smoothed curve per run
        Assert.Equal("Cost by initialization", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("iteration", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("log", layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.True(layout.GetProperty("showlegend").GetBoolean());
        Assert.Equal(data[0].GetProperty("line").GetProperty("color").GetString(), data[1].GetProperty("line").GetProperty("color").GetString());
    }

    [Fact]
    public void Lines_can_put_either_axis_on_a_log_scale()
    {
        var curve = new Series("error", new[] { 1e-8, 1e-4 }, new[] { 1e-9, 1e-5 });
        var (_, layout) = ChartJson.Of(LineCharts.Lines(new[] { curve }, "Error against ε", "ε", "error", logY: true, logX: true));
        Assert.Equal("log", layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("log", layout.GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void Lines_can_start_the_vertical_axis_at_zero()
    {
        var curve = new Series("‖W‖", new[] { 0.0, 1 }, new[] { 23.0, 28.0 });
        var (_, layout) = ChartJson.Of(LineCharts.Lines(new[] { curve }, "Size of W", "epoch", "‖W‖", yFromZero: true));
        Assert.Equal("tozero", layout.GetProperty("yaxis").GetProperty("rangemode").GetString());
        var (_, plain) = ChartJson.Of(LineCharts.Lines(new[] { curve }, "Size of W", "epoch", "‖W‖"));
        Assert.False(plain.GetProperty("yaxis").TryGetProperty("rangemode", out _));
    }

    [Fact]
    public void Decision_boundary_grid_reaches_the_padding_beyond_the_data()
    {
        // Data span x₁ ∈ [−1, 2], x₂ ∈ [0, 1]; padding 0.1 gives a grid from −1.1 to 2.1 and from −0.1 to 1.1 (by hand).
        var x = Matrix<double>.Build.DenseOfArray(new double[,] { { -1, 1, 2 }, { 0, 0, 1 } });
        var y = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1, 1 } });
        var (data, _) = ChartJson.Of(DecisionBoundary.Plot(points => points.Row(0).Map(v => v > 0 ? 1.0 : 0.0).ToRowMatrix(), x, y, "zoomed", resolution: 5, padding: 0.1));
        var xs = data[0].GetProperty("x").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var ys = data[0].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(-1.1, xs.Min(), 12);
        Assert.Equal(2.1, xs.Max(), 12);
        Assert.Equal(-0.1, ys.Min(), 12);
        Assert.Equal(1.1, ys.Max(), 12);
    }

    [Fact]
    public void Lines_draw_the_first_series_faint_when_asked()
    {
        var runs = new[] { Series.Of("θ_t", new[] { 0.9, 0.1, 0.8 }), Series.Of("mean", new[] { 0.9, 0.5, 0.6 }) };
        var (data, _) = ChartJson.Of(LineCharts.Lines(runs, "Dev cost", "step", "cost", faint: 1));
        Assert.Equal(0.3, data[0].GetProperty("opacity").GetDouble());
        Assert.Equal(1.0, data[1].GetProperty("opacity").GetDouble());
    }

    [Fact]
    public void A_chart_without_a_title_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LineCharts.CostCurves(new[] { Series.Of("a", new[] { 1.0 }) }, " "));
    }

    [Fact]
    public void Decision_boundary_colours_the_grid_by_prediction_and_the_examples_by_class()
    {
        var x = Matrix<double>.Build.DenseOfArray(new double[,] { { -1, 1, 2 }, { 0, 0, 1 } });
        var y = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1, 1 } });
        var chart = DecisionBoundary.Plot(points => points.Row(0).Map(v => v > 0 ? 1.0 : 0.0).ToRowMatrix(), x, y, "x₁ > 0", resolution: 5);
        var (data, _) = ChartJson.Of(chart);
        var z = data[0].GetProperty("z");
        Assert.Equal(5, z.GetArrayLength());
        // Grid x runs over [−2, 3] in 5 steps: −2, −0.75, 0.5, 1.75, 3 → predictions 0, 0, 1, 1, 1 on every row.
        Assert.Equal(new[] { 0.0, 0, 1, 1, 1 }, z[0].EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(1, data[1].GetProperty("x").GetArrayLength());
        Assert.Equal(2, data[2].GetProperty("x").GetArrayLength());
    }

    [Fact]
    public void Decision_boundary_needs_two_features()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            DecisionBoundary.Plot(p => p, Matrix<double>.Build.Dense(3, 4), Matrix<double>.Build.Dense(1, 4), "t"));
        Assert.Contains("(3, 4)", error.Message);
        Assert.Throws<ArgumentException>(() => ClassScatter.Plot(Matrix<double>.Build.Dense(2, 4), Matrix<double>.Build.Dense(1, 3), "t"));
    }

    [Fact]
    public void Histograms_sit_side_by_side_on_their_own_axes()
    {
        var panels = Enumerable.Range(1, 3).Select(l => new Series($"layer {l}", new[] { 0.25, 0.75 }, new[] { 10.0, 20 })).ToList();
        var (data, layout) = ChartJson.Of(Histograms.SideBySide(panels, "Activations"));
        Assert.Equal(new[] { "x", "x2", "x3" }, data.EnumerateArray().Select(t => t.GetProperty("xaxis").GetString()));
        Assert.True(layout.TryGetProperty("xaxis3", out var third));
        Assert.Equal(2.0 / 3 + 0.02, third.GetProperty("domain")[0].GetDouble(), 6); // a chart keeps 6 significant digits
        Assert.Equal("layer 3: activation", third.GetProperty("title").GetProperty("text").GetString());
        Assert.False(layout.TryGetProperty("xaxis4", out _));
        Assert.False(layout.TryGetProperty("yaxis2", out _));
        Assert.Throws<ArgumentException>(() => Histograms.SideBySide(Enumerable.Repeat(panels[0], 9).ToList(), "too many"));
    }

    [Fact]
    public void Five_histograms_wrap_into_two_rows_on_one_count_scale()
    {
        // 03's five layers: rows of three, so no panel is wider than the page allows; the second row follows the first's scale.
        var panels = Enumerable.Range(1, 5).Select(l => new Series($"layer {l}", new[] { 0.25, 0.75 }, new[] { 10.0, 20 })).ToList();
        var chart = Histograms.SideBySide(panels, "Activations");
        var (data, layout) = ChartJson.Of(chart);
        Assert.Equal(new[] { "y", "y", "y", "y2", "y2" }, data.EnumerateArray().Select(t => t.GetProperty("yaxis").GetString()));
        var fifth = layout.GetProperty("xaxis5");
        Assert.Equal("y2", fifth.GetProperty("anchor").GetString());
        Assert.Equal(2.0 / 3 - 0.02, fifth.GetProperty("domain")[1].GetDouble(), 6); // second column of row 2, as wide as the panels above
        Assert.Equal("y", layout.GetProperty("yaxis2").GetProperty("matches").GetString());
        Assert.Equal("x4", layout.GetProperty("yaxis2").GetProperty("anchor").GetString());
        Assert.True(layout.GetProperty("yaxis").GetProperty("domain")[0].GetDouble() > layout.GetProperty("yaxis2").GetProperty("domain")[1].GetDouble());
        Assert.True(chart.Width <= 640);
    }

    [Fact]
    public void Log_axes_write_exponents_as_powers_of_ten_and_charts_ask_to_fit_their_container()
    {
        var curve = new Series("error", new[] { 1e-8, 1e-4 }, new[] { 1e-9, 1e-5 });
        var chart = LineCharts.Lines(new[] { curve }, "Error against ε", "ε", "error", logY: true, logX: true);
        var (_, layout) = ChartJson.Of(chart);
        Assert.Equal("power", layout.GetProperty("xaxis").GetProperty("exponentformat").GetString());
        Assert.Equal("power", layout.GetProperty("yaxis").GetProperty("exponentformat").GetString());
        Assert.True(layout.GetProperty("autosize").GetBoolean());
        Assert.Equal("h", layout.GetProperty("legend").GetProperty("orientation").GetString()); // below the axes: names never cut
        Assert.False(layout.TryGetProperty("width", out _));
        Assert.True(chart.Width <= 640); // where a display fixes the width, it still fits a page at 800 px
        var (_, search) = ChartJson.Of(SearchScatter.Plot(new[] { new Trial(1e-4, 1e-8, 0.5) }, "α", "ε", "dev accuracy", "Search"));
        Assert.Equal("power", search.GetProperty("xaxis").GetProperty("exponentformat").GetString());
        var (_, linear) = ChartJson.Of(LineCharts.Lines(new[] { curve }, "Error against ε", "ε", "error"));
        Assert.Equal("none", linear.GetProperty("yaxis").GetProperty("exponentformat").GetString()); // 3000, not 3k
    }

    [Fact]
    public void Optimizer_paths_are_drawn_over_contours_with_the_minimum_marked()
    {
        var path = new Series("SGD", new[] { -7.0, -6.3 }, new[] { 2.0, -1.8 });
        var (data, layout) = ChartJson.Of(OptimizerPaths.Plot((x, y) => x * x / 20 + y * y, new[] { path }, (-10, 10), (-5, 5), "f = x²/20 + y²", minimum: (0, 0), resolution: 11));
        Assert.Equal("contour", data[0].GetProperty("type").GetString());
        // Grid point (x = 10, y = 5) is the last entry of the last row: 100/20 + 25 = 30.
        Assert.Equal(30.0, data[0].GetProperty("z")[10][10].GetDouble(), 12);
        Assert.Equal("SGD", data[1].GetProperty("name").GetString());
        Assert.Equal("minimum", data[2].GetProperty("name").GetString());
        Assert.Equal("f = x²/20 + y²", layout.GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Search_scatter_uses_log_axes_and_marks_the_best_trial()
    {
        var trials = new[] { new Trial(1e-4, 0.9, 0.7), new Trial(1e-2, 0.99, 0.93), new Trial(1e-1, 0.999, 0.5) };
        var (data, layout) = ChartJson.Of(SearchScatter.Plot(trials, "learning rate α", "β", "dev accuracy", "Random search"));
        Assert.Equal("log", layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal(1e-2, data[1].GetProperty("x")[0].GetDouble());
        Assert.Contains("0.93", data[1].GetProperty("name").GetString());
    }

    [Fact]
    public void A_long_curve_is_thinned_to_each_bucket_s_lowest_and_highest_point()
    {
        // Hand derivation: 10 points, at most 4 kept → buckets of ⌈10 / 2⌉ = 5: [0..4] keeps its low at 3 (y = −1) and
        // its high at 1 (y = 9); [5..9] its low at 9 (y = 0) and its high at 6 (y = 8); the first point (0) stays too.
        var y = new double[] { 5, 9, 4, -1, 3, 2, 8, 1, 1, 0 };

        var thinned = Series.Of("noisy", y).Thinned(4);

        Assert.Equal(new double[] { 0, 1, 3, 6, 9 }, thinned.X);
        Assert.Equal(new double[] { 5, 9, -1, 8, 0 }, thinned.Y);
        Assert.Same(thinned, thinned.Thinned(5));
    }

    [Fact]
    public void Line_charts_draw_at_most_about_MaxPoints_points_per_curve()
    {
        var noisy = Series.Of("SGD", Enumerable.Range(0, 10_000).Select(i => Math.Sin(i) + i * 1e-3));

        var (data, _) = ChartJson.Of(LineCharts.CostCurves(new[] { noisy }, "Cost"));

        Assert.InRange(data[0].GetProperty("y").GetArrayLength(), LineCharts.MaxPoints / 2, LineCharts.MaxPoints + 2);
        Assert.Equal(9999, data[0].GetProperty("x")[data[0].GetProperty("x").GetArrayLength() - 1].GetDouble());
    }
}

