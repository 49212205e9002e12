using System.Text.Json.Nodes;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Exercises;

/// <summary>A notebook that cannot be turned into a student copy; the message names notebook, cell and line.</summary>
public sealed class StudentCopyException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Makes the student copy of an instructor notebook: solutions replaced by stubs, outputs cleared, check and given
/// cells marked read-only. A marker anywhere the copy would not replace it (misspelt, in a markdown, raw, check or
/// given cell), an exercise cell without a region, or a solution line that would survive anywhere in the copy
/// (a cell, an output, an attachment, metadata) is refused.
/// </summary>
public static class StudentCopy
{
    /// <summary>Solution lines shorter than this (<c>}</c>, <c>return z;</c>) are not looked for in the copy: they say nothing.</summary>
    private const int TellingLength = 12;

    /// <summary>The student copy of <paramref name="instructor"/> (which is left unchanged).</summary>
    /// <exception cref="StudentCopyException">A marker or region is wrong, or solution text would survive in the copy.</exception>
    public static NotebookDocument Create(NotebookDocument instructor)
    {
        var copy = instructor.Clone();
        foreach (var cell in copy.Cells)
        {
            cell.ClearOutputs();
            var original = instructor.Cells[cell.Index];
            if (ExerciseMetadata.IsLocked(instructor, original))
            {
                ExerciseMetadata.MarkReadOnly(cell);
            }

            var markerLine = SolutionRegions.FirstMarkerLine(cell.Source);
            var problem = (cell.IsCode, markerLine) switch
            {
                (false, { }) => $"a solution marker in a {cell.CellType} cell: regions belong in the exercise's code cell",
                (true, { }) when ExerciseMetadata.IsCheck(original) => "a solution marker in a check cell: the grader runs the instructor's check cells as they are, so they must hold no solution",
                (true, { }) when ExerciseMetadata.IsGiven(instructor, original) => "a solution marker in a given cell (the setup cell or one marked \"given\"): the student copy hands it out unchanged",
                (true, null) when ExerciseMetadata.IsSolution(original) => $"exercise {ExerciseMetadata.ExerciseOf(original)}'s cell has no {SolutionRegions.Begin} … {SolutionRegions.End} region, so the student copy would hand out the whole cell: mark the solution",
                _ => null,
            };
            if (problem is not null)
            {
                throw new StudentCopyException($"{instructor.DisplayName}, cell {cell.Number}, line {markerLine ?? 1}: {problem}");
            }

            if (markerLine is not null)
            {
                try
                {
                    cell.Source = SolutionRegions.Replace(cell.Source, ExerciseMetadata.ExerciseOf(cell));
                }
                catch (SolutionRegionException error)
                {
                    throw new StudentCopyException($"{instructor.DisplayName}, cell {cell.Number}, line {error.Line}: {error.Message}", error);
                }
            }
        }

        RefuseLeaks(instructor, copy);
        return copy;
    }

    /// <summary>Shows <paramref name="executed"/> as a handout: each code cell's source becomes its source in <paramref name="studentCopy"/>, outputs stay.</summary>
    public static void HideSolutions(NotebookDocument executed, NotebookDocument studentCopy)
    {
        foreach (var cell in executed.Cells.Where(cell => cell.IsCode))
        {
            cell.Source = studentCopy.Cells[cell.Index].Source;
        }
    }

    /// <summary>Throws when a telling solution line (one not also written outside a region) is anywhere in <paramref name="copy"/>.</summary>
    private static void RefuseLeaks(NotebookDocument instructor, NotebookDocument copy)
    {
        var code = instructor.Cells.Where(cell => cell.IsCode).ToList();
        var given = code.SelectMany(cell => SolutionRegions.Replace(cell.Source, ExerciseMetadata.ExerciseOf(cell) ?? "").Split('\n'))
            .Select(line => line.Trim()).ToHashSet(StringComparer.Ordinal);
        var secrets = code.SelectMany(cell => SolutionRegions.SolutionLines(cell.Source)).Select(line => line.Trim())
            .Where(line => line.Length >= TellingLength && !given.Contains(line)).Distinct(StringComparer.Ordinal).ToList();
        if (secrets.Count == 0)
        {
            return;
        }

        foreach (var (where, text) in Strings(copy.Json, ""))
        {
            if (secrets.FirstOrDefault(secret => text.Contains(secret, StringComparison.Ordinal)) is { } leaked)
            {
                throw new StudentCopyException($"{instructor.DisplayName}, {Describe(where)}: the solution line '{leaked}' would be in the student copy; remove it there (or write it outside the solution region if it is meant to be given)");
            }
        }
    }

    /// <summary>Every string in <paramref name="node"/> with its JSON path (<c>/cells/3/metadata/x</c>).</summary>
    private static IEnumerable<(string Path, string Text)> Strings(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (key, child) in json)
                {
                    // A string array holds one text (nbformat's multiline strings): a line may be split across items.
                    if (child is JsonArray lines && MultilineText.IsValid(lines))
                    {
                        yield return ($"{path}/{key}", MultilineText.Read(lines));
                        continue;
                    }

                    foreach (var found in Strings(child, $"{path}/{key}"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Strings(array[i], $"{path}/{i}"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return (path, text);
                break;
        }
    }

    private static string Describe(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts is ["cells", var index, .. var rest] && int.TryParse(index, out var i)
            ? $"cell {i + 1}, {string.Join('/', rest)}"
            : $"notebook {string.Join('/', parts)}";
    }
}
