namespace NotebookKit.Runner.Execution;

/// <summary>Receives progress while notebooks run, e.g. to show it on the console.</summary>
public interface IRunProgress
{
    /// <summary>A C# cell is about to run.</summary>
    /// <param name="cellNumber">Its position in the notebook, from 1.</param>
    /// <param name="cellCount">How many cells the notebook has.</param>
    void CellStarting(int cellNumber, int cellCount);

    /// <summary>A code cell has run, or been skipped.</summary>
    /// <param name="result">What happened to it.</param>
    /// <param name="cellCount">How many cells the notebook has.</param>
    /// <param name="notebookElapsed">Time since the notebook started.</param>
    void CellFinished(CellResult result, int cellCount, TimeSpan notebookElapsed);
}
