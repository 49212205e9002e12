using NotebookKit.Runner.Cli;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Exercises;

/// <summary>A release that cannot be written: a file the notebooks load is missing.</summary>
public sealed class ReleaseException(string message) : Exception(message);

/// <summary>
/// A release: the student copies of some notebooks in one folder that opens anywhere — in VS Code, JupyterLab or the
/// grader, wherever it is unzipped. Each file a notebook loads with a relative <c>#r "path.dll"</c> (NotebookKit.dll)
/// is copied beside the notebooks, with its XML documentation, and the <c>#r</c> names the copy; when a notebook
/// reads the data files (<c>DataFiles</c>), the data folder is copied as <c>data/</c>, where the library looks first.
/// </summary>
public sealed class Release
{
    private readonly List<(NotebookDocument Copy, string Target)> notebooks = [];
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

    private Release(string folder) => Folder = Path.GetFullPath(folder);

    /// <summary>The release folder.</summary>
    public string Folder { get; }

    /// <summary>The notebooks and files written, in order.</summary>
    public IEnumerable<string> Written => notebooks.Select(notebook => notebook.Target).Concat(files.Keys);

    /// <summary>Makes every student copy and finds every file to carry, before anything is written.</summary>
    /// <exception cref="StudentCopyException">A notebook's solution regions are wrong.</exception>
    /// <exception cref="ReleaseException">A file a notebook loads is missing, or two such files have one name.</exception>
    public static Release Prepare(IReadOnlyList<NotebookDocument> instructor, IReadOnlyList<string> targets, string folder)
    {
        var release = new Release(folder);
        for (var i = 0; i < instructor.Count; i++)
        {
            var source = instructor[i];
            var copy = StudentCopy.Create(source);
            foreach (var cell in copy.Cells.Where(cell => cell.IsCode))
            {
                cell.Source = AssemblyPaths.Rewrite(cell.Source, source.Folder, library => release.Carry(library, source, cell));
            }

            if (copy.Cells.Any(cell => cell.IsCode && cell.Source.Contains("DataFiles", StringComparison.Ordinal)))
            {
                release.CarryData(source);
            }

            release.notebooks.Add((copy, targets[i]));
        }

        return release;
    }

    /// <summary>Copies the carried files, then writes the notebooks; each file atomically.</summary>
    public void Write()
    {
        foreach (var (target, from) in files)
        {
            AtomicFile.Copy(from, target);
        }

        foreach (var (copy, target) in notebooks)
        {
            copy.Save(target);
        }
    }

    /// <summary>Carries <paramref name="library"/> (and its documentation) and returns the name the <c>#r</c> uses.</summary>
    private string Carry(string library, NotebookDocument notebook, NotebookCell cell)
    {
        if (!File.Exists(library))
        {
            throw new ReleaseException($"{notebook.DisplayName}, cell {cell.Number}: it loads {library}, which does not exist. Build it first (dotnet build src/NotebookKit; dotnet run --project src/NotebookKit.Runner builds it too).");
        }

        var name = Path.GetFileName(library);
        Add(Path.Combine(Folder, name), library);
        var documentation = Path.ChangeExtension(library, ".xml");
        if (File.Exists(documentation))
        {
            Add(Path.Combine(Folder, Path.GetFileName(documentation)), documentation);
        }

        return name;
    }

    /// <summary>Carries the data folder found above the notebook's libraries, as the library finds it.</summary>
    private void CarryData(NotebookDocument notebook)
    {
        var libraries = notebook.Cells.Where(cell => cell.IsCode).SelectMany(cell => AssemblyPaths.Referenced(cell.Source, notebook.Folder));
        var data = DataFolderAbove(libraries.Prepend(Path.Combine(notebook.Folder, "notebook")))
            ?? throw new ReleaseException($"{notebook.DisplayName} reads data files (DataFiles), but no data/ folder with a README.md is above it or its library.");
        foreach (var file in Directory.GetFiles(data).Order(StringComparer.Ordinal))
        {
            Add(Path.Combine(Folder, "data", Path.GetFileName(file)), file);
        }
    }

    /// <summary>The data folder (a <c>data/</c> with a README.md) nearest above the first of <paramref name="files"/> that has one, as the library finds it; null when none has.</summary>
    public static string? DataFolderAbove(IEnumerable<string> files) =>
        files.SelectMany(file => Ancestors(Path.GetDirectoryName(file)!))
            .Select(folder => Path.Combine(folder, "data"))
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "README.md")));

    private void Add(string target, string from)
    {
        if (files.TryGetValue(target, out var other) && other != from)
        {
            throw new ReleaseException($"the release would carry both {other} and {from} as {target}: give the libraries different names.");
        }

        if (File.Exists(target) && InputFiles.RealPath(target) == InputFiles.RealPath(from))
        {
            throw new ReleaseException($"writing the release to {Folder} would copy {from} over itself: choose another --out folder.");
        }

        files[target] = from;
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            yield return current.FullName;
        }
    }
}
