using NotebookKit.Runner.Cli;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// A class graded in two shards (<c>grade --shard K/2</c>, as two CI jobs would) and merged gives, byte for byte, the
/// gradebook of grading it in one run. Shard 1 holds dan (a file that is not a notebook) and fay (nothing handed in),
/// shard 2 ann (a right answer) and cat (a wrong one); so only shard 2 starts kernels.
/// </summary>
public sealed class ShardedGradingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_sharded_run_merged_equals_the_unsharded_gradebook_byte_for_byte()
    {
        var instructor = new NotebookBuilder()
            .Code("var setup = 1;")
            .Exercise("Half", "double Half(double x)\n{\n    // BEGIN SOLUTION\n    return x / 2;\n    // END SOLUTION\n}")
            .Check("Half", "if (Half(3) != 1.5) throw new Exception(\"Half(3) should be 1.5\");");
        instructor.Save(folder.File("instructor/half.ipynb"));
        instructor.Save(folder.File("submissions/ann/half.ipynb"));
        var wrong = instructor.Document(folder.File("submissions/cat/half.ipynb"));
        wrong.Cells[1].Source = "double Half(double x) => x;";
        wrong.Save(wrong.Path);
        Directory.CreateDirectory(folder.File("submissions/dan"));
        File.WriteAllText(folder.File("submissions/dan/half.ipynb"), "{");
        Directory.CreateDirectory(folder.File("submissions/fay"));
        string[] grade = ["grade", folder.File("submissions"), "--source", folder.File("instructor"), "--jobs", "2"];

        Assert.Equal(CommandLine.Success, await Run([.. grade, "--out", folder.File("whole")]));
        Assert.Equal(CommandLine.Success, await Run([.. grade, "--shard", "1/2", "--out", folder.File("shard-1")]));
        Assert.Equal(CommandLine.Success, await Run([.. grade, "--shard", "2/2", "--out", folder.File("shard-2")]));
        Assert.Equal(CommandLine.Success, await Run("merge", folder.File("shard-1"), folder.File("shard-2"), "--out", folder.File("merged")));

        Assert.Equal("student,notebook,exercise,score,max_score\nann,half.ipynb,Half,1,1\ncat,half.ipynb,Half,0,1\ndan,half.ipynb,Half,0,1\nfay,half.ipynb,Half,0,1\n",
            File.ReadAllText(folder.File("whole/grades.csv")));
        Assert.Contains("dan,half.ipynb", File.ReadAllText(folder.File("shard-1/grades.csv")));
        Assert.DoesNotContain("ann,half.ipynb", File.ReadAllText(folder.File("shard-1/grades.csv")));
        foreach (var file in new[] { "grades.csv", "grades.json" })
        {
            Assert.Equal(File.ReadAllBytes(folder.File($"whole/{file}")), File.ReadAllBytes(folder.File($"merged/{file}")));
        }

        Assert.True(File.Exists(folder.File("merged/ann/half.html")));
        Assert.True(File.Exists(folder.File("merged/cat/half.ipynb")));
        Assert.True(File.Exists(folder.File("merged/dan/half.html")));
    }

    [Fact]
    public async Task Merge_refuses_two_gradebooks_that_grade_one_student()
    {
        Directory.CreateDirectory(folder.File("a"));
        File.WriteAllText(folder.File("a/grades.json"), """{ "students": [ { "student": "ann", "notebooks": [ { "notebook": "half.ipynb", "exercises": [] } ] } ], "ungraded": [] }""");
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["merge", folder.File("a"), folder.File("a/."), "--out", folder.File("merged")], new StringWriter(), error);

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains("both grade ann", error.ToString());
    }

    private Task<int> Run(params string[] args) => CommandLine.RunAsync(args, new StringWriter(), new StringWriter());
}
