using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Exercises;

/// <summary>One exercise's score: the points of its check cells that ran without error, out of all their points.</summary>
/// <param name="Exercise">The exercise's name, as the instructor's metadata gives it.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points possible: the sum of its check cells' points.</param>
/// <param name="Feedback">What each check said (its report, or its error), or why the exercise scored nothing.</param>
public sealed record ExerciseScore(string Exercise, int Score, int MaxScore, string Feedback);

/// <summary>The scores of one notebook's exercises, in the instructor's order, and what the grader changed.</summary>
public sealed record GradeReport(string Notebook, IReadOnlyList<ExerciseScore> Exercises, IReadOnlyList<string> Notes)
{
    /// <summary>Points earned over all exercises.</summary>
    public int Score => Exercises.Sum(score => score.Score);

    /// <summary>Points possible over all exercises.</summary>
    public int MaxScore => Exercises.Sum(score => score.MaxScore);
}

/// <summary>
/// Scores a run against the instructor's notebook: its exercises, and its check cells found by id in the run. Cells
/// the run has that the instructor's notebook does not count for nothing.
/// </summary>
public static class Grader
{
    /// <summary>The score of each of <paramref name="instructor"/>'s exercises in <paramref name="run"/>.</summary>
    /// <param name="run">A run to the end (<see cref="RunOptions.ContinueOnError"/>) of a restored submission, or of the instructor's own notebook.</param>
    /// <param name="instructor">The instructor's notebook: which exercises and check cells there are, and their points.</param>
    /// <param name="restored">What restoring the submission found (deleted exercises score zero), or null for a notebook run as it is.</param>
    public static GradeReport Score(NotebookRunResult run, NotebookDocument instructor, RestoredSubmission? restored = null)
    {
        var executed = run.Executed.Cells.Where(cell => cell.Id is not null).GroupBy(cell => cell.Id!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var scores = Exercises(instructor).Select(exercise =>
        {
            var checks = instructor.Cells.Where(cell => ExerciseMetadata.IsCheck(cell) && ExerciseMetadata.ExerciseOf(cell) == exercise).ToList();
            var max = checks.Sum(ExerciseMetadata.PointsOf);
            if (restored?.DeletedExercises.Contains(exercise) == true)
            {
                return new ExerciseScore(exercise, 0, max, "Its cell was deleted from the submission, so it scores 0.");
            }

            var feedback = new List<string>();
            var score = 0;
            foreach (var check in checks)
            {
                var result = check.Id is { } id && executed.TryGetValue(id, out var cell) ? run.Cells[cell.Index] : null;
                if (result?.Status == CellStatus.Succeeded)
                {
                    score += ExerciseMetadata.PointsOf(check);
                }

                feedback.Add(Feedback(run, result));
            }

            return new ExerciseScore(exercise, score, max, checks.Count == 0 ? "No check cell." : string.Join("\n", feedback.Where(text => text.Length > 0)));
        }).ToList();
        return new GradeReport(instructor.FileName, scores, restored?.Notes ?? []);
    }

    /// <summary>Every exercise <paramref name="notebook"/> names, in the order of first appearance.</summary>
    public static IReadOnlyList<string> Exercises(NotebookDocument notebook) =>
        notebook.Cells.Select(ExerciseMetadata.ExerciseOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The report of a notebook that has no run: each exercise scores 0, with <paramref name="why"/>.</summary>
    public static GradeReport Zero(NotebookDocument instructor, string why) =>
        new(instructor.FileName, Exercises(instructor).Select(exercise => new ExerciseScore(exercise,
            0, instructor.Cells.Where(cell => ExerciseMetadata.IsCheck(cell) && ExerciseMetadata.ExerciseOf(cell) == exercise).Sum(ExerciseMetadata.PointsOf), why)).ToList(), []);

    private static string Feedback(NotebookRunResult run, CellResult? result)
    {
        var printed = result is null ? "" : string.Concat(result.Outputs.OfType<StreamOutput>().Where(output => output.Name == "stdout").Select(output => output.Text)).Trim();
        return result?.Status switch
        {
            CellStatus.Succeeded => printed.Length > 0 ? printed : "Passed.",
            CellStatus.Failed => printed.Length > 0 && IsCheckReport(result.Message!) ? printed : Join(printed, result.Message!),
            CellStatus.NotExecuted => $"Not run: {run.Cells.LastOrDefault(cell => cell.Number < result.Number && cell.Status == CellStatus.Failed)?.Message ?? "an earlier cell stopped the notebook"}",
            _ => "The check did not run.",
        };
    }

    /// <summary>True when the check failed the way the library's checks fail, after printing their own report.</summary>
    private static bool IsCheckReport(string message) =>
        message.Contains("NotebookKit.Exercises.ExerciseFailedException", StringComparison.Ordinal)
        || message.Contains("NotebookKit.Exercises.ExerciseNotImplementedException", StringComparison.Ordinal);

    private static string Join(string printed, string message) => printed.Length > 0 ? $"{printed}\n{message}" : message;
}
