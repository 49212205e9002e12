using System.Text.RegularExpressions;

namespace NotebookKit.Runner.Notebooks;

/// <summary>
/// Keeps a notebook's relative <c>#r "path.dll"</c> directives pointing at the same files when the notebook is
/// written to another folder (a student copy in <c>out/student/</c> still loads <c>src/NotebookKit/…/NotebookKit.dll</c>).
/// </summary>
public static partial class AssemblyPaths
{
    /// <summary>Rewrites, in place, each relative <c>#r</c> path of <paramref name="document"/>'s code cells to be relative to <paramref name="targetFolder"/>.</summary>
    public static void Rebase(NotebookDocument document, string targetFolder)
    {
        var target = Path.GetFullPath(targetFolder);
        foreach (var cell in document.Cells.Where(cell => cell.IsCode && FileReference().IsMatch(cell.Source)))
        {
            cell.Source = FileReference().Replace(cell.Source, match =>
            {
                var path = match.Groups["path"].Value;
                if (Path.IsPathRooted(path))
                {
                    return match.Value;
                }

                var rebased = Path.GetRelativePath(target, Path.GetFullPath(Path.Combine(document.Folder, path))).Replace('\\', '/');
                return match.Value.Replace($"\"{path}\"", $"\"{rebased}\"", StringComparison.Ordinal);
            });
        }
    }

    /// <summary>A <c>#r "file"</c> line (not <c>#r "nuget: ..."</c>).</summary>
    [GeneratedRegex(@"^[ \t]*#r[ \t]+""(?!nuget:)(?<path>[^""]+)""", RegexOptions.Multiline)]
    private static partial Regex FileReference();
}
