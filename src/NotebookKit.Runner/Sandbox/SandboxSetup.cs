using NotebookKit.Runner.Kernel;

namespace NotebookKit.Runner.Sandbox;

/// <summary>
/// What every submission's sandbox of one grading run shares, all mounted read-only: the system (<c>/usr</c>,
/// <c>/etc</c>), the .NET installation, the kernel tool, the NuGet packages folder (restored beforehand, so no kernel
/// needs the network) with the kernel's cache of package resolutions, and the grader's private copy of the library.
/// </summary>
/// <param name="Bwrap">The bubblewrap executable.</param>
/// <param name="Library">The private copy of the library, mounted at <see cref="SubmissionSandbox.LibraryFolder"/>.</param>
/// <param name="Dotnet">The .NET installation the kernel runs on.</param>
/// <param name="Tool">The kernel tool's folder (its entry assembly and dependencies).</param>
/// <param name="Packages">The NuGet global packages folder.</param>
/// <param name="ResolutionCache">The kernel's cache of NuGet resolutions (<c>~/.packagemanagement/nuget/Cache</c>), when it exists.</param>
/// <param name="Limits">What each submission may use.</param>
public sealed record SandboxSetup(string Bwrap, string Library, string Dotnet, string Tool, string Packages, string? ResolutionCache, SandboxLimits Limits)
{
    /// <summary>The host folders mounted read-only at their own paths.</summary>
    public IReadOnlyList<string> ReadOnly => [Dotnet, Tool, Packages];

    /// <summary>The setup for grading with the library copy in <paramref name="library"/>.</summary>
    /// <exception cref="KernelStartException">The kernel tool cannot be found or restored.</exception>
    public static async Task<SandboxSetup> CreateAsync(string bwrap, string library, SandboxLimits limits, Action<string>? log = null)
    {
        var app = await KernelTool.AppPathAsync(log);
        var packages = await KernelTool.GlobalPackagesFolderAsync();
        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".packagemanagement", "nuget", "Cache");
        return new SandboxSetup(bwrap, library, DotnetRoot(), Path.GetDirectoryName(app)!, packages, Directory.Exists(cache) ? cache : null, limits);
    }

    /// <summary>The folder of the <c>dotnet</c> the kernel is started with (the one on PATH, links resolved).</summary>
    private static string DotnetRoot()
    {
        var onPath = SearchPath.Find("dotnet") ?? throw new KernelStartException("no dotnet on PATH: install the .NET SDK, or put its folder on PATH.");
        var target = new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
        return Path.GetDirectoryName(target)!;
    }
}
