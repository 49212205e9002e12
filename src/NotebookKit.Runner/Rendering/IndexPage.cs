using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Rendering;

/// <summary>One row of the index: a notebook's page, what it is about and how its last run went.</summary>
/// <param name="Notebook">The notebook's file name (the row's key).</param>
/// <param name="Title">Its first heading.</param>
/// <param name="Topic">Its one-line topic, as markdown (<see cref="Chapter.Topic"/>).</param>
/// <param name="Page">The page's file name, next to the index.</param>
/// <param name="Errors">How many cells failed.</param>
/// <param name="Seconds">How long it ran.</param>
/// <param name="Failure">The failing cells' messages; empty when it ran without errors.</param>
public sealed record IndexEntry(string Notebook, string Title, string Topic, string Page, int Errors, double Seconds, string Failure)
{
    /// <summary>The row for <paramref name="run"/>, whose page is <paramref name="page"/>.</summary>
    public static IndexEntry Of(NotebookRunResult run, string page) => new(
        run.Source.FileName,
        Chapter.Title(run.Executed),
        Chapter.Topic(run.Executed),
        page,
        run.ErrorCount,
        Math.Round(run.Elapsed.TotalSeconds, 1),
        run.FailureMessage);
}

/// <summary>
/// <c>index.html</c>: one row per notebook page in the folder, in reading order (by file name). The rows live in
/// <c>index.json</c> beside it, so running one notebook updates its row and keeps the others.
/// </summary>
public static class IndexPage
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>
    /// The chapters of the site in <paramref name="folder"/> once <paramref name="added"/> are written: the pages its
    /// index already lists, and those; in reading order. A page's previous and next links come from this list.
    /// </summary>
    public static IReadOnlyList<ChapterLink> Chapters(string folder, IEnumerable<ChapterLink> added)
    {
        var chapters = Rows(folder).ToDictionary(entry => entry.Page, entry => new ChapterLink(entry.Page, entry.Title), StringComparer.Ordinal);
        foreach (var chapter in added)
        {
            chapters[chapter.Page] = chapter;
        }

        return chapters.Values.OrderBy(chapter => chapter.Page, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Writes <c>index.json</c> and <c>index.html</c> in <paramref name="folder"/>: the rows already there, updated
    /// by <paramref name="entries"/>; the page gets its stylesheet as <paramref name="assets"/> says. Returns the page's path.
    /// </summary>
    public static string Update(string folder, IReadOnlyList<IndexEntry> entries, PageAssets assets)
    {
        var rows = Rows(folder).ToDictionary(entry => entry.Notebook, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            rows[entry.Notebook] = entry;
        }

        var merged = rows.Values.OrderBy(entry => entry.Page, StringComparer.Ordinal).ToList();
        AtomicFile.WriteAllText(Path.Combine(folder, "index.json"), JsonSerializer.Serialize(merged, Json));
        var page = Path.Combine(folder, Navigation.IndexPage);
        AtomicFile.WriteAllText(page, Render(merged, assets));
        return page;
    }

    /// <summary>The index page of <paramref name="entries"/>.</summary>
    public static string Render(IReadOnlyList<IndexEntry> entries, PageAssets assets)
    {
        var failed = entries.Count(entry => entry.Errors > 0);
        var rows = new StringBuilder();
        foreach (var entry in entries)
        {
            var status = entry.Errors == 0
                ? "<span class=\"status-ok\">ok</span>"
                : $"<span class=\"status-failed\">failed</span> {Encode(entry.Failure)}";
            var topic = entry.Topic is { Length: > 0 } line ? $"<span class=\"topic\">{MarkdownHtml.InlineHtml(line)}</span>" : "";
            rows.Append($"<tr><td><a href=\"{Uri.EscapeDataString(entry.Page)}\">{Encode(entry.Title)}</a>{topic}</td>")
                .Append($"<td>{status}</td><td class=\"seconds\">{entry.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s</td></tr>\n");
        }

        var notebooks = entries.Count == 1 ? "1 notebook" : $"{entries.Count} notebooks";
        var summary = failed == 0 ? $"{(entries.Count == 1 ? "The notebook ran" : $"All {notebooks} ran")} without errors." : $"{failed} of {notebooks} failed.";
        var content = $"""
            <h1>Notebooks</h1>
            <header class="run {(failed == 0 ? "ok" : "failed")}">{summary}</header>
            <table class="index">
            <thead><tr><th>Chapter</th><th>Status</th><th>Time</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>

            """;
        return PageLayout.Render("Notebooks", content, assets);
    }

    /// <summary>The rows of the index in <paramref name="folder"/> whose pages exist.</summary>
    private static IEnumerable<IndexEntry> Rows(string folder)
    {
        var rowsPath = Path.Combine(folder, "index.json");
        try
        {
            var rows = File.Exists(rowsPath) ? JsonSerializer.Deserialize<List<IndexEntry>>(File.ReadAllText(rowsPath)) ?? [] : [];
            return rows.Where(entry => entry.Page is not null && File.Exists(Path.Combine(folder, entry.Page)));
        }
        catch (JsonException)
        {
            return []; // A damaged index.json is rebuilt from this run's rows.
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
