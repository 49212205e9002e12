using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>Every notebooks/*.ipynb of the repository is committed as the workbook's conventions say.</summary>
public sealed partial class RepositoryNotebookTests
{
    public static TheoryData<string> Notebooks() => new(Repository.Notebooks().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Is_valid_nbformat_4_5(string notebook)
    {
        var document = Load(notebook);

        var problems = NbformatSchema.Problems(File.ReadAllText(document.Path));

        Assert.True(problems.Count == 0, $"{notebook} is not valid nbformat 4.5:\n{string.Join("\n", problems)}");
        Assert.Equal((4, 5), (document.Json["nbformat"]!.GetValue<int>(), document.Json["nbformat_minor"]!.GetValue<int>()));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Is_committed_without_outputs_and_with_an_id_on_every_cell(string notebook)
    {
        var document = Load(notebook);

        var problems = document.Cells.SelectMany(cell => CellProblems(cell)).ToList();

        Assert.True(problems.Count == 0, $"{notebook}: {string.Join("; ", problems)}. Clear all outputs in VS Code before committing.");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Has_the_polyglot_csharp_metadata(string notebook)
    {
        var document = Load(notebook);

        var problems = new List<string>();
        if (JsonPath.GetString(document.Metadata, "kernelspec", "name") != ".net-csharp")
        {
            problems.Add("metadata.kernelspec.name is not \".net-csharp\"");
        }

        if (JsonPath.GetString(document.Metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName") != "csharp")
        {
            problems.Add("metadata.polyglot_notebook.kernelInfo.defaultKernelName is not \"csharp\"");
        }

        foreach (var cell in document.Cells.Where(cell => cell.IsCode))
        {
            if (JsonPath.GetString(cell.Metadata, "polyglot_notebook", "kernelName") != "csharp")
            {
                problems.Add($"cell {cell.Number}: metadata.polyglot_notebook.kernelName is not \"csharp\"");
            }

            if (JsonPath.GetString(cell.Metadata, "dotnet_interactive", "language") != "csharp")
            {
                problems.Add($"cell {cell.Number}: metadata.dotnet_interactive.language is not \"csharp\"");
            }
        }

        Assert.True(problems.Count == 0, $"{notebook}: {string.Join("; ", problems)}");
    }

    [Fact]
    public void Every_notebook_opens_with_the_same_setup_cell_which_shows_charts_without_a_kernel_extension()
    {
        var setups = Repository.Notebooks().Select(path => NotebookDocument.Load(path))
            .ToDictionary(notebook => notebook.DisplayName, notebook => notebook.Cells.First(cell => cell.IsCode).Source);

        var setup = setups.Values.First();
        Assert.All(setups, pair => Assert.True(pair.Value == setup, $"{pair.Key}'s setup cell differs from {setups.Keys.First()}'s"));
        Assert.True(setup.Split('\n').Length <= 30, $"the setup cell has {setup.Split('\n').Length} lines: keep it short");
        Assert.Contains(Setup.LibraryLine, setup);
        Assert.Contains("Formatter.Register<XPlot.Plotly.PlotlyChart>((chart, writer) => writer.Write(ChartDisplay.PlotlyJson(chart)), ChartDisplay.PlotlyMimeType);", setup);
        // These packages and no other: none with a kernel extension that fails in today's kernel (README, "Charts").
        var packages = Repository.Notebooks().SelectMany(path => NotebookDocument.Load(path).Cells.Where(cell => cell.IsCode))
            .SelectMany(cell => cell.Source.Split('\n')).Where(line => line.TrimStart().StartsWith("#r \"nuget:", StringComparison.Ordinal)).Distinct();
        Assert.Equal(["#r \"nuget: MathNet.Numerics, 5.0.0\"", "#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"", "#r \"nuget: XPlot.Plotly, 4.1.0\""], packages.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Has_claims_and_no_author_check_in_a_cell_a_student_runs(string notebook)
    {
        var document = Load(notebook);

        Assert.True(File.Exists(ChapterClaims.FileOf(notebook)), $"{notebook} has no claims file {ChapterClaims.FileOf(notebook)}: every number its text quotes is checked there");
        // Outside an exercise's own check, a cell that throws is a check addressed to the authors: a student who changes a
        // number to experiment would get it. Such checks belong in the claims file.
        var checks = document.Cells.Where(cell => cell.IsCode && ExerciseName(cell) is null)
            .Where(cell => AuthorCheck().IsMatch(cell.Source)).Select(cell => $"cell index {cell.Index}").ToList();
        Assert.True(checks.Count == 0, $"{notebook}: {string.Join(", ", checks)} throw outside an exercise: move the check to {Path.GetFileName(ChapterClaims.FileOf(notebook))}");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bthrow\b|\bAgrees\(")]
    private static partial System.Text.RegularExpressions.Regex AuthorCheck();

    private static string? ExerciseName(NotebookCell cell) => JsonPath.GetString(cell.Metadata, "notebookkit", "exercise");

    private static IEnumerable<string> CellProblems(NotebookCell cell)
    {
        if (string.IsNullOrEmpty(cell.Id))
        {
            yield return $"cell {cell.Number} has no id";
        }

        if (cell.IsCode && cell.Outputs.Count > 0)
        {
            yield return $"cell {cell.Number} has outputs";
        }

        if (cell.IsCode && cell.Json["execution_count"] is not null)
        {
            yield return $"cell {cell.Number} has an execution_count";
        }
    }

    /// <summary>The repository notebook named <paramref name="notebook"/>.</summary>
    internal static NotebookDocument Load(string notebook) =>
        NotebookDocument.Load(Path.Combine(Repository.Root, "notebooks", notebook));
}
