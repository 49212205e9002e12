using System.Globalization;
using System.Text.Json.Nodes;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// Every notebooks/*.ipynb of the repository runs in the kernel without a failing cell, in the two cultures that
/// differ most from the invariant one a chapter is written in: de-DE (decimal comma, its own digit grouping) and ko-KR
/// (its own collation). The kernel gets the culture as VS Code hands it its own (DOTNET_CLI_CULTURE). One class per
/// culture, so xunit runs the cultures in parallel. CI runs every notebook once more in the machine's culture, through
/// Jupyter and on the managed products (.ci/run).
/// </summary>
/// <param name="culture">The kernel's culture.</param>
/// <param name="validateCharts">Also check every chart with plotly.js's own schema check (once per notebook is enough).</param>
public abstract class RepositoryNotebookRuns(string culture, bool validateCharts)
{
    public static TheoryData<string> Notebooks() => RepositoryNotebookTests.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Runs_without_a_failing_cell_and_says_what_its_outputs_show(string notebook)
    {
        var options = new RunOptions { Culture = new CultureInfo(culture) };
        var chapter = RepositoryNotebookTests.Load(notebook);

        var run = await new NotebookRunner(options).RunAsync(ChapterClaims.Appended(chapter));

        Assert.True(run.Succeeded, $"{culture}: {run.FailureMessage}");
        var prose = ChapterClaims.Prose(chapter);
        var unquoted = ChapterClaims.Quotes(run).Where(quote => !prose.Contains(ChapterClaims.Normalized(quote), StringComparison.Ordinal)).ToList();
        Assert.True(unquoted.Count == 0, $"{notebook}: claims quote what the text does not say: «{string.Join("», «", unquoted)}»");
        var tooLong = ReaderNumbers.TooLong(run, chapter.Cells.Count, prose);
        Assert.True(tooLong.Count == 0, $"{culture}: {notebook} shows numbers with more than {ReaderNumbers.MostSignificantDigits} significant digits that its text does not quote (Show.Number rounds them): {string.Join("; ", tooLong)}");
        // Every chart, shown by the setup cell's display, carries its plotly figure as JSON, not as a string.
        var charts = run.Executed.Cells.SelectMany(cell => cell.Outputs).Select(output => output?["data"]).OfType<JsonObject>()
            .Where(data => data["text/html"] is { } html && MultilineText.Read(html).Contains("notebookkit-chart-", StringComparison.Ordinal)).ToList();
        Assert.All(charts, data => Assert.IsType<JsonObject>(data["application/vnd.plotly.v1+json"]));
        if (validateCharts)
        {
            var problems = await PlotlySchema.ProblemsAsync(charts.Select((data, k) => ($"chart {k + 1}", data["application/vnd.plotly.v1+json"]!)).ToList());
            Assert.True(problems.Count == 0, $"{notebook}: Plotly.validate finds {problems.Count} problems:\n{string.Join("\n", problems.Take(20))}");
        }
    }
}

public sealed class GermanCultureRuns() : RepositoryNotebookRuns("de-DE", validateCharts: true);

public sealed class KoreanCultureRuns() : RepositoryNotebookRuns("ko-KR", validateCharts: false);
