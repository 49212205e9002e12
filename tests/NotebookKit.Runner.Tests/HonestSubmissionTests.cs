using NotebookKit.Runner.Cli;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// The repository's 03-initialization, released and solved honestly, collected far from the repository (in
/// submissions/week3/alice/), scores full marks: the grader gives it the instructor's setup cell, which loads the
/// grader's private copy of the library, mounted in the sandbox at /library.
/// </summary>
public sealed class HonestSubmissionTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_honest_submission_of_03_scores_full_marks_wherever_its_folder_lies()
    {
        var source = Path.Combine(Repository.Root, "notebooks", "03-initialization.ipynb");
        var release = folder.File("release");
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(CommandLine.Success, await CommandLine.RunAsync(["student", source, "--out", release], output, error));
        var instructor = NotebookDocument.Load(source);
        var honest = NotebookDocument.Load(Path.Combine(release, "03-initialization.ipynb"));
        foreach (var cell in honest.Cells.Where(ExerciseMetadata.IsSolution))
        {
            cell.Source = instructor.Cells.Single(other => other.Id == cell.Id).Source;
        }

        var submissions = folder.File("submissions/week3");
        honest.Save(Path.Combine(submissions, "alice", "03-initialization.ipynb"));
        var graded = folder.File("graded");

        var exit = await CommandLine.RunAsync(["grade", submissions, "--source", source, "--out", graded], output, error);

        Assert.True(exit == CommandLine.Success, output.ToString() + error);
        Assert.Equal("""
            student,notebook,exercise,score,max_score
            alice,03-initialization.ipynb,InitializeParametersZeros,1,1
            alice,03-initialization.ipynb,InitializeParametersRandom,1,1
            alice,03-initialization.ipynb,InitializeParametersHe,1,1

            """.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(graded, "grades.csv")));
        var setup = NotebookDocument.Load(Path.Combine(graded, "alice", "03-initialization.ipynb")).Cells.First(cell => cell.IsCode).Source;
        Assert.Contains("#r \"/library/NotebookKit.dll\"", setup);
    }
}
