using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Sandbox;

namespace NotebookKit.Runner.Grading;

/// <summary>
/// Runs an instructor's notebook with its own solutions, exactly as a submission is run (the same library copy, the
/// same sandbox, the same limits), before any student's: if the library cannot be loaded, a kernel cannot start or a
/// check fails on the instructor's own solution, the fault is the grader's setup, not the students'.
/// </summary>
public static class Rehearsal
{
    /// <summary>Runs <paramref name="instructor"/>; returns how long it took.</summary>
    /// <exception cref="GradingSetupException">A cell failed, or a check did not give full marks; the message names the notebook, the cell and the cause.</exception>
    public static async Task<TimeSpan> RunAsync(NotebookDocument instructor, NotebookRunner runner, SubmissionSandbox? sandbox, IRunProgress progress, CancellationToken cancellation)
    {
        var run = await runner.RunAsync(instructor, progress, cancellation, sandbox);
        if (!run.Succeeded)
        {
            throw new GradingSetupException($"the instructor's notebook fails with its own solutions, so grading would blame the students: {run.FailureMessage}");
        }

        var grade = Grader.Score(run, instructor);
        if (grade.Score != grade.MaxScore)
        {
            var missed = grade.Exercises.First(exercise => exercise.Score != exercise.MaxScore);
            throw new GradingSetupException($"{instructor.DisplayName} scores {grade.Score} of {grade.MaxScore} with its own solutions: exercise {missed.Exercise} gets {missed.Score} of {missed.MaxScore} ({missed.Feedback}).");
        }

        return run.Elapsed;
    }
}
