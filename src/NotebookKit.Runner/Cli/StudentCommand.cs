using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Cli;

/// <summary>
/// <c>student</c>: writes a release — the student copy of each notebook and the library they load, beside them — or
/// nothing at all if any notebook has a bad region or a missing library.
/// </summary>
public static class StudentCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    /// <exception cref="StudentCopyException">A solution region is malformed; no file has been written.</exception>
    /// <exception cref="ReleaseException">A library the notebooks load is missing; no file has been written.</exception>
    public static int Execute(CommandOptions options, ConsoleReport report)
    {
        var files = InputFiles.Expand(options.Inputs);
        var notebooks = InputFiles.Load(files);
        var targets = InputFiles.Targets(files, options.OutFolder, overwriteSource: false);
        var release = Release.Prepare(notebooks, targets, options.OutFolder);
        release.Write();
        foreach (var file in release.Written)
        {
            report.Line($"wrote {DisplayPath.Of(file)}");
        }

        return CommandLine.Success;
    }
}
