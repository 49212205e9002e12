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

    public static string Text(this IReadOnlyDictionary<string, string> data, string mimeType = "text/plain")
    {
        Assert.True(data.TryGetValue(mimeType, out var text), $"no {mimeType} among [{string.Join(", ", data.Keys)}]");
        return text!;
    }
}
