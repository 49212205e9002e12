using System.Diagnostics;

namespace NotebookKit.Runner.Sandbox;

/// <summary>
/// Bubblewrap (<c>bwrap</c>), the unprivileged sandbox of Flatpak, with util-linux's <c>prlimit</c> and
/// <c>setpriv</c>: found on PATH and tried once, since a machine can have it and still forbid what it needs (user
/// namespaces turned off).
/// </summary>
public static class Bubblewrap
{
    /// <summary>How to get bubblewrap, for messages.</summary>
    public const string HowToInstall = "install bubblewrap (Debian, Ubuntu: sudo apt-get install bubblewrap; Fedora: sudo dnf install bubblewrap; Arch: sudo pacman -S bubblewrap)";

    /// <summary>The path of a working <c>bwrap</c>, or why there is none.</summary>
    public static async Task<(string? Path, string Problem)> FindAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            return (null, $"bubblewrap runs only on Linux, and this is {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        }

        var missing = new[] { "bwrap", "prlimit", "setpriv" }.Where(tool => SearchPath.Find(tool) is null).ToList();
        if (missing.Count > 0)
        {
            return (null, $"{string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} not on PATH: {HowToInstall} (prlimit and setpriv come with util-linux)");
        }

        var bwrap = SearchPath.Find("bwrap")!;
        var start = new ProcessStartInfo(bwrap, ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--unshare-all", "true"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var probe = Process.Start(start)!;
        var error = await probe.StandardError.ReadToEndAsync();
        await probe.WaitForExitAsync();
        return probe.ExitCode == 0 ? (bwrap, "") : (null, $"{bwrap} cannot make a sandbox here (exit code {probe.ExitCode}: {error.Trim()}); user namespaces may be turned off (sysctl kernel.unprivileged_userns_clone=1, or on Ubuntu 24.04 an AppArmor profile for bwrap)");
    }
}
