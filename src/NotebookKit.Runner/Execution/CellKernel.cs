using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Execution;

/// <summary>Decides which kernel a code cell is sent to, the way Polyglot Notebooks does.</summary>
public static class CellKernel
{
    /// <summary>
    /// The notebook's default kernel: <c>metadata.polyglot_notebook.kernelInfo.defaultKernelName</c>, else the
    /// kernelspec (<c>.net-csharp</c> is C#), else its language; C# when the notebook says nothing.
    /// </summary>
    public static string DefaultOf(NotebookDocument notebook)
    {
        var metadata = notebook.Metadata;
        if (JsonPath.GetString(metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName") is { } name)
        {
            return KernelNames.Normalize(name);
        }

        if (JsonPath.GetString(metadata, "kernelspec", "name") is { } spec && spec.StartsWith(".net-", StringComparison.OrdinalIgnoreCase))
        {
            return KernelNames.Normalize(spec[".net-".Length..]);
        }

        var language = JsonPath.GetString(metadata, "kernelspec", "language") ?? JsonPath.GetString(metadata, "language_info", "name");
        return language is null ? KernelNames.CSharp : KernelNames.Normalize(language);
    }

    /// <summary>
    /// The kernel a code cell is sent to, as VS Code sends it: <c>metadata.polyglot_notebook.kernelName</c>, else
    /// <c>metadata.dotnet_interactive.language</c>, else the notebook's default kernel. A <c>#!name</c> line inside
    /// the cell is the kernel's own business: it switches language there, as in VS Code.
    /// </summary>
    public static string Of(NotebookCell cell, string notebookDefault)
    {
        var fromMetadata = JsonPath.GetString(cell.Metadata, "polyglot_notebook", "kernelName")
            ?? JsonPath.GetString(cell.Metadata, "dotnet_interactive", "language");
        return fromMetadata is null ? notebookDefault : KernelNames.Normalize(fromMetadata);
    }
}
