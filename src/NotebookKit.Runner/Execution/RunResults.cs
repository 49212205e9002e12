using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Execution;

/// <summary>What happened to one cell in a run.</summary>
public enum CellStatus
{
    /// <summary>A markdown or raw cell: nothing to run.</summary>
    Text,

    /// <summary>A code cell that ran without error.</summary>
    Succeeded,

    /// <summary>A code cell that ended with an error (exception, compile error, directive, time-out, the kernel ending).</summary>
    Failed,

    /// <summary>A cell of a language the kernel does not have: reported, not run, not an error.</summary>
    Unsupported,

    /// <summary>A code cell after a failure that stopped the notebook (the first failing cell, a time-out, the kernel ending).</summary>
    NotExecuted,
}

/// <summary>One cell's part of a run.</summary>
/// <param name="Number">The cell's position in the notebook, from 1.</param>
/// <param name="Status">What happened to it.</param>
/// <param name="Outputs">Its outputs, as written into the executed notebook.</param>
/// <param name="Elapsed">Time spent running it.</param>
/// <param name="Message">For a failed cell the one-line error ("notebook, In [k] (cell index i), line L: ..."); for a cell of another kernel, the notice.</param>
public sealed record CellResult(int Number, CellStatus Status, IReadOnlyList<CellOutput> Outputs, TimeSpan Elapsed, string? Message);

/// <summary>The outcome of running one notebook.</summary>
/// <param name="Source">The notebook as read.</param>
/// <param name="Executed">A copy with outputs and execution counts: what the runner writes out.</param>
/// <param name="Cells">One result per cell, in order.</param>
/// <param name="Elapsed">Time for the whole notebook.</param>
public sealed record NotebookRunResult(NotebookDocument Source, NotebookDocument Executed, IReadOnlyList<CellResult> Cells, TimeSpan Elapsed)
{
    /// <summary>True when no cell failed.</summary>
    public bool Succeeded => ErrorCount == 0;

    /// <summary>How many cells failed.</summary>
    public int ErrorCount => Cells.Count(cell => cell.Status == CellStatus.Failed);

    /// <summary>The error messages of the failed cells, one per line; empty when all went well.</summary>
    public string FailureMessage => string.Join(Environment.NewLine, Cells.Where(cell => cell.Status == CellStatus.Failed).Select(cell => cell.Message));
}
