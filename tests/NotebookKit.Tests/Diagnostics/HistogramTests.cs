using NotebookKit.Diagnostics;
using NotebookKit.Tests.Reference;

namespace NotebookKit.Tests.Diagnostics;

/// <summary>Against <c>np.histogram</c> (numpy 1.24.2, tests/reference/make_numpy_reference.py), on values that include the edges.</summary>
public class HistogramTests
{
    [Fact]
    public void Counts_and_edges_match_numpy()
    {
        var reference = ReferenceValues.Root.GetProperty("histograms");
        double[] values = reference.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        foreach (var c in reference.GetProperty("cases").EnumerateArray())
        {
            double min = c.GetProperty("min").GetDouble(), max = c.GetProperty("max").GetDouble();
            var histogram = Histogram.Of(values, c.GetProperty("bins").GetInt32(), min, max);
            Assert.Equal(c.GetProperty("edges").EnumerateArray().Select(v => v.GetDouble()), histogram.Edges);
            Assert.Equal(c.GetProperty("counts").EnumerateArray().Select(v => v.GetInt64()), histogram.Counts);
            Assert.Equal(values.Count(v => v < min || v > max), histogram.Outside);
        }
    }

    [Fact]
    public void Centers_lie_between_edges_and_series_plot_counts()
    {
        var histogram = Histogram.Of(new[] { 0.0, 0.5, 1.0 }, 2, 0, 1);
        Assert.Equal(new[] { 0.25, 0.75 }, histogram.Centers);
        Assert.Equal(new long[] { 1, 2 }, histogram.Counts);
        var series = histogram.ToSeries("layer 1");
        Assert.Equal(new[] { 1.0, 2.0 }, series.Y);
    }

    [Fact]
    public void A_bad_range_is_refused()
    {
        Assert.Contains("min < max", Assert.Throws<ArgumentOutOfRangeException>(() => Histogram.Of(new[] { 1.0 }, 3, 1, 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Histogram.Of(new[] { 1.0 }, 0, 0, 1));
    }
}
