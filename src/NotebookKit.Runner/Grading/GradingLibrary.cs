using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Grading;

/// <summary>
/// The grader's private copy of the libraries the instructor's notebooks load by a relative <c>#r "path.dll"</c>
/// (NotebookKit.dll, with its XML documentation and, when a notebook reads data files, the <c>data/</c> folder, where
/// the library looks first), made before any submission runs, so that nothing a submission does to the instructor's
/// build output changes what the next one loads. Each library is, in this order: the file <c>--library</c> names; the
/// file the <c>#r</c> names, resolved from the instructor's notebook; the library of that name shipped with the grader
/// (beside the runner), so <c>--source</c> may lie anywhere.
/// </summary>
public static class GradingLibrary
{
    /// <summary>
    /// Copies the libraries of <paramref name="instructor"/> into <paramref name="folder"/> and returns the notebooks
    /// with each relative <c>#r</c> naming its copy as <paramref name="mountedAt"/> (the folder as the kernel sees it) shows it.
    /// </summary>
    /// <exception cref="GradingSetupException">A library is nowhere to be found; the message names it and where it was looked for.</exception>
    public static IReadOnlyList<NotebookDocument> Prepare(IReadOnlyList<NotebookDocument> instructor, string folder, string mountedAt, string? library)
    {
        Directory.CreateDirectory(folder);
        var copied = new Dictionary<string, string>(StringComparer.Ordinal);
        var prepared = new List<NotebookDocument>();
        foreach (var notebook in instructor)
        {
            var copy = notebook.Clone();
            foreach (var cell in copy.Cells.Where(cell => cell.IsCode))
            {
                cell.Source = AssemblyPaths.Rewrite(cell.Source, notebook.Folder, referenced =>
                {
                    var found = Find(referenced, library) ?? throw new GradingSetupException(
                        $"{notebook.DisplayName}, cell {cell.Number} loads {referenced}, which does not exist, and the grader ships no {Path.GetFileName(referenced)} ({Shipped(referenced)}). " +
                        "Build the library (dotnet build src/NotebookKit), or name it: grade ... --library <path to the dll>.");
                    var name = Path.GetFileName(found);
                    if (copied.TryGetValue(name, out var other) && other != found)
                    {
                        throw new GradingSetupException($"the instructor's notebooks load both {other} and {found}: give the libraries different names.");
                    }

                    copied[name] = found;
                    return $"{mountedAt.TrimEnd('/')}/{name}";
                });
            }

            prepared.Add(copy);
        }

        if (library is not null && !copied.ContainsKey(Path.GetFileName(library)))
        {
            throw new GradingSetupException($"--library {library}: no instructor notebook loads a file of that name (they load {(copied.Count == 0 ? "none by a relative #r" : string.Join(", ", copied.Keys))}).");
        }

        foreach (var (name, from) in copied)
        {
            Copy(from, Path.Combine(folder, name));
            Copy(Path.ChangeExtension(from, ".xml"), Path.Combine(folder, Path.ChangeExtension(name, ".xml")));
        }

        if (prepared.Any(ReadsData) && Release.DataFolderAbove(copied.Values.Concat(instructor.Select(notebook => notebook.Path))) is { } data)
        {
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            foreach (var file in Directory.GetFiles(data))
            {
                Copy(file, Path.Combine(folder, "data", Path.GetFileName(file)));
            }
        }

        return prepared;
    }

    /// <summary>The library of the name of <paramref name="referenced"/> that the grader ships (the build beside the runner).</summary>
    public static string Shipped(string referenced) => Path.Combine(AppContext.BaseDirectory, Path.GetFileName(referenced));

    private static string? Find(string referenced, string? library) =>
        new[] { library is not null && Path.GetFileName(library) == Path.GetFileName(referenced) ? Path.GetFullPath(library) : null, referenced, Shipped(referenced) }
            .FirstOrDefault(File.Exists);

    private static bool ReadsData(NotebookDocument notebook) =>
        notebook.Cells.Any(cell => cell.IsCode && cell.Source.Contains("DataFiles", StringComparison.Ordinal));

    private static void Copy(string from, string to)
    {
        if (File.Exists(from))
        {
            File.Copy(from, to, overwrite: true);
        }
    }
}
