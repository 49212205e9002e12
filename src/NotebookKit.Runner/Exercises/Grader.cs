using NotebookKit.Runner.Execution;

namespace NotebookKit.Runner.Exercises;

/// <summary>One exercise's score: check cells that ran without error, out of its check cells.</summary>
public sealed record ExerciseScore(string Exercise, int Passed, int Total);

/// <summary>The scores of one notebook's exercises, in the order they appear.</summary>
public sealed record GradeReport(string Notebook, IReadOnlyList<ExerciseScore> Exercises)
{
    /// <summary>Passed check cells over all exercises.</summary>
    public int Passed => Exercises.Sum(score => score.Passed);

    /// <summary>Check cells over all exercises.</summary>
    public int Total => Exercises.Sum(score => score.Total);
}

/// <summary>Scores a notebook that was run to the end (<see cref="RunOptions.ContinueOnError"/>).</summary>
public static class Grader
{
    /// <summary>For each exercise named in cell metadata: how many of its check cells passed.</summary>
    public static GradeReport Score(NotebookRunResult run)
    {
        var scores = new Dictionary<string, (int Passed, int Total)>();
        var order = new List<string>();
        foreach (var cell in run.Executed.Cells)
        {
            if (ExerciseMetadata.ExerciseOf(cell) is not { } exercise)
            {
                continue;
            }

            if (!scores.TryGetValue(exercise, out var score))
            {
                order.Add(exercise);
            }

            if (ExerciseMetadata.IsCheck(cell))
            {
                var passed = run.Cells[cell.Number - 1].Status == CellStatus.Succeeded;
                score = (score.Passed + (passed ? 1 : 0), score.Total + 1);
            }

            scores[exercise] = score;
        }

        return new GradeReport(run.Source.DisplayName, order.Select(name => new ExerciseScore(name, scores[name].Passed, scores[name].Total)).ToList());
    }
}
