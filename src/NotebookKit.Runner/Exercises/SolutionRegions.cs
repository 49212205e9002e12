namespace NotebookKit.Runner.Exercises;

/// <summary>A solution region that cannot be replaced; <see cref="Line"/> is 1-based within the cell.</summary>
public sealed class SolutionRegionException(int line, string message) : Exception(message)
{
    /// <summary>The line of the offending marker in the cell, from 1.</summary>
    public int Line { get; } = line;
}

/// <summary>
/// Solution regions of an instructor's code cell: the lines from one containing <c>// BEGIN SOLUTION</c> to one
/// containing <c>// END SOLUTION</c>, markers included. The student copy replaces each, at the BEGIN line's
/// indentation, by a stub that throws, so the exercise's check cell reports "not implemented".
/// </summary>
public static class SolutionRegions
{
    /// <summary>The marker opening a solution region.</summary>
    public const string Begin = "// BEGIN SOLUTION";

    /// <summary>The marker closing a solution region.</summary>
    public const string End = "// END SOLUTION";

    /// <summary>True when <paramref name="source"/> has a solution marker.</summary>
    public static bool HasMarkers(string source) => source.Contains(Begin, StringComparison.Ordinal) || source.Contains(End, StringComparison.Ordinal);

    /// <summary>The source with every region replaced by the stub of <paramref name="exercise"/>.</summary>
    /// <exception cref="SolutionRegionException">A region is nested, not closed, not opened, or the cell has no exercise name.</exception>
    public static string Replace(string source, string? exercise)
    {
        var result = new List<string>();
        int? openedAt = null;
        var lines = source.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains(Begin, StringComparison.Ordinal))
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
                var indentation = line[..(line.Length - line.TrimStart().Length)];
                result.Add($"{indentation}// YOUR CODE HERE");
                result.Add($"{indentation}throw new NotImplementedException(\"Exercise {Escape(exercise)} is not implemented yet.\");");
            }
            else if (line.Contains(End, StringComparison.Ordinal))
            {
                if (openedAt is null)
                {
                    throw new SolutionRegionException(i + 1, $"{End} without a {Begin} before it");
                }

                openedAt = null;
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

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
