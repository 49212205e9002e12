using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>
/// What a chapter's text says of its outputs: <c>notebooks/claims/NN-topic.csx</c>, C# that reads the variables the
/// chapter's cells left in the kernel and calls <c>Claims.Quote</c>, <c>Claims.Range</c> and <c>Claims.That</c>
/// (<c>Claims/Claims.csx</c>). The tests run them in the chapter's own kernel, after its last cell, so the notebook a
/// student runs holds no check addressed to its authors.
/// </summary>
public static partial class ChapterClaims
{
    /// <summary>The claims file of <paramref name="notebook"/> (a file name such as 02-regularization.ipynb).</summary>
    public static string FileOf(string notebook) =>
        Path.Combine(Repository.Root, "notebooks", "claims", Path.ChangeExtension(Path.GetFileName(notebook), ".csx"));

    /// <summary>
    /// A copy of <paramref name="notebook"/> with two code cells after its last: the claims helper, then
    /// <paramref name="claims"/> (by default the chapter's claims file) ending in <c>Claims.Report()</c>, which fails the
    /// cell naming every claim that does not hold.
    /// </summary>
    public static NotebookDocument Appended(NotebookDocument notebook, string? claims = null)
    {
        var json = (JsonObject)notebook.Json.DeepClone();
        var cells = (JsonArray)json["cells"]!;
        var helper = File.ReadAllText(Path.Combine(Repository.Root, "tests", "NotebookKit.Runner.Tests", "Claims", "Claims.csx"));
        claims ??= File.ReadAllText(FileOf(notebook.FileName));
        foreach (var cell in new NotebookBuilder().Code(helper).Code(claims + "\nClaims.Report();\n").Build()["cells"]!.AsArray())
        {
            var added = cell!.DeepClone().AsObject();
            added["id"] = $"claims-{cells.Count}";
            cells.Add(added);
        }

        return NotebookDocument.Parse(json.ToJsonString(), notebook.Path);
    }

    /// <summary>The quotes the claims cell (the run's last) printed, as "✓ «quote» …" or "✗ «quote» …".</summary>
    public static IReadOnlyList<string> Quotes(NotebookRunResult run) =>
        QuoteLine().Matches(run.Cells[^1].Stdout()).Select(match => match.Groups["quote"].Value).ToList();

    /// <summary>The chapter's markdown, with emphasis marks dropped and every run of spaces one space.</summary>
    public static string Prose(NotebookDocument notebook) =>
        Normalized(string.Join("\n", notebook.Cells.Where(cell => cell.CellType == "markdown").Select(cell => cell.Source)));

    /// <summary><paramref name="text"/> with emphasis marks dropped and every run of spaces (thin, no-break) one space.</summary>
    public static string Normalized(string text) => Spaces().Replace(text.Replace("*", "", StringComparison.Ordinal), " ");

    [GeneratedRegex(@"^[✓✗] «(?<quote>.*)»", RegexOptions.Multiline)]
    private static partial Regex QuoteLine();

    [GeneratedRegex(@"[\s\u00A0\u2009\u202F]+")]
    private static partial Regex Spaces();
}
