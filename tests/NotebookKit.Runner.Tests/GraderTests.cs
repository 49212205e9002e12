using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>Scores per exercise: passed check cells out of check cells.</summary>
public sealed class GraderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Each_exercise_scores_its_passed_check_cells_and_a_failure_does_not_stop_grading()
    {
        var instructor = new NotebookBuilder()
            .Markdown("# Exercises")
            .Exercise("Relu", "double Relu(double z) => Math.Max(0, z);")
            .Check("Relu", "if (Relu(-1) != 0) throw new Exception(\"Relu(-1) should be 0\");")
            .Check("Relu", "if (Relu(2) != 2) throw new Exception(\"Relu(2) should be 2\");")
            .Exercise("Step", "double Step(double z) => z;  // wrong on purpose")
            .Check("Step", "if (Step(-1) != 0) throw new Exception(\"Step(-1) should be 0\");")
            .Exercise("Unchecked", "var nothing = 0;");
        var run = await instructor.RunAsync(folder.File("graded.ipynb"), new RunOptions { ContinueOnError = true });

        var report = Grader.Score(run, instructor.Document(folder.File("graded.ipynb")));

        Assert.Equal([("Relu", 2, 2), ("Step", 0, 1), ("Unchecked", 0, 0)], report.Exercises.Select(score => (score.Exercise, score.Score, score.MaxScore)));
        Assert.Equal((2, 3), (report.Score, report.MaxScore));
        Assert.Contains("Step(-1) should be 0", report.Exercises[1].Feedback);
    }
}
