using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Cli;

/// <summary><c>student</c>: writes the student copy of each notebook, or nothing at all if any notebook has a bad region.</summary>
public static class StudentCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    /// <exception cref="StudentCopyException">A solution region is malformed; no file has been written.</exception>
    public static int Execute(CommandOptions options, ConsoleReport report)
    {
        var files = InputFiles.Expand(options.Inputs);
        var notebooks = InputFiles.Load(files);
        var targets = InputFiles.Targets(files, options.OutFolder, overwriteSource: false);
        var copies = notebooks.Select(StudentCopy.Create).ToList();
        for (var i = 0; i < copies.Count; i++)
        {
            AssemblyPaths.Rebase(copies[i], Path.GetDirectoryName(Path.GetFullPath(targets[i]))!);
            copies[i].Save(targets[i]);
            report.Line($"wrote {DisplayPath.Of(targets[i])}");
        }

        return 0;
    }
}
