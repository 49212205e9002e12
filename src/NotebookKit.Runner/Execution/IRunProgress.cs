using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Execution;

/// <summary>Receives progress while notebooks run (several may run at once), e.g. to show it on the console.</summary>
public interface IRunProgress
{
    /// <summary>Something a person should know once about the whole run (a tool restore, a kernel started once more).</summary>
    void Notice(string message);

    /// <summary>A code cell of <paramref name="notebook"/> is about to run as <c>In [executionCount]</c>.</summary>
    void CellStarting(NotebookDocument notebook, NotebookCell cell, int executionCount);

    /// <summary>The running cell printed <paramref name="text"/> to "stdout" or "stderr".</summary>
    void CellPrinted(NotebookDocument notebook, NotebookCell cell, string stream, string text);

    /// <summary>A code cell has run, or been skipped; <paramref name="notebookElapsed"/> is the time since the notebook started.</summary>
    void CellFinished(NotebookDocument notebook, CellResult result, TimeSpan notebookElapsed);
}
