using System.Diagnostics;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Rendering;

namespace NotebookKit.Runner.Cli;

/// <summary>
/// <c>run</c>: executes notebooks, up to <see cref="CommandOptions.Jobs"/> at once (each in its own kernel), writes the
/// executed copies (and with --html their pages, the index and the assets folder the pages share, or with
/// --self-contained pages that embed their assets), reports progress and a summary. With --hide-solutions what it
/// writes has each solution region replaced as in the student copy (handouts).
/// </summary>
public static class RunCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired; every kernel has been ended.</exception>
    public static async Task<int> ExecuteAsync(CommandOptions options, ConsoleReport report, CancellationToken cancellation)
    {
        var files = InputFiles.Expand(options.Inputs);
        var notebooks = InputFiles.Load(files);
        var targets = InputFiles.Targets(files, options.OutFolder, options.InPlace);
        // Made before anything runs, so that a bad region is refused first.
        var handouts = options.HideSolutions ? notebooks.Select(StudentCopy.Create).ToList() : null;
        var runner = new NotebookRunner(new RunOptions { CellTimeout = options.CellTimeout, ContinueOnError = options.ContinueOnError });
        var site = options.Html ? Site.Open(options.OutFolder, notebooks, options.SelfContained) : null;
        var runs = new NotebookRunResult[notebooks.Count];
        var pages = new IndexEntry?[notebooks.Count];
        var clock = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(options.Jobs, notebooks.Count), CancellationToken = cancellation };
        await Parallel.ForEachAsync(Enumerable.Range(0, notebooks.Count), parallel, async (i, token) =>
        {
            var notebook = notebooks[i];
            report.NotebookStarting(i + 1, notebooks.Count, notebook);
            var run = runs[i] = await runner.RunAsync(notebook, report, token);
            if (handouts is not null)
            {
                StudentCopy.HideSolutions(run.Executed, handouts[i]);
            }

            run.Executed.Save(targets[i]);
            var written = new List<string> { targets[i] };
            if (site is not null)
            {
                (var page, pages[i]) = site.WritePage(run);
                written.Add(page);
            }

            report.NotebookFinished(run, written);
        });

        if (site is not null)
        {
            var index = site.WriteIndex(pages.OfType<IndexEntry>().ToList());
            report.Line($"Index of the pages: {DisplayPath.Of(index)}");
        }

        report.Summary(runs, clock.Elapsed);
        return runs.All(run => run.Succeeded) ? CommandLine.Success : CommandLine.Failed;
    }
}
