using System.Collections.Concurrent;
using System.Diagnostics;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;
using Spectre.Console;

namespace NotebookKit.Runner.Cli;

/// <summary>
/// What a person sees on the console: each notebook as it starts, each code cell as it finishes (named by notebook,
/// <c>In [k]</c> and cell index, since several notebooks may run at once), a line every
/// <see cref="StillRunningEvery"/> for a cell that is still running, optionally what cells print, and a summary table
/// at the end. Plain lines, so a CI log reads as well as a terminal.
/// </summary>
public sealed class ConsoleReport : IRunProgress, IDisposable
{
    /// <summary>The width the class summary fits in a log: a CI log's page or a wide editor.</summary>
    public const int LogSummaryWidth = 120;

    /// <summary>How often a long-running cell is reported as still running.</summary>
    public static readonly TimeSpan StillRunningEvery = TimeSpan.FromSeconds(10);

    private readonly IAnsiConsole console;
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, RunningCell> running = new(StringComparer.Ordinal);
    private readonly ManualResetEventSlim disposed = new();
    private readonly bool logOutput;
    private readonly int summaryWidth;

    /// <summary>
    /// Reports to <paramref name="writer"/>; with <paramref name="logOutput"/> also what cells print. The class
    /// summary fits <paramref name="width"/> columns: by default the terminal's width, or for a log <see cref="LogSummaryWidth"/>
    /// (other lines of a log are not wrapped).
    /// </summary>
    public ConsoleReport(TextWriter writer, bool logOutput = false, int? width = null)
    {
        console = Create(writer, width);
        summaryWidth = width ?? (IsTerminal(writer) ? console.Profile.Width : LogSummaryWidth);

        this.logOutput = logOutput;
        // A thread of its own, not a timer: timer callbacks wait for the thread pool, which a busy run can hold up.
        new Thread(() =>
        {
            while (!disposed.Wait(TimeSpan.FromSeconds(1)))
            {
                ReportStillRunning();
            }
        }) { IsBackground = true, Name = "still-running report" }.Start();
    }

    /// <summary>How cell lines name a notebook (several may run at once): its file name, or for grading student/file name.</summary>
    public Func<NotebookDocument, string> NotebookName { get; set; } = notebook => notebook.FileName;

    /// <summary>"1 notebook", "2 notebooks".</summary>
    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <inheritdoc />
    public void Notice(string message) => Write($"[yellow]{Markup.Escape(message)}[/]");

    /// <summary>A notebook is about to run.</summary>
    public void NotebookStarting(int index, int count, NotebookDocument notebook) =>
        Write($"[bold][[{index}/{count}]] {Markup.Escape(notebook.DisplayName)}[/] ({Count(notebook.Cells.Count, "cell")}, {Count(notebook.Cells.Count(cell => cell.IsCode), "code cell")})");

    /// <inheritdoc />
    public void CellStarting(NotebookDocument notebook, NotebookCell cell, int executionCount) =>
        running[notebook.Path] = new RunningCell(NotebookName(notebook), cell, executionCount);

    /// <inheritdoc />
    public void CellPrinted(NotebookDocument notebook, NotebookCell cell, string stream, string text)
    {
        if (!logOutput)
        {
            return;
        }

        var prefix = $"  {NotebookName(notebook)} {(stream == "stderr" ? "!" : "|")} ";
        Write(string.Join("\n", text.TrimEnd('\n').Split('\n').Select(line => Markup.Escape(prefix + line))));
    }

    /// <inheritdoc />
    public void CellFinished(NotebookDocument notebook, CellResult result, TimeSpan notebookElapsed)
    {
        running.TryRemove(notebook.Path, out _);
        var cell = notebook.Cells[result.Number - 1];
        var where = Markup.Escape($"  {NotebookName(notebook)} {Prompt(cell.ExecutionCount)} (cell index {cell.Index})");
        var times = $"{result.Elapsed.TotalSeconds,6:0.00} s   (notebook {notebookElapsed.TotalSeconds:0.0} s)";
        switch (result.Status)
        {
            case CellStatus.Succeeded:
                Write($"{where} [green]ok    [/] {times}");
                break;
            case CellStatus.Failed:
                Write($"{where} [red]FAILED[/] {times}\n    [red]{Markup.Escape(result.Message ?? "")}[/]");
                break;
            case CellStatus.Unsupported:
                Write($"{where} [yellow]{Markup.Escape(result.Message ?? "")}[/]");
                break;
        }
    }

    /// <summary>A notebook has run; says where its results went.</summary>
    public void NotebookFinished(NotebookRunResult run, IEnumerable<string> written)
    {
        var lines = new List<string>();
        var notRun = run.Cells.Count(cell => cell.Status == CellStatus.NotExecuted);
        if (notRun > 0)
        {
            lines.Add($"  [yellow]{Markup.Escape(run.Source.FileName)}: {Count(notRun, "code cell")} not run after the failure[/]");
        }

        lines.AddRange(written.Select(file => $"  wrote {Markup.Escape(DisplayPath.Of(file))}"));
        Write(string.Join("\n", lines));
    }

    /// <summary>The table of all runs: notebook, cells, errors, seconds; then the wall time of the whole run.</summary>
    public void Summary(IReadOnlyList<NotebookRunResult> runs, TimeSpan wallTime)
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

        lock (gate)
        {
            console.WriteLine();
            console.Write(table);
            var failed = runs.Count(run => !run.Succeeded);
            var time = $" ({wallTime.TotalSeconds:0.0} s)";
            console.MarkupLine(failed == 0
                ? $"[green]{(runs.Count == 1 ? "The notebook ran" : $"All {Count(runs.Count, "notebook")} ran")} without errors.[/]{time}"
                : $"[red]{failed} of {Count(runs.Count, "notebook")} failed.[/]{time}");
        }
    }

    /// <summary>A table per student (each exercise's score and what its check said) and the grader's notes, unless not <paramref name="perStudent"/>; then the class summary.</summary>
    public void ClassReport(Gradebook gradebook, IReadOnlyList<string> notebooks, TimeSpan wallTime, bool perStudent = true)
    {
        lock (gate)
        {
            if (perStudent)
            {
                StudentTables(gradebook);
            }

            console.WriteLine();
            console.MarkupLine($"[bold]Class summary[/] ({Count(gradebook.Totals.Count, "student")}, {wallTime.TotalSeconds:0.0} s)");
            foreach (var columns in SummaryColumns(gradebook, notebooks))
            {
                console.Write(Summary(gradebook, columns));
            }

            foreach (var item in gradebook.Ungraded)
            {
                console.MarkupLine($"[red]{Markup.Escape($"Could not grade {item.Student}/{item.Notebook}: {item.Reason}")}[/]");
            }
        }
    }

    /// <summary>Each student's table: notebook, exercise, score and the first line of its feedback; then the grader's notes.</summary>
    private void StudentTables(Gradebook gradebook)
    {
        foreach (var student in gradebook.Grades.GroupBy(grade => grade.Student, StringComparer.Ordinal))
        {
            var table = new Table().AddColumns("Notebook", "Exercise", "Score", "Feedback");
            foreach (var grade in student)
            {
                foreach (var exercise in grade.Report.Exercises)
                {
                    table.AddRow(Markup.Escape(grade.Report.Notebook), Markup.Escape(exercise.Exercise), $"{exercise.Score} / {exercise.MaxScore}", Markup.Escape(FirstLine(exercise.Feedback)));
                }
            }

            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(student.Key)}[/]: {student.Sum(grade => grade.Report.Score)} / {student.Sum(grade => grade.Report.MaxScore)}");
            console.Write(table);
            foreach (var grade in student)
            {
                foreach (var note in grade.Report.Notes)
                {
                    console.MarkupLine($"  [yellow]{Markup.Escape($"{grade.Report.Notebook}: {note}")}[/]");
                }
            }
        }
    }

    /// <summary>The class summary's notebooks in groups, each as wide as fits the console beside the Student and Total columns.</summary>
    private IEnumerable<IReadOnlyList<string>> SummaryColumns(Gradebook gradebook, IReadOnlyList<string> notebooks)
    {
        // A column takes its text plus a space either side and a border.
        var fixedWidth = 1 + gradebook.Totals.Select(total => total.Student.Length).Append("Student".Length).Max() + 3
            + gradebook.Totals.Select(total => $"{total.Score} / {total.MaxScore}".Length).Append("Total".Length).Max() + 3;
        var group = new List<string>();
        var width = fixedWidth;
        foreach (var notebook in notebooks)
        {
            var column = Math.Max(notebook.Length, "not graded".Length) + 3;
            if (group.Count > 0 && width + column > summaryWidth)
            {
                yield return group;
                group = [];
                width = fixedWidth;
            }

            group.Add(notebook);
            width += column;
        }

        yield return group;
    }

    private static Table Summary(Gradebook gradebook, IReadOnlyList<string> notebooks)
    {
        var summary = new Table().AddColumn("Student");
        foreach (var notebook in notebooks)
        {
            summary.AddColumn(Markup.Escape(notebook));
        }

        summary.AddColumn("Total");
        foreach (var (student, score, max) in gradebook.Totals)
        {
            var cells = notebooks.Select(notebook => gradebook.Grades.FirstOrDefault(grade => grade.Student == student && grade.Report.Notebook == notebook)?.Report)
                .Select(report => report is null ? "[red]not graded[/]" : $"{report.Score} / {report.MaxScore}");
            summary.AddRow([Markup.Escape(student), .. cells, $"[bold]{score} / {max}[/]"]);
        }

        return summary;
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length > 100 ? line[..99] + "…" : line;
    }

    /// <summary>A line of plain text.</summary>
    public void Line(string text) => Write(Markup.Escape(text));

    /// <inheritdoc />
    public void Dispose() => disposed.Set();

    private void ReportStillRunning()
    {
        foreach (var cell in running.Values)
        {
            if (cell.Clock.Elapsed >= cell.NextReport)
            {
                cell.NextReport += StillRunningEvery;
                Write(Markup.Escape($"  {cell.Notebook} {Prompt(cell.Count)} (cell index {cell.Cell.Index}) still running after {cell.Clock.Elapsed.TotalSeconds:0} s"));
            }
        }
    }

    private void Write(string markup)
    {
        if (markup.Length == 0)
        {
            return;
        }

        lock (gate)
        {
            console.MarkupLine(markup);
        }
    }

    /// <summary>A cell being run, and when it is next reported as still running.</summary>
    private sealed record RunningCell(string Notebook, NotebookCell Cell, int Count)
    {
        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public TimeSpan NextReport { get; set; } = StillRunningEvery;
    }

    private static string Prompt(int? executionCount) => $"In [{executionCount?.ToString() ?? " "}]";

    private static bool IsTerminal(TextWriter writer) => writer == Console.Out && !Console.IsOutputRedirected;

    private static IAnsiConsole Create(TextWriter writer, int? width)
    {
        var terminal = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (width is { } columns)
        {
            console.Profile.Width = columns;
        }
        else if (!terminal)
        {
            // A log or a test, not a terminal: plain text, each message on one line.
            console.Profile.Width = 1000;
        }

        return console;
    }
}
