using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Events;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Sandbox;

namespace NotebookKit.Runner.Execution;

/// <summary>
/// Builds the error output of a failing cell. Its message always starts with the notebook, the cell's prompt and
/// its index in the notebook ("03-initialization.ipynb, In [7] (cell index 12), line 4:"), so a person can go
/// straight to it in VS Code, in JupyterLab or in the .ipynb; the traceback adds the kernel's details.
/// </summary>
public static partial class CellErrors
{
    /// <summary>Where a cell is: "notebook, In [k] (cell index i)".</summary>
    public static string Place(string notebook, NotebookCell cell, int executionCount) =>
        $"{notebook}, In [{executionCount}] (cell index {cell.Index})";

    /// <summary>The kernel reported the cell as failed: a compile error (with its line), an exception, a bad directive.</summary>
    public static ErrorOutput Failed(string place, CommandFailed failure)
    {
        var lines = failure.Message.ReplaceLineEndings("\n").Split('\n');
        var first = lines[0];
        if (CompileError().Match(first) is { Success: true } compile)
        {
            var count = lines.Count(line => CompileError().IsMatch(line));
            var more = count > 1 ? $" (and {count - 1} more compile errors)" : "";
            return Build("CompilationError", $"{place}, line {compile.Groups["line"].Value}: {compile.Groups["message"].Value}{more}", lines);
        }

        var name = ExceptionType().Match(first) is { Success: true } thrown ? thrown.Groups["type"].Value : "Error";
        return Build(name, $"{place}: {first}", lines.Skip(1).Where(line => !IsMachinery(line)));
    }

    /// <summary>A cell that did not finish within the time limit, after which its kernel was ended.</summary>
    public static ErrorOutput TimedOut(string place, TimeSpan limit) =>
        Build("TimeoutError", $"{place}: did not finish within {Seconds(limit)} s, so the runner interrupted it and ended the kernel; the cells after it were not run. Look for a loop that never ends, or allow more time with --cell-timeout <seconds>.", []);

    /// <summary>The kernel process ended while the cell ran (Environment.Exit, a stack overflow, a crash on another thread).</summary>
    public static ErrorOutput KernelExited(string place, int exitCode) =>
        Build("KernelExited", $"{place}: the kernel exited with code {exitCode}{Meaning(exitCode)} while this cell ran; the cells after it were not run.", []);

    /// <summary>A notebook whose cells produced more output than its sandbox allows; the runner ended its kernel.</summary>
    public static ErrorOutput OutputLimit(string place, SandboxLimits limits) => Build("OutputLimitError", $"{place}: {limits.ExplainOutput()}", []);

    /// <summary><paramref name="error"/> with <paramref name="note"/> (which limit of the sandbox the cell hit) after its message; unchanged without a note.</summary>
    public static ErrorOutput WithNote(ErrorOutput error, string? note) =>
        note is null ? error : new ErrorOutput(error.Name, $"{error.Value} {note}", [$"{error.Value} {note}", .. error.Traceback.Skip(1)]);

    private static string Meaning(int exitCode) => exitCode switch
    {
        134 => " (SIGABRT: a stack overflow, or an unhandled exception on another thread)",
        137 => " (SIGKILL: killed, for instance for running out of memory)",
        139 => " (SIGSEGV: a crash in native code)",
        > 128 and < 160 => $" (signal {exitCode - 128})",
        _ => " (the cell, or code it called, ended the process, e.g. with Environment.Exit)",
    };

    private static string Seconds(TimeSpan limit) => limit.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static ErrorOutput Build(string name, string message, IEnumerable<string> details) =>
        new(name, message, [message, .. details]);

    private static bool IsMachinery(string line) =>
        line.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)
        || line.Contains("--- End of stack trace from previous location ---", StringComparison.Ordinal);

    [GeneratedRegex(@"^\((?<line>\d+),(?<column>\d+)\): (?<message>error .*)$")]
    private static partial Regex CompileError();

    [GeneratedRegex(@"^(?<type>[A-Za-z_][\w.`]*(Exception|Error)):")]
    private static partial Regex ExceptionType();
}
