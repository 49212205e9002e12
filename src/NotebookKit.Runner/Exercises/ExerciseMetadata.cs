using System.Text.Json.Nodes;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Exercises;

/// <summary>
/// The exercise convention in cell metadata: <c>"notebookkit": {"exercise": "Name"}</c> on the cell holding the
/// solution, <c>"notebookkit": {"exercise": "Name", "check": true, "points": 2}</c> on each cell that checks it
/// (worth <c>points</c>, default 1), and <c>"notebookkit": {"given": true}</c> on a cell the student must not
/// change. The setup cell (a notebook's first code cell) is always given. Check and given cells are the
/// notebook's locked cells: a release marks them read-only, and the grader takes them from the instructor's
/// notebook.
/// </summary>
public static class ExerciseMetadata
{
    /// <summary>The exercise a cell belongs to, or null.</summary>
    public static string? ExerciseOf(NotebookCell cell) => JsonPath.GetString(cell.Metadata, "notebookkit", "exercise");

    /// <summary>True for a check cell.</summary>
    public static bool IsCheck(NotebookCell cell) => JsonPath.IsTrue(cell.Metadata, "notebookkit", "check");

    /// <summary>True for an exercise's solution cell: it names an exercise and is neither a check nor given (code the exercise builds on).</summary>
    public static bool IsSolution(NotebookCell cell) => ExerciseOf(cell) is not null && !IsCheck(cell) && !JsonPath.IsTrue(cell.Metadata, "notebookkit", "given");

    /// <summary>True for a cell marked <c>"given": true</c>, or the notebook's setup cell (its first code cell).</summary>
    public static bool IsGiven(NotebookDocument notebook, NotebookCell cell) =>
        JsonPath.IsTrue(cell.Metadata, "notebookkit", "given") || cell == notebook.Cells.FirstOrDefault(first => first.IsCode);

    /// <summary>True for a check or given cell: the student may not change it.</summary>
    public static bool IsLocked(NotebookDocument notebook, NotebookCell cell) => IsCheck(cell) || IsGiven(notebook, cell);

    /// <summary>What a check cell is worth: its <c>points</c> (a whole number of at least 0), 1 when absent.</summary>
    /// <exception cref="FormatException">The value is not a whole number of at least 0.</exception>
    public static int PointsOf(NotebookCell cell) => JsonPath.Get(cell.Metadata, "notebookkit", "points") switch
    {
        null => 1,
        JsonValue value when value.TryGetValue<int>(out var points) && points >= 0 => points,
        var other => throw new FormatException($"cell index {cell.Index}: \"points\" must be a whole number of at least 0, not {other.ToJsonString()}."),
    };

    /// <summary>Marks <paramref name="cell"/> read-only where the editor honours it (JupyterLab: <c>editable</c>, <c>deletable</c>).</summary>
    public static void MarkReadOnly(NotebookCell cell)
    {
        cell.Metadata["editable"] = false;
        cell.Metadata["deletable"] = false;
    }
}
