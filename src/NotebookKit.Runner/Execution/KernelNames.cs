namespace NotebookKit.Runner.Execution;

/// <summary>The kernel names of Polyglot Notebooks, as cell and notebook metadata spell them.</summary>
public static class KernelNames
{
    /// <summary>The C# kernel, in which the workbook's cells run.</summary>
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

    /// <summary>The canonical name for a kernel name or alias (unknown names are kept, lower-cased).</summary>
    public static string Normalize(string name) =>
        Aliases.TryGetValue(name.Trim(), out var kernel) ? kernel : name.Trim().ToLowerInvariant();
}
