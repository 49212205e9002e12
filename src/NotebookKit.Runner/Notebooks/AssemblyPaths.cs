using NotebookKit.Runner.Execution;

namespace NotebookKit.Runner.Notebooks;

/// <summary>
/// Keeps a notebook's relative <c>#r "path.dll"</c> directives pointing at the same files when the notebook is
/// written to another folder (a student copy in <c>out/student/</c> still loads <c>src/NotebookKit/…/NotebookKit.dll</c>).
/// </summary>
public static class AssemblyPaths
{
    /// <summary>Rewrites, in place, each relative <c>#r</c> path of <paramref name="document"/>'s code cells to be relative to <paramref name="targetFolder"/>.</summary>
    /// <exception cref="DirectiveException">A cell has a malformed directive.</exception>
    public static void Rebase(NotebookDocument document, string targetFolder)
    {
        string target = Path.GetFullPath(targetFolder);
        foreach (var cell in document.Cells.Where(cell => cell.IsCode))
        {
            var references = Directives.Prepare(cell.Source).Directives.OfType<AssemblyReference>()
                .Where(reference => !Path.IsPathRooted(reference.Path)).ToList();
            if (references.Count == 0)
            {
                continue;
            }

            var lines = cell.Source.Replace("\r\n", "\n").Split('\n');
            foreach (var reference in references)
            {
                string file = Path.GetFullPath(Path.Combine(document.Folder, reference.Path));
                string rebased = Path.GetRelativePath(target, file).Replace('\\', '/');
                lines[reference.Line - 1] = lines[reference.Line - 1].Replace($"\"{reference.Path}\"", $"\"{rebased}\"", StringComparison.Ordinal);
            }

            cell.Source = string.Join("\n", lines);
        }
    }
}
