namespace NotebookKit.Runner.Sandbox;

/// <summary>Programs found as the shell finds them, on PATH.</summary>
public static class SearchPath
{
    /// <summary>The full path of <paramref name="program"/> in the first folder of PATH that has it, or null.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
}
