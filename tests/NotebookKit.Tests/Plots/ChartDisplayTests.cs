using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Plots;

namespace NotebookKit.Tests.Plots;

/// <summary>What a notebook's setup cell shows for a chart: plotly's figure JSON, and HTML for frontends without a plotly renderer.</summary>
public class ChartDisplayTests
{
    private static readonly Series Curve = new("loss</script>", new[] { 0.0, 1.0 }, new[] { 0.6931471805599453, 1.234567890123e-9 });

    [Fact]
    public void The_figure_has_the_titles_plotly_js_2_expects_and_none_of_XPlot_s_own_keys()
    {
        var json = ChartDisplay.PlotlyJson(LineCharts.Lines(new[] { Curve }, "Cost", "iteration", "cost"));
        var layout = JsonDocument.Parse(json).RootElement.GetProperty("layout");

        Assert.Equal("Cost", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("iteration", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("cost", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.DoesNotContain("\"_", json); // XPlot's axes carry _isSubplotObj
        Assert.Equal(440, layout.GetProperty("height").GetInt32());
        Assert.False(layout.TryGetProperty("width", out _)); // autosize: the page's column decides
    }

    [Fact]
    public void Numbers_keep_six_significant_digits()
    {
        var y = JsonDocument.Parse(ChartDisplay.PlotlyJson(LineCharts.Lines(new[] { Curve }, "Cost", "iteration", "cost")))
            .RootElement.GetProperty("data")[0].GetProperty("y");

        Assert.Equal("0.693147", y[0].GetRawText());
        Assert.Equal(1.23457e-9, y[1].GetDouble());
    }

    [Fact]
    public void The_HTML_draws_the_same_figure_and_no_label_can_end_its_script()
    {
        var chart = LineCharts.Lines(new[] { Curve }, "Cost", "iteration", "cost");

        var html = ChartDisplay.Html(chart);

        Assert.DoesNotContain("loss</script>", html);
        Assert.Single(Regex.Matches(html, "</script>"));
        var figure = Regex.Match(html, @"var figure = (.*);\n").Groups[1].Value;
        Assert.Equal(JsonNode.Parse(ChartDisplay.PlotlyJson(chart))!["data"]!.ToJsonString(), JsonNode.Parse(figure)!["data"]!.ToJsonString());
        Assert.Contains($"cdn.plot.ly/plotly-{ChartDisplay.PlotlyJsVersion}.min", html);
    }

    [Fact]
    public void Each_HTML_display_draws_into_a_box_of_its_own()
    {
        var chart = LineCharts.Lines(new[] { Curve }, "Cost", "iteration", "cost");

        Assert.NotEqual(Regex.Match(ChartDisplay.Html(chart), "id=\"([^\"]+)\"").Value, Regex.Match(ChartDisplay.Html(chart), "id=\"([^\"]+)\"").Value);
    }

    [Fact]
    public void Outside_a_Jupyter_kernel_the_plotly_JSON_comes_first_and_HTML_is_the_fallback() =>
        Assert.Equal(new[] { ChartDisplay.PlotlyMimeType, "text/html" }, ChartDisplay.MimeTypes);

    [Fact]
    public void Pictures_of_the_plane_keep_one_unit_of_x_as_long_as_one_of_y()
    {
        var (_, layout) = ChartJson.Of(OptimizerPaths.Plot((x, y) => x * x + y * y, Array.Empty<Series>(), (-2, 2), (-1, 1), "x² + y²", resolution: 5));

        Assert.Equal("x", layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        Assert.Equal(1, layout.GetProperty("yaxis").GetProperty("scaleratio").GetDouble());
        Assert.Equal("domain", layout.GetProperty("xaxis").GetProperty("constrain").GetString());
    }
}
