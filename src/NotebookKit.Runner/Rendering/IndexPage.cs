using System.Net;
using System.Text;
using System.Text.Json;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Rendering;

/// <summary>One row of the index: a notebook's page and how its last run went.</summary>
/// <param name="Notebook">The notebook's file name (the row's key).</param>
/// <param name="Title">Its first heading.</param>
/// <param name="Page">The page's file name, next to the index.</param>
/// <param name="CodeCells">How many code cells it has.</param>
/// <param name="Errors">How many cells failed.</param>
/// <param name="Seconds">How long it ran.</param>
/// <param name="Failure">The failing cells' messages; empty when it ran without errors.</param>
public sealed record IndexEntry(string Notebook, string Title, string Page, int CodeCells, int Errors, double Seconds, string Failure)
{
    /// <summary>The row for <paramref name="run"/>, whose page is <paramref name="page"/>.</summary>
    public static IndexEntry Of(NotebookRunResult run, string page) => new(
        run.Source.FileName,
        HtmlRenderer.Title(run.Executed),
        page,
        run.Cells.Count(cell => cell.Status != CellStatus.Text),
        run.ErrorCount,
        Math.Round(run.Elapsed.TotalSeconds, 1),
        run.FailureMessage);
}

/// <summary>
/// <c>index.html</c>: one row per notebook page in the folder. The rows live in <c>index.json</c> beside it, so
/// running one notebook updates its row and keeps the others.
/// </summary>
public static class IndexPage
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Writes <c>index.json</c> and <c>index.html</c> in <paramref name="folder"/>: the rows already there, updated by <paramref name="entries"/>. Returns the page's path.</summary>
    public static string Update(string folder, IReadOnlyList<IndexEntry> entries)
    {
        var rowsPath = Path.Combine(folder, "index.json");
        var rows = Read(rowsPath).ToDictionary(entry => entry.Notebook, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            rows[entry.Notebook] = entry;
        }

        var merged = rows.Values.Where(entry => File.Exists(Path.Combine(folder, entry.Page))).OrderBy(entry => entry.Notebook, StringComparer.Ordinal).ToList();
        AtomicFile.WriteAllText(rowsPath, JsonSerializer.Serialize(merged, Json));
        var page = Path.Combine(folder, "index.html");
        AtomicFile.WriteAllText(page, Render(merged));
        return page;
    }

    /// <summary>The index page of <paramref name="entries"/>.</summary>
    public static string Render(IReadOnlyList<IndexEntry> entries)
    {
        var failed = entries.Count(entry => entry.Errors > 0);
        var rows = new StringBuilder();
        foreach (var entry in entries)
        {
            var status = entry.Errors == 0
                ? "<span class=\"status-ok\">ok</span>"
                : $"<span class=\"status-failed\">failed</span> {Encode(entry.Failure)}";
            rows.Append($"<tr><td><a href=\"{Uri.EscapeDataString(entry.Page)}\">{Encode(entry.Title)}</a><br><small>{Encode(entry.Notebook)}</small></td>")
                .Append($"<td>{entry.CodeCells}</td><td>{entry.Errors}</td><td>{entry.Seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}</td><td>{status}</td></tr>\n");
        }

        var notebooks = entries.Count == 1 ? "1 notebook" : $"{entries.Count} notebooks";
        var summary = failed == 0 ? $"{(entries.Count == 1 ? "The notebook ran" : $"All {notebooks} ran")} without errors." : $"{failed} of {notebooks} failed.";
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Notebooks</title>
            <style>{PageStyle.Css}</style>
            </head>
            <body>
            <main>
            <h1>Notebooks</h1>
            <header class="run {(failed == 0 ? "ok" : "failed")}">{summary}</header>
            <table class="index">
            <thead><tr><th>Notebook</th><th>Code cells</th><th>Errors</th><th>Seconds</th><th>Status</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>
            </main>
            </body>
            </html>

            """;
    }

    private static IEnumerable<IndexEntry> Read(string rowsPath)
    {
        try
        {
            return File.Exists(rowsPath) ? JsonSerializer.Deserialize<List<IndexEntry>>(File.ReadAllText(rowsPath)) ?? [] : [];
        }
        catch (JsonException)
        {
            return []; // A damaged index.json is rebuilt from this run's rows.
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
