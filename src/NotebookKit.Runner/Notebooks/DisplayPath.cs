namespace NotebookKit.Runner.Notebooks;

/// <summary>How messages show a path: relative to the current folder when inside it, else in full.</summary>
public static class DisplayPath
{
    /// <summary>The path of <paramref name="path"/> as messages show it.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
