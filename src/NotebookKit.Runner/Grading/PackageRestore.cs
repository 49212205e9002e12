using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Grading;

/// <summary>
/// Restores, once and outside any sandbox, the NuGet packages the instructor's locked cells load
/// (<c>#r "nuget: ..."</c>): the kernel puts them in the NuGet packages folder and remembers the resolution in its
/// cache, both of which every sandbox then mounts read-only, so no sandboxed kernel needs the network.
/// </summary>
public static partial class PackageRestore
{
    /// <summary>Runs the <c>#r "nuget: ..."</c> lines of each distinct package set of <paramref name="instructor"/> in a kernel started in <paramref name="folder"/>.</summary>
    /// <exception cref="GradingSetupException">A package could not be restored; the message names the notebook and the kernel's error.</exception>
    public static async Task RestoreAsync(IReadOnlyList<NotebookDocument> instructor, NotebookRunner runner, string folder, IRunProgress progress, CancellationToken cancellation)
    {
        var sets = instructor.Select(notebook => (Notebook: notebook, Lines: string.Join("\n", notebook.Cells.Where(cell => cell.IsCode && ExerciseMetadata.IsLocked(notebook, cell))
                .SelectMany(cell => PackageReference().Matches(cell.Source).Select(match => match.Value.Trim())))))
            .Where(set => set.Lines.Length > 0).DistinctBy(set => set.Lines, StringComparer.Ordinal);
        foreach (var (notebook, lines) in sets)
        {
            var json = (JsonObject)notebook.Json.DeepClone();
            var cell = (JsonObject)json["cells"]!.AsArray().First(cell => cell!["cell_type"]!.GetValue<string>() == "code")!.DeepClone();
            cell["source"] = MultilineText.ToLines(lines);
            json["cells"] = new JsonArray(cell);
            var run = await runner.RunAsync(NotebookDocument.Parse(json.ToJsonString(), Path.Combine(folder, $"packages-of-{notebook.FileName}")), progress, cancellation);
            if (!run.Succeeded)
            {
                throw new GradingSetupException($"the NuGet packages of {notebook.DisplayName} could not be restored: {run.FailureMessage}");
            }
        }
    }

    /// <summary>A <c>#r "nuget: ..."</c> line.</summary>
    [GeneratedRegex(@"^[ \t]*#r[ \t]+""nuget:[^""]*""", RegexOptions.Multiline)]
    private static partial Regex PackageReference();
}
