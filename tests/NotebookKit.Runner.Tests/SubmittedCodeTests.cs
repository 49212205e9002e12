using System.Text.Json.Nodes;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// The runner sends the kernel exactly the notebook's cells: what passes headless is what a student runs. The C#
/// kernel keeps every piece of code it compiled (its script state's chain of submissions), so a last cell can list
/// them: the cells, and beside them only what the kernel compiles of its own.
/// </summary>
public sealed class SubmittedCodeTests : IDisposable
{
    private const string Chart = "LineCharts.Lines(new[] { Series.Of(\"loss</script>\", new[] { 2.5, 1 }) }, \"Loss\", \"step\", \"loss\")";

    /// <summary>Prints each submission the C# kernel compiled before this cell, oldest first, between separators.</summary>
    private const string ListSubmissions = """
        var submissions = new List<string>();
        for (var script = ((Microsoft.DotNet.Interactive.CSharp.CSharpKernel)Microsoft.DotNet.Interactive.Kernel.Current).ScriptState.Script; script is not null; script = script.Previous)
        {
            submissions.Insert(0, script.Code);
        }
        Console.Write(string.Join("\n<<submission>>\n", submissions));
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_kernel_compiles_the_cells_and_nothing_the_runner_added()
    {
        var run = await new NotebookBuilder().Code(Setup.Cell).Code(Chart).Code(ListSubmissions).RunAsync(folder.File("n.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        var compiled = run.Cell(3).Outputs.OfType<StreamOutput>().Single().Text.Split("\n<<submission>>\n")
            .Where(code => !IsTheKernelsOwn(code)).Select(Lines);
        // The kernel restores each #r "nuget: ..." line itself and compiles the rest of the cell (spaced its own way).
        var setupWithoutPackages = Lines(string.Join('\n', Setup.Cell.Split('\n').Where(line => !line.StartsWith("#r \"nuget:", StringComparison.Ordinal))));
        Assert.Collection(compiled, setup => Assert.Equal(setupWithoutPackages, setup), chart => Assert.Equal(Lines(Chart), chart));
    }

    [Fact]
    public async Task A_chart_carries_its_plotly_figure_as_JSON_and_an_HTML_fallback()
    {
        var run = await new NotebookBuilder().Code(Setup.Cell).Code(Chart).RunAsync(folder.File("n.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        var data = run.Executed.Cells[1].Outputs.Single()!["data"]!;
        var figure = Assert.IsType<JsonObject>(data["application/vnd.plotly.v1+json"]);
        Assert.Equal("loss</script>", figure["data"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Loss", figure["layout"]!["title"]!["text"]!.GetValue<string>());
        Assert.Contains("Plotly.newPlot(", MultilineText.Read(data["text/html"]));
        // Online, the HTML loads the plotly.js the pages embed.
        Assert.Contains($"cdn.plot.ly/plotly-{Rendering.HtmlAssets.PlotlyJsVersion}.min", MultilineText.Read(data["text/html"]));
        Assert.Empty(await PlotlySchema.ProblemsAsync([("the chart", figure)]));
    }

    [Fact]
    public async Task Plotly_validate_finds_what_XPlot_writes_unchanged()
    {
        // XPlot's own JSON: a title as a plain string and its _isSubplotObj key; the check must see both.
        var figure = JsonNode.Parse("""{ "data": [{ "type": "scatter", "y": [1, 2] }], "layout": { "title": "Loss", "xaxis": { "title": "step", "_isSubplotObj": true } } }""")!;

        var problems = await PlotlySchema.ProblemsAsync([("XPlot's", figure)]);

        Assert.NotEmpty(problems);
    }

    /// <summary>The code's lines that are not blank.</summary>
    private static string Lines(string code) => string.Join('\n', code.Split('\n').Where(line => line.Trim().Length > 0));

    /// <summary>The kernel's own code: its start (<c>using static ...Kernel;</c>) and a package's kernel extension being loaded.</summary>
    private static bool IsTheKernelsOwn(string code) =>
        code.Trim() == "using static Microsoft.DotNet.Interactive.Kernel;"
        || (code.TrimStart().StartsWith("#r \"", StringComparison.Ordinal) && code.Contains("/interactive-extensions/dotnet/", StringComparison.Ordinal));
}
