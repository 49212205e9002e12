namespace NotebookKit.Runner.Tests.Support;

/// <summary>The repository this test assembly was built from: found by walking up to NotebookKit.slnx.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The notebooks of the workbook, notebooks/*.ipynb, sorted by name.</summary>
    public static IReadOnlyList<string> Notebooks()
    {
        var folder = Path.Combine(Root, "notebooks");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToList() : [];
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NotebookKit.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No NotebookKit.slnx above {AppContext.BaseDirectory}: the tests must run from the repository's build output.");
    }
}
