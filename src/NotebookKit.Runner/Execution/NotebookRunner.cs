using System.Diagnostics;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Execution;

/// <summary>How notebooks are run.</summary>
public sealed record RunOptions
{
    /// <summary>The longest a cell may run before it fails as timed out (default 300 s).</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Run every cell even after one fails (grading); by default the run stops at the first failing cell.</summary>
    public bool ContinueOnError { get; init; }
}

/// <summary>
/// Executes notebooks top to bottom, each in one fresh C# session, and returns executed copies: C# cells run,
/// markdown is kept, cells of other kernels are reported as not supported.
/// </summary>
public sealed class NotebookRunner(RunOptions options)
{
    /// <summary>Loads and runs the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">The file is missing or not an nbformat 4 notebook.</exception>
    public Task<NotebookRunResult> RunFileAsync(string path, IRunProgress? progress = null) =>
        RunAsync(NotebookDocument.Load(path), progress);

    /// <summary>Runs <paramref name="notebook"/>; the notebook itself is not changed.</summary>
    public async Task<NotebookRunResult> RunAsync(NotebookDocument notebook, IRunProgress? progress = null)
    {
        var executed = notebook.Clone();
        var defaultKernel = CellKernel.DefaultOf(executed);
        var results = new List<CellResult>();
        var clock = Stopwatch.StartNew();
        var executionCount = 0;
        var stopped = false;
        using var session = new ScriptSession(executed, options.CellTimeout);
        foreach (var cell in executed.Cells)
        {
            if (!cell.IsCode)
            {
                results.Add(new CellResult(cell.Number, CellStatus.Text, [], TimeSpan.Zero, null));
                continue;
            }

            CellResult result;
            var kernel = CellKernel.Of(cell, defaultKernel);
            if (kernel != KernelNames.CSharp)
            {
                result = Unsupported(cell, kernel);
            }
            else if (stopped)
            {
                cell.SetExecution(null, []);
                result = new CellResult(cell.Number, CellStatus.NotExecuted, [], TimeSpan.Zero, null);
            }
            else
            {
                progress?.CellStarting(cell.Number, executed.Cells.Count);
                var cellClock = Stopwatch.StartNew();
                var execution = await session.ExecuteAsync(cell, ++executionCount);
                cell.SetExecution(executionCount, execution.Outputs);
                var status = execution.Succeeded ? CellStatus.Succeeded : CellStatus.Failed;
                result = new CellResult(cell.Number, status, execution.Outputs, cellClock.Elapsed, execution.ErrorMessage);
                stopped = !execution.Succeeded && !options.ContinueOnError;
            }

            results.Add(result);
            progress?.CellFinished(result, executed.Cells.Count, clock.Elapsed);
        }

        return new NotebookRunResult(notebook, executed, results, clock.Elapsed);
    }

    private static CellResult Unsupported(NotebookCell cell, string kernel)
    {
        var message = $"{kernel} cell: not supported by the headless runner, which runs C# cells only; skipped";
        var notice = new StreamOutput("stderr", $"Cell {cell.Number}: {message}.\n");
        cell.SetExecution(null, [notice]);
        return new CellResult(cell.Number, CellStatus.Unsupported, [notice], TimeSpan.Zero, message);
    }
}
