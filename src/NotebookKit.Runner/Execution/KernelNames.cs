namespace NotebookKit.Runner.Execution;

/// <summary>The kernel names of Polyglot Notebooks, as cell metadata and <c>#!name</c> lines spell them.</summary>
public static class KernelNames
{
    /// <summary>The C# kernel: the only one the headless runner executes.</summary>
    public const string CSharp = "csharp";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = CSharp,
        ["c#"] = CSharp,
        ["fsharp"] = "fsharp",
        ["f#"] = "fsharp",
        ["pwsh"] = "pwsh",
        ["powershell"] = "pwsh",
        ["javascript"] = "javascript",
        ["js"] = "javascript",
        ["html"] = "html",
        ["markdown"] = "markdown",
        ["md"] = "markdown",
        ["mermaid"] = "mermaid",
        ["sql"] = "sql",
        ["kql"] = "kql",
        ["http"] = "http",
        ["value"] = "value",
        ["python"] = "python",
        ["r"] = "r",
    };

    /// <summary>
    /// The kernel a <c>#!name</c> line selects, or null when the line is not a kernel selector
    /// (an ordinary line, or a magic command such as <c>#!time</c>).
    /// </summary>
    public static string? FromMagicLine(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith("#!", StringComparison.Ordinal) && Aliases.TryGetValue(trimmed[2..], out var kernel) ? kernel : null;
    }

    /// <summary>The canonical name for a kernel name or alias (unknown names are kept, lower-cased).</summary>
    public static string Normalize(string name) =>
        Aliases.TryGetValue(name.Trim(), out var kernel) ? kernel : name.Trim().ToLowerInvariant();
}
