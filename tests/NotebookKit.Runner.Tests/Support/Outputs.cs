using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>Shortcuts for asserting on a run's outputs.</summary>
public static class Outputs
{
    public static CellResult Cell(this NotebookRunResult run, int number) => run.Cells[number - 1];

    public static string Stdout(this CellResult cell) =>
        string.Concat(cell.Outputs.OfType<StreamOutput>().Where(output => output.Name == "stdout").Select(output => output.Text));

    public static string Stderr(this CellResult cell) =>
        string.Concat(cell.Outputs.OfType<StreamOutput>().Where(output => output.Name == "stderr").Select(output => output.Text));

    public static ErrorOutput Error(this CellResult cell) => Assert.Single(cell.Outputs.OfType<ErrorOutput>());

    /// <summary>
    /// The text a value shows: its text/plain, or, where the kernel sent only HTML (numbers and objects are shown
    /// as <c>&lt;div class="dni-plaintext"&gt;&lt;pre&gt;42&lt;/pre&gt;&lt;/div&gt;</c>), the text of that pre.
    /// </summary>
    public static string Shown(this IReadOnlyDictionary<string, string> data)
    {
        if (data.TryGetValue("text/plain", out var text))
        {
            return text;
        }

        var html = data.Text("text/html");
        var match = System.Text.RegularExpressions.Regex.Match(html, "<div class=\"dni-plaintext\"><pre>(.*?)</pre></div>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, $"no plain text in {html}");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string Text(this IReadOnlyDictionary<string, string> data, string mimeType = "text/plain")
    {
        Assert.True(data.TryGetValue(mimeType, out var text), $"no {mimeType} among [{string.Join(", ", data.Keys)}]");
        return text!;
    }
}
