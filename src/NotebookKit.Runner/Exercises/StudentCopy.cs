using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Exercises;

/// <summary>A notebook whose solution regions cannot be turned into a student copy; the message names notebook, cell and line.</summary>
public sealed class StudentCopyException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Makes the student copy of an instructor notebook: solutions replaced by stubs, outputs cleared.</summary>
public static class StudentCopy
{
    /// <summary>The student copy of <paramref name="instructor"/> (which is left unchanged).</summary>
    /// <exception cref="StudentCopyException">A solution region is malformed, or in a cell without an exercise name.</exception>
    public static NotebookDocument Create(NotebookDocument instructor)
    {
        var copy = instructor.Clone();
        foreach (var cell in copy.Cells)
        {
            cell.ClearOutputs();
            if (!cell.IsCode || !SolutionRegions.HasMarkers(cell.Source))
            {
                continue;
            }

            try
            {
                cell.Source = SolutionRegions.Replace(cell.Source, ExerciseMetadata.ExerciseOf(cell));
            }
            catch (SolutionRegionException error)
            {
                throw new StudentCopyException($"{instructor.DisplayName}, cell {cell.Number}, line {error.Line}: {error.Message}", error);
            }
        }

        return copy;
    }
}
