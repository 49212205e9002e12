using System.Globalization;

namespace NotebookKit.Runner.Kernel;

/// <summary>A sandbox a kernel can be started in: it wraps the kernel's command line in the command that confines it.</summary>
public interface IKernelSandbox
{
    /// <summary>
    /// The command line that runs <paramref name="kernel"/> (<c>["dotnet", app, "stdio"]</c>, unquoted) inside the
    /// sandbox with <paramref name="culture"/>, each argument quoted as <see cref="Microsoft.DotNet.Interactive.Connection.StdIoKernelConnector"/>
    /// expects (it joins them into one argument string).
    /// </summary>
    string[] CommandLine(IReadOnlyList<string> kernel, CultureInfo culture);
}
