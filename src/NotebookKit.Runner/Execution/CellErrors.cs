using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Execution;

/// <summary>
/// Builds the error output of a failing cell. Its message always starts with "notebook, cell N, line L:" so a
/// person can go straight to the line; the traceback adds the details.
/// </summary>
public static class CellErrors
{
    /// <summary>A directive the runner cannot honour.</summary>
    public static ErrorOutput Directive(string notebook, int cell, DirectiveException error) =>
        Build("DirectiveError", $"{notebook}, cell {cell}, line {error.Line}: {error.Message}", []);

    /// <summary>Compile errors: the first one in the message, all of them in the traceback.</summary>
    public static ErrorOutput Compilation(string notebook, int cell, IReadOnlyList<Diagnostic> errors)
    {
        var first = errors[0];
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more compile errors)" : "";
        return Build("CompilationError", $"{notebook}, cell {cell}, line {Line(first)}: {first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}{more}",
            errors.Select(error => $"line {Line(error)}, column {error.Location.GetLineSpan().StartLinePosition.Character + 1}: {error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}"));
    }

    /// <summary>A cell that did not finish within the time limit.</summary>
    public static ErrorOutput TimedOut(string notebook, int cell, TimeSpan limit) =>
        Build("TimeoutError", $"{notebook}, cell {cell}: did not finish within {limit.TotalSeconds:0.#} s, so the runner stopped waiting for it. Look for a loop that never ends, or allow more time with --cell-timeout <seconds>.", []);

    /// <summary>
    /// An exception thrown by the cell. <paramref name="cellOfSource"/> maps the source names the session gave each
    /// cell to cell numbers, so the message names the line of this cell, and the cell and line the exception came
    /// from when that is code defined in another cell.
    /// </summary>
    public static ErrorOutput Exception(string notebook, int cell, Exception error, IReadOnlyDictionary<string, int> cellOfSource)
    {
        var frames = new StackTrace(error, fNeedFileInfo: true).GetFrames();
        var cellFrames = frames
            .Select(frame => (Frame: frame, Cell: cellOfSource.GetValueOrDefault(frame.GetFileName() ?? "")))
            .Where(entry => entry.Cell > 0)
            .ToList();
        var here = cellFrames.FirstOrDefault(entry => entry.Cell == cell).Frame;
        var origin = cellFrames.FirstOrDefault();
        var location = here is null ? "" : $", line {here.GetFileLineNumber()}";
        var from = origin.Frame is not null && origin.Cell != cell ? $" (thrown in cell {origin.Cell}, line {origin.Frame.GetFileLineNumber()})" : "";
        var message = $"{notebook}, cell {cell}{location}: {error.GetType().Name}: {error.Message}{from}";
        return Build(error.GetType().Name, message, StackLines(frames, cellOfSource).Concat(Causes(error)));
    }

    private static ErrorOutput Build(string name, string message, IEnumerable<string> details) =>
        new(name, message, [message, .. details]);

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static IEnumerable<string> StackLines(IEnumerable<StackFrame> frames, IReadOnlyDictionary<string, int> cellOfSource)
    {
        foreach (var frame in frames)
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            if (method is null || type is null || IsMachinery(type))
            {
                continue;
            }

            if (cellOfSource.TryGetValue(frame.GetFileName() ?? "", out var cell))
            {
                var generated = method.Name.Contains('<') || type.Name.Contains('<');
                yield return $"   at {(generated ? "" : $"{method.Name} in ")}cell {cell}, line {frame.GetFileLineNumber()}";
            }
            else
            {
                yield return $"   at {type.FullName}.{method.Name}";
            }
        }
    }

    private static bool IsMachinery(Type type) =>
        type.Namespace is { } space && (space.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
            || space.StartsWith("System.Runtime.CompilerServices", StringComparison.Ordinal)
            || space.StartsWith("System.Runtime.ExceptionServices", StringComparison.Ordinal)
            || space.StartsWith("System.Threading.Tasks", StringComparison.Ordinal));

    private static IEnumerable<string> Causes(Exception error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            yield return $"Caused by {inner.GetType().Name}: {inner.Message}";
        }
    }
}
