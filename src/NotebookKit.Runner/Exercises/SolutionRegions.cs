using System.Text.RegularExpressions;

namespace NotebookKit.Runner.Exercises;

/// <summary>A solution region that cannot be replaced; <see cref="Line"/> is 1-based within the cell.</summary>
public sealed class SolutionRegionException(int line, string message) : Exception(message)
{
    /// <summary>The line of the offending marker in the cell, from 1.</summary>
    public int Line { get; } = line;
}

/// <summary>
/// Solution regions of an instructor's code cell: the lines from one starting with <c>// BEGIN SOLUTION</c> to one
/// starting with <c>// END SOLUTION</c> (after indentation), markers included. The student copy replaces each, at the
/// BEGIN line's indentation, by a stub that throws, so the exercise's check cell reports "not implemented". Any other
/// spelling of a marker (<c>//BEGIN SOLUTION</c>, lower case, <c>/* BEGIN SOLUTION */</c>, <c>### BEGIN SOLUTION</c>,
/// a marker after code) is refused: it would leave the solution in the student copy.
/// </summary>
public static partial class SolutionRegions
{
    /// <summary>The marker opening a solution region.</summary>
    public const string Begin = "// BEGIN SOLUTION";

    /// <summary>The marker closing a solution region.</summary>
    public const string End = "// END SOLUTION";

    /// <summary>True when <paramref name="source"/> has something that looks like a solution marker, well spelt or not.</summary>
    public static bool HasMarkers(string source) => LooseMarker().IsMatch(source);

    /// <summary>The 1-based line of the first thing that looks like a marker in <paramref name="source"/>, or null.</summary>
    public static int? FirstMarkerLine(string source)
    {
        var lines = Lines(source);
        var index = Array.FindIndex(lines, line => LooseMarker().IsMatch(line));
        return index < 0 ? null : index + 1;
    }

    /// <summary>The lines inside the regions of <paramref name="source"/> (markers excluded), for a check that none reaches a release.</summary>
    public static IEnumerable<string> SolutionLines(string source)
    {
        var inside = false;
        foreach (var line in Lines(source))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith(Begin, StringComparison.Ordinal) || trimmed.StartsWith(End, StringComparison.Ordinal))
            {
                inside = trimmed.StartsWith(Begin, StringComparison.Ordinal);
            }
            else if (inside)
            {
                yield return line;
            }
        }
    }

    /// <summary>The source with every region replaced by the stub of <paramref name="exercise"/>.</summary>
    /// <exception cref="SolutionRegionException">A marker is misspelt, a region is nested, not closed or not opened, or the cell has no exercise name.</exception>
    public static string Replace(string source, string? exercise)
    {
        var result = new List<string>();
        int? openedAt = null;
        var lines = Lines(source);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith(Begin, StringComparison.Ordinal))
            {
                if (openedAt is { } opened)
                {
                    throw new SolutionRegionException(i + 1, $"{Begin} inside the region opened at line {opened}: regions cannot nest; close the first with {End}");
                }

                if (exercise is null)
                {
                    throw new SolutionRegionException(i + 1, $"a solution region in a cell without an exercise name: add \"notebookkit\": {{\"exercise\": \"<Name>\"}} to the cell's metadata");
                }

                openedAt = i + 1;
                var indentation = line[..(line.Length - trimmed.Length)];
                result.Add($"{indentation}// YOUR CODE HERE");
                result.Add($"{indentation}throw new NotImplementedException(\"Exercise {Escape(exercise)} is not implemented yet.\");");
            }
            else if (trimmed.StartsWith(End, StringComparison.Ordinal))
            {
                if (openedAt is null)
                {
                    throw new SolutionRegionException(i + 1, $"{End} without a {Begin} before it");
                }

                openedAt = null;
            }
            else if (LooseMarker().IsMatch(line))
            {
                throw new SolutionRegionException(i + 1, $"'{trimmed}' is not a solution marker the student copy recognizes, so the solution would stay in it: write {Begin} and {End} exactly, each on a line of its own");
            }
            else if (openedAt is null)
            {
                result.Add(line);
            }
        }

        if (openedAt is { } unclosed)
        {
            throw new SolutionRegionException(unclosed, $"the solution region opened at line {unclosed} has no {End}");
        }

        return string.Join("\n", result);
    }

    private static string[] Lines(string source) => source.Replace("\r\n", "\n").Split('\n');

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    /// <summary>"BEGIN SOLUTION" or "END SOLUTION" in any case and spacing, whatever comes before it.</summary>
    [GeneratedRegex(@"\b(BEGIN|END)[ \t_-]*SOLUTION\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooseMarker();
}
