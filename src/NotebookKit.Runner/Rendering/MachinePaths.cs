using System.Text.RegularExpressions;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// Paths of the machine that ran a notebook, generalized where a page shows its outputs: a path in the user's home
/// folder is written from <c>~</c>, so a page handed out shows no user name and reads the same for a student whose
/// packages sit in their own home (the kernel's "Loading extensions from `~/.nuget/packages/…`"). System paths
/// (<c>/usr/lib/…</c>, which the library names when it reports its BLAS) are the same on every machine and stay.
/// </summary>
public static class MachinePaths
{
    private static readonly Regex Home = HomeFolder(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary><paramref name="text"/> with each path in the home folder written from <c>~</c>.</summary>
    public static string Generalize(string text) => Home.Replace(text, "~");

    /// <summary>The home folder where it starts a path: not inside a longer path, and followed by a separator.</summary>
    private static Regex HomeFolder(string home) => string.IsNullOrEmpty(home) || home is "/" or "\\"
        ? new Regex("(?!)")
        : new Regex($@"(?<![\w.~/\\-]){Regex.Escape(home.TrimEnd('/', '\\'))}(?=[/\\])", RegexOptions.CultureInvariant);
}
