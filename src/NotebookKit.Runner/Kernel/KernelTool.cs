using System.Diagnostics;
using System.Text.Json.Nodes;

namespace NotebookKit.Runner.Kernel;

/// <summary>
/// The <c>dotnet-interactive</c> tool, pinned in the repository's local tool manifest
/// (<c>.config/dotnet-tools.json</c>): found in the NuGet packages folder, restored with <c>dotnet tool restore</c>
/// the first time it is missing, and started as <c>dotnet Microsoft.DotNet.Interactive.App.dll stdio</c>.
/// </summary>
public static class KernelTool
{
    /// <summary>The tool's package id in the manifest.</summary>
    public const string PackageId = "microsoft.dotnet-interactive";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static string? appPath;

    /// <summary>
    /// The repository root: the nearest folder above the runner's own files that holds
    /// <c>.config/dotnet-tools.json</c> (the runner is built inside the repository).
    /// </summary>
    /// <exception cref="KernelStartException">The runner was copied out of its repository.</exception>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The tool manifest that pins the kernel.</summary>
    public static string ManifestPath => Path.Combine(RepositoryRoot, ".config", "dotnet-tools.json");

    /// <summary>The pinned version of the kernel tool, as the manifest gives it.</summary>
    public static string Version =>
        (JsonNode.Parse(File.ReadAllText(ManifestPath))?["tools"]?[PackageId]?["version"]?.GetValue<string>())
        ?? throw new KernelStartException($"{ManifestPath} does not pin {PackageId}. Run: dotnet tool install {PackageId} --version <version> (from {RepositoryRoot})");

    /// <summary>
    /// The path of the kernel's entry assembly, restoring the tool first when it is not in the NuGet packages
    /// folder yet; <paramref name="log"/> hears about a restore.
    /// </summary>
    /// <exception cref="KernelStartException">The tool cannot be restored; the message has the restore's output.</exception>
    public static async Task<string> AppPathAsync(Action<string>? log = null)
    {
        await Gate.WaitAsync();
        try
        {
            if (appPath is not null)
            {
                return appPath;
            }

            var packages = await GlobalPackagesFolderAsync();
            // The tool may have been restored before NUGET_PACKAGES pointed elsewhere: then it is in the default folder.
            var folders = new[] { packages, Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages") }
                .Select(root => Path.Combine(root, PackageId, Version.ToLowerInvariant(), "tools")).Distinct().ToList();
            if (folders.Select(Find).FirstOrDefault(path => path is not null) is not { } found)
            {
                log?.Invoke($"Restoring the kernel tool {PackageId} {Version} (dotnet tool restore) ...");
                var restore = await DotnetAsync("tool", "restore");
                found = folders.Select(Find).FirstOrDefault(path => path is not null) ?? throw new KernelStartException(
                    $"dotnet tool restore did not provide {PackageId} {Version} in {string.Join(" or ", folders)} (exit code {restore.ExitCode}):\n{restore.Output}");
            }

            return appPath = found;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The NuGet global packages folder, where <c>#r "nuget: ..."</c> puts the packages it restores (NUGET_PACKAGES, or ~/.nuget/packages); asked of dotnet once.</summary>
    public static Task<string> GlobalPackagesFolderAsync() => PackagesFolder.Value;

    private static readonly Lazy<Task<string>> PackagesFolder = new(async () =>
    {
        var listed = (await DotnetAsync("nuget", "locals", "global-packages", "--list")).Output.Trim();
        return Path.TrimEndingDirectorySeparator(listed[(listed.IndexOf(':') + 1)..].Trim());
    });

    private static string? Find(string toolsFolder) =>
        Directory.Exists(toolsFolder)
            ? Directory.GetFiles(toolsFolder, "Microsoft.DotNet.Interactive.App.dll", SearchOption.AllDirectories).Order(StringComparer.Ordinal).LastOrDefault()
            : null;

    private static async Task<(int ExitCode, string Output)> DotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".config", "dotnet-tools.json")))
            {
                return folder.FullName;
            }
        }

        throw new KernelStartException($"no .config/dotnet-tools.json above {AppContext.BaseDirectory}: run the runner from its repository (dotnet run --project src/NotebookKit.Runner).");
    }
}

/// <summary>The kernel could not be started: the tool is missing, or its process ended before it was ready.</summary>
public sealed class KernelStartException(string message) : Exception(message);
