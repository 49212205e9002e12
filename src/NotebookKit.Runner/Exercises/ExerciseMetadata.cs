using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Exercises;

/// <summary>
/// The exercise convention in cell metadata: <c>"notebookkit": {"exercise": "Name"}</c> on the cell holding the
/// solution, and <c>"notebookkit": {"exercise": "Name", "check": true}</c> on each cell that checks it.
/// </summary>
public static class ExerciseMetadata
{
    /// <summary>The exercise a cell belongs to, or null.</summary>
    public static string? ExerciseOf(NotebookCell cell) => JsonPath.GetString(cell.Metadata, "notebookkit", "exercise");

    /// <summary>True for a check cell.</summary>
    public static bool IsCheck(NotebookCell cell) => JsonPath.IsTrue(cell.Metadata, "notebookkit", "check");
}
