using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Rendering;

namespace NotebookKit.Runner.Cli;

/// <summary>
/// <c>run</c> and <c>grade</c>: executes notebooks, writes the executed copies (and with --html their pages and an
/// index), reports progress and a summary; <c>grade</c> adds the exercise scores.
/// </summary>
public static class RunCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> ExecuteAsync(CommandOptions options, ConsoleReport report)
    {
        var grading = options.Command == "grade";
        var files = InputFiles.Expand(options.Inputs);
        var notebooks = InputFiles.Load(files);
        var targets = InputFiles.Targets(files, options.OutFolder, options.InPlace);
        var runner = new NotebookRunner(new RunOptions { CellTimeout = options.CellTimeout, ContinueOnError = options.ContinueOnError });
        var runs = new List<NotebookRunResult>();
        var pages = new List<IndexEntry>();
        for (var i = 0; i < notebooks.Count; i++)
        {
            var notebook = notebooks[i];
            report.NotebookStarting(i + 1, notebooks.Count, notebook.DisplayName, notebook.Cells.Count);
            var run = await runner.RunAsync(notebook, report);
            runs.Add(run);
            run.Executed.Save(targets[i]);
            var written = new List<string> { targets[i] };
            if (options.Html)
            {
                var page = Path.Combine(options.OutFolder, Path.ChangeExtension(notebook.FileName, ".html"));
                AtomicFile.WriteAllText(page, HtmlRenderer.Render(run));
                pages.Add(new IndexEntry(run, Path.GetFileName(page)));
                written.Add(page);
            }

            report.NotebookFinished(run, written);
            if (grading)
            {
                report.Scores(Grader.Score(run));
            }
        }

        if (options.Html)
        {
            var index = Path.Combine(options.OutFolder, "index.html");
            AtomicFile.WriteAllText(index, IndexPage.Render(pages));
            report.Line($"Index of the pages: {DisplayPath.Of(index)}");
        }

        if (grading)
        {
            report.Line($"Graded {runs.Count} notebook(s); failed checks are part of the scores above.");
            return CommandLine.Success;
        }

        report.Summary(runs);
        return runs.All(run => run.Succeeded) ? CommandLine.Success : CommandLine.Failed;
    }
}
