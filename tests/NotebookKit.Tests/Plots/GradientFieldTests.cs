using NotebookKit.Optimizers;
using NotebookKit.Plots;

namespace NotebookKit.Tests.Plots;

public class GradientFieldTests
{
    [Fact]
    public void Arrows_point_down_the_gradient_over_the_contours()
    {
        var bowl = Surface.IsotropicBowl;
        var (data, layout) = ChartJson.Of(GradientField.Plot(bowl.F, bowl.Gradient, (-2, 2), (-2, 2), "−∇f on x² + y²", minimum: (0, 0), arrowsPerAxis: 2));
        Assert.Equal(3, data.GetArrayLength()); // contours, arrows, minimum
        Assert.Equal("contour", data[0].GetProperty("type").GetString());
        var xs = data[1].GetProperty("x");
        var ys = data[1].GetProperty("y");
        // The first arrow starts at the centre of the first cell, (−1, −1), and points at the origin: its tip is 0.8 cells
        // (1.6 units) along (1, 1)/√2. Each arrow is a shaft and two head strokes, each segment three entries (two ends, a gap).
        Assert.Equal(4 * 3 * 3, xs.GetArrayLength());
        Assert.Equal(-1, xs[0].GetDouble(), 6); // a chart keeps 6 significant digits
        Assert.Equal(-1 + 1.6 / Math.Sqrt(2), xs[1].GetDouble(), 6);
        Assert.Equal(-1 + 1.6 / Math.Sqrt(2), ys[1].GetDouble(), 6);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, xs[2].ValueKind);
        Assert.Equal("−∇f on x² + y²", layout.GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Too_many_arrows_are_refused()
    {
        var bowl = Surface.IsotropicBowl;
        Assert.Throws<ArgumentOutOfRangeException>(() => GradientField.Plot(bowl.F, bowl.Gradient, (-2, 2), (-2, 2), "t", arrowsPerAxis: 100));
    }
}
