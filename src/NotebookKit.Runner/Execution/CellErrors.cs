using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using NotebookKit.Runner.Kernel;
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

    /// <summary>
    /// The kernel reported the cell as failed: a compile error (with its line), an exception, a bad directive, a
    /// package whose kernel extension does not load (named from the cell's <paramref name="events"/>).
    /// </summary>
    public static ErrorOutput Failed(string place, CommandFailed failure, IReadOnlyList<KernelEvent> events)
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
        var details = lines.Skip(1).Where(line => !IsMachinery(line)).ToList();
        if (name == typeof(KernelExtensionLoadException).FullName && ExtensionPackage(events) is { } package)
        {
            var cause = details.FirstOrDefault(line => line.StartsWith(" ---> ", StringComparison.Ordinal))?[" ---> ".Length..] ?? first;
            var message = $"{place}: the kernel extension of the package {package.PackageName} {package.PackageVersion} does not load in this kernel "
                + $"(dotnet-interactive {KernelTool.Version}): {cause} Remove the package's #r line, or use a version of it built for this kernel.";
            return Build(name, message, details);
        }

        return Build(name, $"{place}: {first}", details);
    }

    /// <summary>
    /// The package whose kernel extension failed: the kernel names the extension's assembly on stderr ("Failed to load
    /// kernel extension "T" from assembly PATH"), and that assembly lies in the root of a package the cell added.
    /// </summary>
    private static ResolvedPackageReference? ExtensionPackage(IReadOnlyList<KernelEvent> events)
    {
        var assembly = events.OfType<ErrorProduced>().Select(error => ExtensionLoadFailed().Match(error.Message))
            .LastOrDefault(match => match.Success)?.Groups["path"].Value;
        return assembly is null ? null : events.OfType<PackageAdded>().Select(added => added.PackageReference)
            .LastOrDefault(package => assembly.StartsWith(package.PackageRoot, StringComparison.Ordinal));
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

    [GeneratedRegex("^Failed to load kernel extension \"[^\"]*\" from assembly (?<path>.+)$")]
    private static partial Regex ExtensionLoadFailed();

    [GeneratedRegex(@"^(?<type>[A-Za-z_][\w.`]*(Exception|Error)):")]
    private static partial Regex ExceptionType();
}
