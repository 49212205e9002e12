using System.Text.Json.Nodes;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// The exercises of every repository notebook: the instructor's solutions pass every check, the student copy fails
/// every check as "not implemented", and a tampered solution fails its check. Each run keeps only the setup cell and
/// the exercise cells, so the notebooks' long experiments run once, in <see cref="RepositoryNotebookTests"/>.
/// </summary>
public sealed class RepositoryExerciseTests
{
    public static TheoryData<string> NotebooksWithExercises() =>
        new(Repository.Notebooks().Where(path => ExercisesOnly(NotebookDocument.Load(path)).Cells.Count > 1).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(NotebooksWithExercises))]
    public async Task Instructor_solutions_pass_every_check(string notebook)
    {
        var instructor = ExercisesOnly(RepositoryNotebookTests.Load(notebook));
        var report = Grader.Score(await Run(instructor), instructor);

        Assert.NotEmpty(report.Exercises);
        Assert.All(report.Exercises, score => Assert.True(score.Score == score.MaxScore && score.MaxScore > 0, $"{score.Exercise}: {score.Score} / {score.MaxScore}: {score.Feedback}"));
    }

    [Theory]
    [MemberData(nameof(NotebooksWithExercises))]
    public async Task Student_copies_fail_every_check_as_not_implemented(string notebook)
    {
        var instructor = ExercisesOnly(RepositoryNotebookTests.Load(notebook));
        var run = await Run(StudentCopy.Create(instructor));

        var checks = run.Cells.Where(cell => ExerciseMetadata.IsCheck(run.Source.Cells[cell.Number - 1])).ToList();
        Assert.NotEmpty(checks);
        Assert.All(checks, check =>
        {
            Assert.True(check.Status == CellStatus.Failed, $"check at cell index {check.Number - 1} is {check.Status}; the run: {run.FailureMessage}");
            Assert.Contains("not implemented yet", check.Message);
        });
        Assert.Equal(0, Grader.Score(run, instructor).Score);
    }

    [Fact]
    public async Task A_tampered_solution_fails_its_check_and_only_its_check()
    {
        var document = ExercisesOnly(RepositoryNotebookTests.Load("03-initialization.ipynb"));
        var he = document.Cells.Single(cell => ExerciseMetadata.ExerciseOf(cell) == "InitializeParametersHe" && !ExerciseMetadata.IsCheck(cell));
        Assert.Contains("Math.Sqrt(2.0 / ", he.Source);
        he.Source = he.Source.Replace("Math.Sqrt(2.0 / ", "Math.Sqrt(1.0 / ", StringComparison.Ordinal);

        var report = Grader.Score(await Run(document), document);

        Assert.Equal(0, report.Exercises.Single(score => score.Exercise == "InitializeParametersHe").Score);
        Assert.All(report.Exercises.Where(score => score.Exercise != "InitializeParametersHe"), score => Assert.Equal(score.MaxScore, score.Score));
    }

    private static Task<NotebookRunResult> Run(NotebookDocument document) =>
        new NotebookRunner(new RunOptions { ContinueOnError = true }).RunAsync(document);

    /// <summary>The notebook reduced to its first code cell (the setup) and its exercise and check cells.</summary>
    private static NotebookDocument ExercisesOnly(NotebookDocument notebook)
    {
        var json = (JsonObject)notebook.Json.DeepClone();
        var cells = (JsonArray)json["cells"]!;
        var setup = notebook.Cells.First(cell => cell.IsCode);
        var kept = notebook.Cells
            .Where(cell => cell == setup || ExerciseMetadata.ExerciseOf(cell) is not null)
            .Select(cell => cells[cell.Number - 1]!.DeepClone())
            .ToArray();
        json["cells"] = new JsonArray(kept);
        return NotebookDocument.Parse(json.ToJsonString(), notebook.Path);
    }
}
