using System.Text.RegularExpressions;

namespace NotebookKit.Runner.Notebooks;

/// <summary>
/// A notebook's relative <c>#r "path.dll"</c> directives (not <c>#r "nuget: ..."</c>), which the kernel resolves from
/// the notebook's folder: made absolute where a notebook runs from another folder (the grader gives a submission the
/// instructor's library), or pointed at a copy beside the notebook (a release).
/// </summary>
public static partial class AssemblyPaths
{
    /// <summary>The full paths of the files the relative <c>#r</c> lines of <paramref name="source"/> load, resolved from <paramref name="folder"/>.</summary>
    public static IEnumerable<string> Referenced(string source, string folder) =>
        FileReference().Matches(source).Select(match => match.Groups["path"].Value).Where(path => !Path.IsPathRooted(path))
            .Select(path => Path.GetFullPath(Path.Combine(folder, path)));

    /// <summary><paramref name="source"/> with each relative <c>#r</c> path, resolved from <paramref name="folder"/>, replaced by <paramref name="replace"/>(its full path).</summary>
    public static string Rewrite(string source, string folder, Func<string, string> replace) =>
        FileReference().Replace(source, match =>
        {
            var path = match.Groups["path"].Value;
            return Path.IsPathRooted(path)
                ? match.Value
                : match.Value.Replace($"\"{path}\"", $"\"{replace(Path.GetFullPath(Path.Combine(folder, path))).Replace('\\', '/')}\"", StringComparison.Ordinal);
        });

    /// <summary><paramref name="source"/> with each relative <c>#r</c> path, resolved from <paramref name="folder"/>, made absolute.</summary>
    public static string Absolute(string source, string folder) => Rewrite(source, folder, full => full);

    /// <summary>A <c>#r "file"</c> line (not <c>#r "nuget: ..."</c>).</summary>
    [GeneratedRegex(@"^[ \t]*#r[ \t]+""(?!nuget:)(?<path>[^""]+)""", RegexOptions.Multiline)]
    private static partial Regex FileReference();
}
