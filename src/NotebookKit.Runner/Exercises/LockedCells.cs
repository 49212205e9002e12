using System.Text.Json.Nodes;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Exercises;

/// <summary>A submission ready to grade: the student's cells with the instructor's locked cells in place.</summary>
/// <param name="Notebook">What the grader runs; it lies where the submission lies, so the kernel starts in its folder.</param>
/// <param name="Notes">What was changed, for the student's feedback: locked cells put back, checks that count for nothing.</param>
/// <param name="DeletedExercises">Exercises whose solution cell the submission does not have: each scores zero.</param>
public sealed record RestoredSubmission(NotebookDocument Notebook, IReadOnlyList<string> Notes, IReadOnlySet<string> DeletedExercises);

/// <summary>
/// Puts the instructor's locked cells (check cells and given cells, the setup cell among them) into a submission
/// before it runs, as nbgrader restores its locked cells: matched by cell id, each cell's source and metadata come
/// from the instructor's notebook, whatever the submission did to it. A locked cell stays where the submission has
/// it; a deleted one is put back after the nearest instructor cell before it that the submission still has; they
/// keep the instructor's order. The given cells' relative <c>#r</c> paths are made absolute, so the submission loads
/// the instructor's library wherever its folder lies. A cell the submission marks as a check or given that the
/// instructor's notebook does not have runs as the student's code and counts for nothing.
/// </summary>
public static class LockedCells
{
    /// <summary>The submission with the instructor's locked cells in place; neither notebook is changed.</summary>
    public static RestoredSubmission Restore(NotebookDocument instructor, NotebookDocument submission)
    {
        var notes = new List<string>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in submission.Cells)
        {
            if (cell.Id is { } id)
            {
                position.TryAdd(id, cell.Index);
            }
        }

        var locked = instructor.Cells.Where(cell => ExerciseMetadata.IsLocked(instructor, cell)).ToList();
        var lockedIds = locked.Select(cell => cell.Id!).ToHashSet(StringComparer.Ordinal);
        var placed = new List<(double Key, int Order, JsonNode Cell)>();
        foreach (var cell in submission.Cells.Where(cell => cell.Id is null || !lockedIds.Contains(cell.Id)))
        {
            placed.Add((cell.Index, 0, StudentCell(cell, notes)));
        }

        var previous = double.MinValue;
        for (var k = 0; k < locked.Count; k++)
        {
            var cell = locked[k];
            double key;
            if (position.TryGetValue(cell.Id!, out var at))
            {
                key = at;
            }
            else
            {
                var before = instructor.Cells.Take(cell.Index).Reverse().Select(other => other.Id is { } id && position.TryGetValue(id, out var p) ? p : (int?)null)
                    .FirstOrDefault(p => p is not null);
                key = (before ?? -1) + 0.5;
                notes.Add($"{Describe(instructor, cell)} was missing: the instructor's cell was put back.");
            }

            previous = Math.Max(key, previous);
            placed.Add((previous, k + 1, InstructorCell(cell, instructor.Folder)));
        }

        var deleted = instructor.Cells.Where(cell => ExerciseMetadata.IsSolution(cell) && (cell.Id is null || !position.ContainsKey(cell.Id)))
            .Select(cell => ExerciseMetadata.ExerciseOf(cell)!).ToHashSet(StringComparer.Ordinal);
        notes.AddRange(deleted.Select(exercise => $"The cell of exercise {exercise} was deleted: the exercise scores 0."));

        var json = (JsonObject)submission.Json.DeepClone();
        json["metadata"] = instructor.Metadata.DeepClone();
        json["cells"] = new JsonArray(placed.OrderBy(entry => entry.Key).ThenBy(entry => entry.Order).Select(entry => entry.Cell).ToArray());
        return new RestoredSubmission(NotebookDocument.Parse(json.ToJsonString(), submission.Path), notes, deleted);
    }

    /// <summary>The instructor's notebooks must give each locked cell an id of its own: the grader matches by id.</summary>
    /// <exception cref="FormatException">A locked cell has no id, shares it with another cell, or has bad points.</exception>
    public static void Validate(NotebookDocument instructor)
    {
        var ids = instructor.Cells.Where(cell => cell.Id is not null).GroupBy(cell => cell.Id!, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        foreach (var cell in instructor.Cells.Where(cell => ExerciseMetadata.IsLocked(instructor, cell) || ExerciseMetadata.IsSolution(cell)))
        {
            if (cell.Id is not { } id || ids[id] > 1)
            {
                throw new FormatException($"{instructor.DisplayName}, cell index {cell.Index}: {(cell.Id is null ? "has no id" : $"shares its id '{cell.Id}' with another cell")}; the grader matches cells by id. Give every cell a unique id (nbformat 4.5; JupyterLab and VS Code add them on save).");
            }

            if (ExerciseMetadata.IsCheck(cell))
            {
                ExerciseMetadata.PointsOf(cell);
            }
        }
    }

    /// <summary>The instructor's cell, without outputs, its relative <c>#r</c> paths made absolute.</summary>
    private static JsonNode InstructorCell(NotebookCell cell, string instructorFolder)
    {
        var json = (JsonObject)cell.Json.DeepClone();
        if (cell.IsCode)
        {
            json["source"] = MultilineText.ToLines(AssemblyPaths.Absolute(cell.Source, instructorFolder));
            json["outputs"] = new JsonArray();
            json["execution_count"] = null;
        }

        return json;
    }

    /// <summary>A submission's own cell; a check or given mark on it is taken off (it counts for nothing).</summary>
    private static JsonNode StudentCell(NotebookCell cell, List<string> notes)
    {
        var json = (JsonObject)cell.Json.DeepClone();
        if (JsonPath.Get(json, "metadata", "notebookkit") is JsonObject marks && (marks.Remove("check") | marks.Remove("given") | marks.Remove("points")))
        {
            notes.Add($"Cell index {cell.Index} is marked as a check or given cell, but the instructor's notebook has no such cell: it ran as your code and counts for nothing.");
        }

        return json;
    }

    private static string Describe(NotebookDocument instructor, NotebookCell cell) =>
        ExerciseMetadata.IsCheck(cell) ? $"The check cell of exercise {ExerciseMetadata.ExerciseOf(cell)} (id {cell.Id})"
        : ExerciseMetadata.IsGiven(instructor, cell) && cell == instructor.Cells.First(first => first.IsCode) ? $"The setup cell (id {cell.Id})"
        : $"The given cell id {cell.Id}";
}
