using NotebookKit.Plots;

namespace NotebookKit.Tests.Plots;

/// <summary>The optional settings of the chart functions: a fixed cost range, the axis titles of a plane, steps, search rounds.</summary>
public class PlotOptionTests
{
    [Fact]
    public void A_cost_range_fixes_the_cost_axis_and_keeps_the_raw_curve()
    {
        var noisy = Series.Of("SGD", new[] { 0.7, 3.5, 0.4, 0.02, 2.9, 0.3 });
        var (data, layout) = ChartJson.Of(LineCharts.CostCurves(new[] { noisy }, "Cost", smoothing: 2, yRange: (0, 1)));
        Assert.Equal(new[] { 0.0, 1.0 }, layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(3.5, data[0].GetProperty("y")[1].GetDouble());
        var (_, free) = ChartJson.Of(LineCharts.CostCurves(new[] { noisy }, "Cost"));
        Assert.False(free.GetProperty("yaxis").TryGetProperty("range", out _));
    }

    [Fact]
    public void A_cost_range_on_a_log_axis_or_upside_down_is_refused()
    {
        var curve = Series.Of("a", new[] { 1.0, 0.5 });
        Assert.Throws<ArgumentException>(() => LineCharts.CostCurves(new[] { curve }, "Cost", logY: true, yRange: (0.1, 1)));
        Assert.Throws<ArgumentException>(() => LineCharts.CostCurves(new[] { curve }, "Cost", yRange: (1, 0)));
    }

    [Fact]
    public void Optimizer_paths_name_their_axes_after_the_parameters()
    {
        var path = new Series("GD", new[] { -1.5, 0.3 }, new[] { 1.5, -0.5 });
        var (_, named) = ChartJson.Of(OptimizerPaths.Plot((w1, w2) => w1 * w1 + w2 * w2, new[] { path }, (-2, 2), (-2, 2), "J(w₁, w₂)", resolution: 11, xTitle: "w₁", yTitle: "w₂"));
        Assert.Equal("w₁", named.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("w₂", named.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        var (_, plain) = ChartJson.Of(OptimizerPaths.Plot((x, y) => x * x + y * y, new[] { path }, (-2, 2), (-2, 2), "f", resolution: 11));
        Assert.Equal("x", plain.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void A_schedule_drawn_as_steps_holds_each_rate_until_the_next_point()
    {
        var staircase = Series.Of("staircase", new[] { 0.1, 0.1, 0.05 });
        var (steps, _) = ChartJson.Of(LineCharts.LearningRateSchedule(new[] { staircase }, "Rate", steps: true));
        Assert.Equal("hv", steps[0].GetProperty("line").GetProperty("shape").GetString());
        var (ramps, _) = ChartJson.Of(LineCharts.LearningRateSchedule(new[] { staircase }, "Rate"));
        Assert.False(ramps[0].GetProperty("line").TryGetProperty("shape", out _));
    }

    [Fact]
    public void Search_rounds_share_one_score_scale_with_a_marker_each_and_the_best_trial_starred()
    {
        Trial[] first = [new(0.1, 0.01, 0.80), new(0.5, 0.1, 0.95)], second = [new(0.3, 0.05, 0.97)];
        var (data, _) = ChartJson.Of(SearchScatter.PlotGroups([("round 1", first), ("round 2", second)], "α", "λ", "dev accuracy", "Coarse to fine"));
        Assert.Equal(["circle", "diamond"], data.EnumerateArray().Take(2).Select(trace => trace.GetProperty("marker").GetProperty("symbol").GetString()));
        Assert.All(data.EnumerateArray().Take(2), trace => Assert.Equal((0.80, 0.97), (trace.GetProperty("marker").GetProperty("cmin").GetDouble(), trace.GetProperty("marker").GetProperty("cmax").GetDouble())));
        Assert.Equal("best (dev accuracy = 0.97)", data[2].GetProperty("name").GetString());
        Assert.Equal(0.3, data[2].GetProperty("x")[0].GetDouble());
    }
}
