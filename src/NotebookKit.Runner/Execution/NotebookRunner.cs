using System.Diagnostics;
using System.Globalization;
using Microsoft.DotNet.Interactive.Events;
using NotebookKit.Runner.Kernel;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Sandbox;

namespace NotebookKit.Runner.Execution;

/// <summary>How notebooks are run.</summary>
public sealed record RunOptions
{
    /// <summary>The longest a cell may run before it is interrupted and its kernel ended (default 300 s).</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Run every cell even after one fails (grading); by default the run stops at the first failing cell.</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>The kernel's culture (number formats, string order); by default the runner's, which follows <c>LANG</c>.</summary>
    public CultureInfo? Culture { get; init; }
}

/// <summary>
/// Executes notebooks top to bottom, each in a <c>dotnet-interactive</c> kernel process of its own, and returns
/// executed copies: code cells run in the kernel their metadata names, markdown is kept. A cell that ends the
/// kernel or runs past the time limit fails, and the notebook's later cells are not run.
/// </summary>
public sealed class NotebookRunner(RunOptions options)
{
    /// <summary>Loads and runs the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">The file is missing or not an nbformat 4 notebook.</exception>
    public Task<NotebookRunResult> RunFileAsync(string path, IRunProgress? progress = null, CancellationToken cancellation = default) =>
        RunAsync(NotebookDocument.Load(path), progress, cancellation);

    /// <summary>
    /// Runs <paramref name="notebook"/> in a fresh kernel, sending each code cell's source exactly as it stands, and
    /// nothing else; the notebook itself is not changed.
    /// </summary>
    /// <param name="notebook">The notebook to run.</param>
    /// <param name="progress">Hears about each cell.</param>
    /// <param name="cancellation">Ends the run and its kernel.</param>
    /// <param name="sandbox">When given, the kernel runs in it, within its limits, and a failure that hit one says which.</param>
    /// <exception cref="KernelStartException">The kernel could not be started.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired; the kernel has been ended.</exception>
    public async Task<NotebookRunResult> RunAsync(NotebookDocument notebook, IRunProgress? progress = null, CancellationToken cancellation = default, SubmissionSandbox? sandbox = null)
    {
        var executed = notebook.Clone();
        var defaultKernel = CellKernel.DefaultOf(executed);
        var results = new List<CellResult>();
        var clock = Stopwatch.StartNew();
        var executionCount = 0;
        var stopped = false;
        using var output = new OutputBudget(sandbox?.Limits.OutputBytes, cancellation);
        await using var kernel = await KernelSession.StartAsync(notebook.Folder, options.Culture ?? CultureInfo.CurrentCulture, progress is null ? null : progress.Notice, sandbox);
        foreach (var cell in executed.Cells)
        {
            cancellation.ThrowIfCancellationRequested();
            if (!cell.IsCode)
            {
                results.Add(new CellResult(cell.Number, CellStatus.Text, [], TimeSpan.Zero, null));
                continue;
            }

            CellResult result;
            var kernelName = CellKernel.Of(cell, defaultKernel);
            if (!kernel.KernelNames.Contains(kernelName))
            {
                result = Unsupported(cell, kernelName, kernel.KernelNames);
            }
            else if (stopped)
            {
                cell.SetExecution(null, []);
                result = new CellResult(cell.Number, CellStatus.NotExecuted, [], TimeSpan.Zero, null);
            }
            else
            {
                var count = ++executionCount;
                progress?.CellStarting(executed, cell, count);
                var cellClock = Stopwatch.StartNew();
                var submission = await kernel.SubmitAsync(cell.Source, kernelName, options.CellTimeout, output.Counting(Printed(progress, executed, cell)), output.Token);
                cancellation.ThrowIfCancellationRequested();
                var outputs = KernelOutputs.From(submission.Events, count);
                var place = CellErrors.Place(notebook.DisplayName, cell, count);
                ErrorOutput? error = submission switch
                {
                    { Failure: { } failure } => CellErrors.Failed(place, failure, submission.Events),
                    { ExitCode: { } exitCode } => CellErrors.KernelExited(place, exitCode),
                    { TimedOut: true } when output.Exceeded => CellErrors.OutputLimit(place, sandbox!.Limits),
                    { TimedOut: true } => CellErrors.TimedOut(place, options.CellTimeout),
                    _ => null,
                };
                if (error is not null && sandbox is not null && !output.Exceeded)
                {
                    error = CellErrors.WithNote(error, submission.KernelEnded && !submission.TimedOut ? sandbox.Limits.ExplainKernelEnd() : sandbox.Limits.Explain(error.Value + "\n" + string.Join("\n", error.Traceback)));
                }

                if (error is not null)
                {
                    outputs.Add(error);
                }

                cell.SetExecution(count, outputs);
                result = new CellResult(cell.Number, error is null ? CellStatus.Succeeded : CellStatus.Failed, outputs, cellClock.Elapsed, error?.Value);
                stopped = submission.KernelEnded || (error is not null && !options.ContinueOnError);
            }

            results.Add(result);
            progress?.CellFinished(executed, result, clock.Elapsed);
        }

        return new NotebookRunResult(notebook, executed, results, clock.Elapsed);
    }

    private static Action<KernelEvent>? Printed(IRunProgress? progress, NotebookDocument notebook, NotebookCell cell) =>
        progress is null ? null : kernelEvent =>
        {
            switch (kernelEvent)
            {
                case StandardOutputValueProduced printed:
                    progress.CellPrinted(notebook, cell, "stdout", KernelOutputs.Text(printed));
                    break;
                case StandardErrorValueProduced printed:
                    progress.CellPrinted(notebook, cell, "stderr", KernelOutputs.Text(printed));
                    break;
            }
        };

    private static CellResult Unsupported(NotebookCell cell, string kernel, IReadOnlySet<string> available)
    {
        var message = $"a '{kernel}' cell: the kernel has no such language (it has {string.Join(", ", available.Order(StringComparer.Ordinal))}); skipped";
        var notice = new StreamOutput("stderr", $"Cell index {cell.Index}: {message}.\n");
        cell.SetExecution(null, [notice]);
        return new CellResult(cell.Number, CellStatus.Unsupported, [notice], TimeSpan.Zero, message);
    }
}
