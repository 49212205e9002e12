namespace NotebookKit.Exercises;

/// <summary>Thrown by a check cell when the exercise above it is wrong, so a headless run fails there.</summary>
public class ExerciseFailedException : Exception
{
    /// <summary>Creates the exception for <paramref name="exercise"/>.</summary>
    public ExerciseFailedException(string exercise, string message) : base(message)
    {
        Exercise = exercise;
    }

    /// <summary>The exercise's name.</summary>
    public string Exercise { get; }
}

/// <summary>Thrown by a check cell when the exercise above it has not been written yet (a student copy).</summary>
public sealed class ExerciseNotImplementedException : ExerciseFailedException
{
    /// <summary>Creates the exception for <paramref name="exercise"/>.</summary>
    public ExerciseNotImplementedException(string exercise)
        : base(exercise, $"{exercise} is not implemented yet: complete the code between the markers in the cell above, run it, then run this check again.")
    {
    }
}
