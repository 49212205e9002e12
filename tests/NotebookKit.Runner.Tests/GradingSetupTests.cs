using System.Diagnostics;
using NotebookKit.Runner.Cli;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// A failure of the grader's own setup is the grader's: it exits with 1 naming what failed, grades no one and writes
/// no gradebook, instead of recording the class as zeros; without a sandbox it refuses unless told otherwise.
/// </summary>
public sealed class GradingSetupTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_library_that_is_nowhere_is_named_and_nothing_is_graded()
    {
        var (submissions, source) = Class("#r \"../lib/Missing.dll\"", "if (Half(3) != 1.5) throw new Exception(\"Half(3) should be 1.5\");");

        var exit = await CommandLine.RunAsync(["grade", submissions, "--source", source, "--out", folder.File("graded")], output, error);

        Assert.Equal(CommandLine.Failed, exit);
        Assert.Contains($"loads {folder.File("lib/Missing.dll")}, which does not exist, and the grader ships no Missing.dll", error.ToString());
        Assert.Contains("--library <path to the dll>", error.ToString());
        Assert.False(Directory.Exists(folder.File("graded")));
    }

    [Fact]
    public async Task An_instructor_notebook_that_fails_with_its_own_solution_is_named_with_its_cell_and_nothing_is_graded()
    {
        var (submissions, source) = Class("var setup = 1;", "if (Half(3) != 2) throw new Exception(\"Half(3) should be 2\");");

        var exit = await CommandLine.RunAsync(["grade", submissions, "--source", source, "--out", folder.File("graded")], output, error);

        Assert.True(exit == CommandLine.Failed, error.ToString());
        Assert.Contains("the instructor's notebook fails with its own solutions", error.ToString());
        Assert.Contains("half.ipynb, In [3] (cell index 2): System.Exception: Half(3) should be 2", error.ToString());
        Assert.Contains("no gradebook was written", error.ToString());
        Assert.DoesNotContain("[1/", output.ToString());
        Assert.False(File.Exists(folder.File("graded/grades.csv")));
    }

    [Fact]
    public async Task Without_bubblewrap_grade_refuses_and_says_why_unless_told_to_run_unsandboxed()
    {
        var (submissions, source) = Class("var setup = 1;", "if (Half(3) != 1.5) throw new Exception();");
        var path = Directory.CreateDirectory(folder.File("path")).FullName;
        var dotnet = new FileInfo(Environment.ProcessPath!).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Environment.ProcessPath!;
        var start = new ProcessStartInfo(dotnet, [Path.Combine(AppContext.BaseDirectory, "NotebookKit.Runner.dll"), "grade", submissions, "--source", source, "--out", folder.File("graded")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["PATH"] = path;

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(CommandLine.BadInput, process.ExitCode);
        Assert.Contains("grade runs each submission in a bubblewrap sandbox, but bwrap, prlimit, setpriv are not on PATH: install bubblewrap", stderr);
        Assert.Contains("or grade without a sandbox with --no-sandbox", stderr);
        Assert.False(Directory.Exists(folder.File("graded")));
    }

    /// <summary>An instructor's notebook with exercise Half and the given setup and check cells, and alice's hand-in of it.</summary>
    private (string Submissions, string Source) Class(string setup, string check)
    {
        var notebook = new NotebookBuilder()
            .Code(setup)
            .Exercise("Half", "double Half(double x)\n{\n    // BEGIN SOLUTION\n    return x / 2;\n    // END SOLUTION\n}")
            .Check("Half", check);
        notebook.Save(folder.File("instructor/half.ipynb"));
        notebook.Save(folder.File("submissions/alice/half.ipynb"));
        return (folder.File("submissions"), folder.File("instructor"));
    }
}
