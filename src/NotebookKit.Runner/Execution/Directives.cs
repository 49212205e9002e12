namespace NotebookKit.Runner.Execution;

/// <summary>A kernel directive found in a C# cell, with its 1-based line.</summary>
public abstract record Directive(int Line);

/// <summary><c>#r "nuget: Name, Version"</c>.</summary>
public sealed record NuGetReference(int Line, string Package, string? Version) : Directive(Line);

/// <summary><c>#r "path/to/Library.dll"</c>; the path is as written (relative to the notebook's folder).</summary>
public sealed record AssemblyReference(int Line, string Path) : Directive(Line);

/// <summary>A C# cell ready to compile: its directives, and its code with each directive line left blank.</summary>
public sealed record PreparedCell(string Code, IReadOnlyList<Directive> Directives);

/// <summary>A directive the runner cannot honour; <see cref="Line"/> is 1-based within the cell.</summary>
public sealed class DirectiveException(int line, string message) : Exception(message)
{
    /// <summary>The line of the directive in the cell, from 1.</summary>
    public int Line { get; } = line;
}

/// <summary>
/// Separates the .NET Interactive directives (<c>#r</c>, <c>#i</c>, <c>#!csharp</c>) from C#: each directive line
/// becomes a blank line, so compiler and stack-trace line numbers stay those of the cell.
/// </summary>
public static class Directives
{
    /// <summary>Reads the directives of a C# cell.</summary>
    /// <exception cref="DirectiveException">A directive is malformed or not supported by the headless runner.</exception>
    public static PreparedCell Prepare(string source)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var directives = new List<Directive>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                CheckMagic(line, number);
            }
            else if (IsDirective(line, "#r"))
            {
                directives.Add(ParseReference(Argument(line, number), number));
            }
            else if (IsDirective(line, "#i"))
            {
                // A package source: accepted and ignored, the runner resolves packages from what it carries.
                Argument(line, number);
            }
            else
            {
                continue;
            }

            lines[i] = "";
        }

        return new PreparedCell(string.Join("\n", lines), directives);
    }

    private static void CheckMagic(string line, int number)
    {
        var kernel = KernelNames.FromMagicLine(line);
        if (kernel == KernelNames.CSharp)
        {
            return;
        }

        throw new DirectiveException(number, kernel is null
            ? $"the magic command {line} is not supported by the headless runner; remove it from the cell"
            : $"{line} switches to the {kernel} kernel inside a C# cell; the headless runner runs only C#, so give the {kernel} code a cell of its own");
    }

    private static bool IsDirective(string line, string name) =>
        line.StartsWith(name, StringComparison.Ordinal) && (line.Length == name.Length || line[name.Length] is ' ' or '\t' or '"');

    private static string Argument(string line, int number)
    {
        var argument = line[2..].Trim();
        if (argument.Length < 2 || argument[0] != '"' || argument[^1] != '"')
        {
            throw new DirectiveException(number, $"{line} is malformed: write {line[..2]} \"nuget: Name, Version\" or {line[..2]} \"relative/path.dll\" (the argument in double quotes)");
        }

        return argument[1..^1].Trim();
    }

    private static Directive ParseReference(string argument, int number)
    {
        const string NuGetPrefix = "nuget:";
        if (!argument.StartsWith(NuGetPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return new AssemblyReference(number, argument);
        }

        var parts = argument[NuGetPrefix.Length..].Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || parts[0].Length == 0)
        {
            throw new DirectiveException(number, $"#r \"{argument}\" is malformed: write #r \"nuget: Name, Version\"");
        }

        return new NuGetReference(number, parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null);
    }
}
