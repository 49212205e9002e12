using System.Net;
using System.Text;
using NotebookKit.Runner.Execution;

namespace NotebookKit.Runner.Rendering;

/// <summary>One notebook's line in the index: its run and the file name of its page.</summary>
public sealed record IndexEntry(NotebookRunResult Run, string PageFileName);

/// <summary>The index.html linking every rendered notebook page with its status.</summary>
public static class IndexPage
{
    /// <summary>The index page for <paramref name="entries"/>, in the given order.</summary>
    public static string Render(IReadOnlyList<IndexEntry> entries)
    {
        var failed = entries.Count(entry => !entry.Run.Succeeded);
        var rows = new StringBuilder();
        foreach (var (run, page) in entries)
        {
            var status = run.Succeeded
                ? "<span class=\"status-ok\">ok</span>"
                : $"<span class=\"status-failed\">failed</span> {Encode(run.FailureMessage)}";
            var codeCells = run.Cells.Count(cell => cell.Status != CellStatus.Text);
            rows.Append($"<tr><td><a href=\"{Uri.EscapeDataString(page)}\">{Encode(HtmlRenderer.Title(run.Executed))}</a><br><small>{Encode(run.Source.FileName)}</small></td>")
                .Append($"<td>{codeCells}</td><td>{run.ErrorCount}</td><td>{run.Elapsed.TotalSeconds:0.0}</td><td>{status}</td></tr>\n");
        }

        var summary = failed == 0 ? $"All {entries.Count} notebooks ran without errors." : $"{failed} of {entries.Count} notebooks failed.";
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

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
