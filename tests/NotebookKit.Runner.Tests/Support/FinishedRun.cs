using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>Runs made without a kernel, for tests of what is written from a run: every code cell ran, with the outputs set on it.</summary>
public static class FinishedRun
{
    public static NotebookRunResult Of(NotebookDocument notebook) => new(
        notebook,
        notebook,
        notebook.Cells.Select(cell => new CellResult(cell.Number, cell.IsCode ? CellStatus.Succeeded : CellStatus.Text, [], TimeSpan.Zero, null)).ToList(),
        TimeSpan.FromSeconds(1.5));
}
