using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Cli;

/// <summary>The notebooks named on the command line: finding, loading, and where their results are written.</summary>
public static class InputFiles
{
    /// <summary>
    /// The .ipynb files named by <paramref name="inputs"/>, in the order given; a folder contributes its own .ipynb
    /// files (not those of subfolders) sorted by name.
    /// </summary>
    /// <exception cref="UsageException">An input does not exist, or a folder holds no notebook.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.GetFiles(input, "*.ipynb").Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    throw new UsageException($"{input}: the folder holds no .ipynb notebook.");
                }

                files.AddRange(found);
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new UsageException($"{input}: no such file or folder (looked in {Environment.CurrentDirectory}). Run from the repository root, or give the full path.");
            }
        }

        return files.Select(Path.GetFullPath).Distinct().ToList();
    }

    /// <summary>
    /// Where each file is written in <paramref name="outFolder"/> (same file name), refusing two inputs with the same
    /// name and, unless <paramref name="overwriteSource"/>, any target that is a source itself, however the path is spelt (symbolic links included).
    /// </summary>
    /// <exception cref="UsageException">Two inputs would be written to one file, or a source would be overwritten.</exception>
    public static IReadOnlyList<string> Targets(IReadOnlyList<string> files, string outFolder, bool overwriteSource)
    {
        var targets = files.Select(file => overwriteSource ? file : Path.GetFullPath(Path.Combine(outFolder, Path.GetFileName(file)))).ToList();
        var clash = targets.GroupBy(target => target, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (clash is not null)
        {
            throw new UsageException($"two notebooks would both be written to {clash.Key}: run them separately, with different --out folders.");
        }

        var sources = files.GroupBy(RealPath, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var overwritten = overwriteSource ? null : targets.Select(RealPath).FirstOrDefault(sources.ContainsKey);
        if (overwritten is not null)
        {
            throw new UsageException($"writing to {outFolder} would overwrite the source {sources[overwritten]}. Choose another --out folder (or, for run, pass --in-place to update the sources on purpose).");
        }

        return targets;
    }

    /// <summary>The full path with every symbolic link on it resolved, so two spellings of one file compare equal.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (Path.Exists(current) && new FileInfo(current).ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = target.FullName;
            }
        }

        return current;
    }

    /// <summary>The notebooks in <paramref name="files"/>.</summary>
    /// <exception cref="UsageException">One or more files are not notebooks; the message lists each.</exception>
    public static IReadOnlyList<NotebookDocument> Load(IReadOnlyList<string> files)
    {
        var notebooks = new List<NotebookDocument>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            try
            {
                notebooks.Add(NotebookDocument.Load(file));
            }
            catch (NotebookFormatException error)
            {
                problems.Add(error.Message);
            }
        }

        return problems.Count == 0 ? notebooks : throw new UsageException(string.Join(Environment.NewLine, problems));
    }
}
