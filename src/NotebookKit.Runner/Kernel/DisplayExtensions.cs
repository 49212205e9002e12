using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Formatting;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Kernel;

/// <summary>The kernel's <c>x.Display()</c> extension method, emulated for the headless runner.</summary>
public static class DisplayExtensions
{
    /// <summary>
    /// Shows <paramref name="value"/> as a display output of the running cell, formatted by
    /// <see cref="DisplayFormatter"/> (optionally only in the given mime types). Outside a cell it does nothing.
    /// </summary>
    public static void Display(this object? value, params string[] mimeTypes) =>
        CellCapture.Collector?.Add(new DisplayOutput(DisplayFormatter.Format(value, mimeTypes)));
}
