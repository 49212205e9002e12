using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;
using Spectre.Console;

namespace NotebookKit.Runner.Cli;

/// <summary>
/// What a person sees on the console: notebook i of n, each C# cell as it runs with its time, and a summary
/// table at the end. Plain lines, so a CI log reads as well as a terminal.
/// </summary>
public sealed class ConsoleReport(TextWriter writer) : IRunProgress
{
    private readonly IAnsiConsole console = Create(writer);

    /// <summary>A notebook is about to run.</summary>
    public void NotebookStarting(int index, int count, string notebook, int cellCount) =>
        console.MarkupLine($"[bold][[{index}/{count}]] {Markup.Escape(notebook)}[/] ({cellCount} cells)");

    /// <inheritdoc />
    public void CellStarting(int cellNumber, int cellCount) => console.Markup($"  {CellLabel(cellNumber, cellCount)} ");

    /// <inheritdoc />
    public void CellFinished(CellResult result, int cellCount, TimeSpan notebookElapsed)
    {
        var times = $"{result.Elapsed.TotalSeconds,6:0.00} s   (notebook {notebookElapsed.TotalSeconds:0.0} s)";
        switch (result.Status)
        {
            case CellStatus.Succeeded:
                console.MarkupLine($"[green]ok    [/] {times}");
                break;
            case CellStatus.Failed:
                console.MarkupLine($"[red]FAILED[/] {times}");
                console.MarkupLine($"    [red]{Markup.Escape(result.Message ?? "")}[/]");
                break;
            case CellStatus.Unsupported:
                console.MarkupLine($"  {CellLabel(result.Number, cellCount)} [yellow]{Markup.Escape(result.Message ?? "")}[/]");
                break;
        }
    }

    /// <summary>A notebook has run; says where its results went.</summary>
    public void NotebookFinished(NotebookRunResult run, IEnumerable<string> written)
    {
        var notRun = run.Cells.Count(cell => cell.Status == CellStatus.NotExecuted);
        if (notRun > 0)
        {
            console.MarkupLine($"  [yellow]stopped at the first failing cell: {notRun} C# cell(s) not run[/] (--continue-on-error runs them)");
        }

        foreach (var file in written)
        {
            console.MarkupLine($"  wrote {Markup.Escape(DisplayPath.Of(file))}");
        }
    }

    /// <summary>The table of all runs: notebook, cells, errors, seconds.</summary>
    public void Summary(IReadOnlyList<NotebookRunResult> runs)
    {
        var table = new Table().AddColumns("Notebook", "Cells", "Errors", "Seconds", "Status");
        foreach (var run in runs)
        {
            table.AddRow(
                Markup.Escape(run.Source.DisplayName),
                run.Cells.Count.ToString(),
                run.ErrorCount.ToString(),
                run.Elapsed.TotalSeconds.ToString("0.0"),
                run.Succeeded ? "[green]ok[/]" : "[red]failed[/]");
        }

        console.WriteLine();
        console.Write(table);
        var failed = runs.Count(run => !run.Succeeded);
        console.MarkupLine(failed == 0
            ? $"[green]All {runs.Count} notebook(s) ran without errors.[/]"
            : $"[red]{failed} of {runs.Count} notebook(s) failed.[/]");
    }

    /// <summary>The scores of one graded notebook.</summary>
    public void Scores(GradeReport report)
    {
        console.MarkupLine($"[bold]Scores of {Markup.Escape(report.Notebook)}[/] (check cells passed per exercise)");
        var table = new Table().AddColumns("Exercise", "Checks passed");
        foreach (var score in report.Exercises)
        {
            table.AddRow(Markup.Escape(score.Exercise), $"{score.Passed} / {score.Total}");
        }

        table.AddRow("[bold]Total[/]", $"[bold]{report.Passed} / {report.Total}[/]");
        console.Write(table);
    }

    private static IAnsiConsole Create(TextWriter writer)
    {
        var terminal = writer == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            // A log or a test, not a terminal: plain text, each message on one line.
            console.Profile.Width = 1000;
        }

        return console;
    }

    private static string CellLabel(int number, int count) => $"cell {number.ToString().PadLeft(count.ToString().Length)}/{count}";

    /// <summary>A line of plain text.</summary>
    public void Line(string text) => console.MarkupLine(Markup.Escape(text));
}
