using System.Text.Json.Nodes;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Kernel;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// Charts: XPlot.Plotly.Interactive is not on this machine's package source, so the runner substitutes XPlot.Plotly
/// and its own chart formatter, says so once, and every chart carries its plotly JSON beside its HTML.
/// </summary>
public sealed class PlotlyDisplayTests : IDisposable
{
    private const string Chart = "XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Scatter { x = new[] { 1, 2 }, y = new[] { 2.5, 1 }, name = \"loss</script>\" })";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Where_XPlot_Plotly_Interactive_cannot_be_restored_XPlot_Plotly_and_the_same_display_stand_in_and_the_run_says_so_once()
    {
        var progress = new Notices();
        var runner = new NotebookRunner(new RunOptions());
        var notebook = new NotebookBuilder().Code(Setup.NuGetLines).Code(Chart);

        var first = await runner.RunAsync(notebook.Document(folder.File("first.ipynb")), progress);
        var second = await runner.RunAsync(notebook.Document(folder.File("second.ipynb")), progress);

        Assert.True(first.Succeeded, first.FailureMessage);
        Assert.True(second.Succeeded, second.FailureMessage);
        Assert.Equal("#r \"nuget: XPlot.Plotly.Interactive, 4.1.0\"", first.Executed.Cells[0].Source.Split('\n')[2]);
        var notice = Assert.Single(progress.Messages);
        Assert.StartsWith("XPlot.Plotly.Interactive could not be restored", notice);
        foreach (var run in new[] { first, second })
        {
            var chart = Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs));
            Assert.Contains("Plotly.newPlot(", chart.Data.Text("text/html"));
            Assert.Contains("style=\"width: ", chart.Data.Text("text/html"));
            var figure = JsonNode.Parse(chart.Data.Text(PlotlyMime))!;
            Assert.Equal("loss</script>", figure["data"]![0]!["name"]!.GetValue<string>());
            Assert.Equal(2.5, figure["data"]![0]!["y"]![0]!.GetValue<double>());
        }

        var page = Rendering.HtmlRenderer.Render(first);
        Assert.Contains("Plotly.newPlot(element, figure.data", page);
        Assert.Contains("loss\\u003C/script\\u003E", page);
        Assert.DoesNotContain("loss</script>", page);
    }

    [Fact]
    public async Task Charts_from_XPlot_Plotly_itself_carry_their_plotly_JSON_and_nothing_is_substituted()
    {
        var progress = new Notices();

        var run = await new NotebookRunner(new RunOptions()).RunAsync(
            new NotebookBuilder().Code("#r \"nuget: XPlot.Plotly, 4.1.0\"").Code(Chart).Document(folder.File("plain.ipynb")), progress);

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Empty(progress.Messages);
        var chart = Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs));
        Assert.Equal("scatter", JsonNode.Parse(chart.Data.Text(PlotlyMime))!["data"]![0]!["type"]!.GetValue<string>());
        Assert.IsType<JsonObject>(run.Executed.Cells[1].Outputs[0]!["data"]![PlotlyMime]);
    }

    [Theory]
    [InlineData("#r \"nuget: XPlot.Plotly.Interactive, 4.1.0\"", "#r \"nuget: XPlot.Plotly, 4.1.0\"")]
    [InlineData("  #r \"nuget:XPlot.Plotly.Interactive,4.1.0\"\nvar x = 1;", "  #r \"nuget:XPlot.Plotly,4.1.0\"\nvar x = 1;")]
    [InlineData("#r \"nuget: XPlot.Plotly, 4.1.0\"", "#r \"nuget: XPlot.Plotly, 4.1.0\"")]
    [InlineData("// #r \"nuget: XPlot.Plotly.Interactive, 4.1.0\"", "// #r \"nuget: XPlot.Plotly.Interactive, 4.1.0\"")]
    public void The_substitution_rewrites_only_the_interactive_package_reference(string code, string substituted) =>
        Assert.Equal(substituted, PlotlyDisplay.Substitute(code));

    [Theory]
    [InlineData("#r \"nuget: XPlot.Plotly.Interactive, 4.1.0\"", "error NU1101: Unable to find package XPlot.Plotly.Interactive. No packages exist with this id", true)]
    [InlineData("#r \"nuget: XPlot.Plotly.Interactive, 4.1.0\"", "(3,1): error CS0103: The name 'XPlot' does not exist", false)]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.0.1\"", "error NU1101: Unable to find package XPlot.Plotly.Interactive.", false)]
    public void Only_a_failed_restore_of_the_interactive_package_leads_to_the_substitution(string code, string failure, bool substituted) =>
        Assert.Equal(substituted, PlotlyDisplay.IsMissingInteractivePackage(code, failure));

    private const string PlotlyMime = "application/vnd.plotly.v1+json";

    private sealed class Notices : IRunProgress
    {
        public List<string> Messages { get; } = [];

        public void Notice(string message) => Messages.Add(message);

        public void CellStarting(NotebookDocument notebook, NotebookCell cell, int executionCount)
        {
        }

        public void CellPrinted(NotebookDocument notebook, NotebookCell cell, string stream, string text)
        {
        }

        public void CellFinished(NotebookDocument notebook, CellResult result, TimeSpan notebookElapsed)
        {
        }
    }
}
