using NotebookKit.Runner.Cli;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Rendering;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>The commands end to end, in-process: files written, sources untouched, messages and exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public CommandLineTests()
    {
        Directory.CreateDirectory(Sources);
    }

    private string Sources => folder.File("notebooks");

    private string Out => folder.File("out");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Run_with_html_writes_executed_notebooks_pages_and_index_and_leaves_sources_untouched()
    {
        var first = new NotebookBuilder().Markdown("# First\n\nLoss $L = -\\log p$.").Code("Console.WriteLine(\"hi\");").Save(Path.Combine(Sources, "01-first.ipynb"));
        var second = new NotebookBuilder().Code(Setup.Cell).Code("LineCharts.Lines(new[] { Series.Of(\"loss\", new[] { 2.0, 1 }) }, \"Loss\", \"step\", \"loss\")").Save(Path.Combine(Sources, "02-second.ipynb"));
        var before = File.ReadAllText(first);

        var exit = await Run("run", Sources, "--html", "--out", Out);

        Assert.Equal(CommandLine.Success, exit);
        Assert.Equal(before, File.ReadAllText(first));
        Assert.Equal("hi\n", MultilineText.Read(NotebookDocument.Load(Path.Combine(Out, "01-first.ipynb")).Cells[1].Outputs[0]!["text"]));
        var firstPage = File.ReadAllText(Path.Combine(Out, "01-first.html"));
        Assert.Contains("<script defer src=\"assets/katex/katex.min.js\"></script>", firstPage);
        Assert.DoesNotContain("plotly", firstPage);
        Assert.Contains("<a class=\"next\" rel=\"next\" href=\"02-second.html\"", firstPage);
        var secondPage = File.ReadAllText(Path.Combine(Out, "02-second.html"));
        Assert.Contains("<script defer src=\"assets/plotly/plotly.min.js\"></script>", secondPage);
        Assert.Contains("<script type=\"application/json\" class=\"plot-figure\">", secondPage);
        Assert.All(HtmlAssets.Files, file => Assert.True(File.Exists(Path.Combine(Out, "assets", file)), file));
        var index = File.ReadAllText(Path.Combine(Out, "index.html"));
        Assert.Contains("href=\"01-first.html\"", index);
        Assert.Contains("href=\"02-second.html\"", index);
        Assert.Contains("Loss <span class=\"math\">", index);
        var console = output.ToString();
        Assert.Contains("[1/2] ", console);
        Assert.Contains("[2/2] ", console);
        Assert.Contains("01-first.ipynb In [1] (cell index 1) ok", console);
        Assert.Contains("All 2 notebooks ran without errors.", console);
        Assert.True(File.Exists(second));
    }

    [Fact]
    public async Task A_failing_cell_makes_the_exit_code_non_zero_and_is_named()
    {
        new NotebookBuilder().Code("var a = 1;").Code("throw new InvalidOperationException(\"broken\");").Save(Path.Combine(Sources, "broken.ipynb"));

        var exit = await Run("run", Sources, "--out", Out);

        Assert.Equal(CommandLine.Failed, exit);
        Assert.Contains("broken.ipynb, In [2] (cell index 1): System.InvalidOperationException: broken", output.ToString());
        Assert.Contains("1 of 1 notebook failed.", output.ToString());
        Assert.True(File.Exists(Path.Combine(Out, "broken.ipynb")));
    }

    [Fact]
    public async Task A_long_cell_is_named_every_ten_seconds_while_it_runs_and_its_prints_stream_with_log_output()
    {
        // 25 s, so that the report at 10 s (or 20 s) is seen even when a loaded machine delays the timer.
        var path = new NotebookBuilder().Code("Console.WriteLine(\"epoch 1\");\nSystem.Threading.Thread.Sleep(25_000);").Save(Path.Combine(Sources, "slow.ipynb"));

        Assert.Equal(CommandLine.Success, await Run("run", path, "--out", Out, "--log-output"));

        Assert.Matches(@"slow\.ipynb In \[1\] \(cell index 0\) still running after [12]\d s", output.ToString());
        Assert.Contains("slow.ipynb | epoch 1", output.ToString());
    }

    [Fact]
    public async Task Run_refuses_to_write_over_its_sources_unless_in_place()
    {
        var path = new NotebookBuilder().Code("1 + 1").Save(Path.Combine(Sources, "n.ipynb"));
        var before = File.ReadAllText(path);

        var refused = await Run("run", path, "--out", Sources);

        Assert.Equal(CommandLine.BadInput, refused);
        Assert.Contains("would overwrite the source", error.ToString());
        Assert.Equal(before, File.ReadAllText(path));

        var inPlace = await Run("run", path, "--in-place");

        Assert.Equal(CommandLine.Success, inPlace);
        Assert.Equal(1, NotebookDocument.Load(path).Cells[0].ExecutionCount);
    }

    [Fact]
    public async Task Bad_input_is_reported_per_file_and_nothing_runs()
    {
        File.WriteAllText(Path.Combine(Sources, "a-broken.ipynb"), "{ not json");
        File.WriteAllText(Path.Combine(Sources, "b-nocells.ipynb"), "{\"nbformat\": 4, \"metadata\": {}}");
        new NotebookBuilder().Code("1").Save(Path.Combine(Sources, "c-good.ipynb"));

        var exit = await Run("run", Sources, "--out", Out);

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains("a-broken.ipynb: not valid JSON", error.ToString());
        Assert.Contains("b-nocells.ipynb: there is no \"cells\" array", error.ToString());
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData(new[] { "run", "no-such-folder" }, "no-such-folder: no such file or folder")]
    [InlineData(new[] { "run" }, "'run' needs at least one notebook or folder")]
    [InlineData(new[] { "execute", "x" }, "unknown command 'execute'")]
    [InlineData(new[] { "student", "x", "--html" }, "'--html' is not an option of 'student'")]
    [InlineData(new[] { "run", "x", "--cell-timeout", "soon" }, "--cell-timeout takes a number of seconds above 0")]
    [InlineData(new[] { "run", "x", "--jobs", "0" }, "--jobs takes a whole number from 1 to 64, not '0'")]
    [InlineData(new[] { "run", "x", "--jobs", "two" }, "--jobs takes a whole number from 1 to 64, not 'two'")]
    [InlineData(new[] { "run", "x", "--out" }, "--out needs a value")]
    public async Task Bad_command_lines_say_what_is_wrong(string[] args, string message)
    {
        var exit = await Run(args);

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains(message, error.ToString());
    }

    [Fact]
    public async Task Help_shows_the_commands()
    {
        Assert.Equal(CommandLine.Success, await Run("help"));
        Assert.Contains("run <notebooks or folders>", output.ToString());
    }

    [Theory]
    [InlineData("run", "--cell-timeout <seconds>")]
    [InlineData("student", "solution region replaced by a stub")]
    [InlineData("grade", "--source <notebooks>")]
    [InlineData("merge", "grade --shard K/N")]
    public async Task Every_command_has_its_help(string command, string expected)
    {
        Assert.Equal(CommandLine.Success, await Run(command, "--help"));
        Assert.Equal(CommandLine.Success, await Run("help", command));

        Assert.Equal(2, output.ToString().Split(expected).Length - 1);
    }

    [Fact]
    public void Results_go_to_out_at_the_repository_root_whatever_the_current_folder()
    {
        Assert.Equal(Path.Combine(Repository.Root, "out"), CommandOptions.Parse(["run", "x"]).OutFolder);
        Assert.Equal(Path.Combine(Repository.Root, "out", "student"), CommandOptions.Parse(["student", "x"]).OutFolder);
    }

    [Fact]
    public async Task Running_one_notebook_updates_its_row_of_the_index_and_keeps_the_others()
    {
        var first = new NotebookBuilder().Markdown("# First").Code("1").Save(Path.Combine(Sources, "01-first.ipynb"));
        var second = new NotebookBuilder().Markdown("# Second").Code("2").Save(Path.Combine(Sources, "02-second.ipynb"));
        Assert.Equal(CommandLine.Success, await Run("run", Sources, "--html", "--out", Out));
        new NotebookBuilder().Markdown("# Second").Code("throw new Exception(\"now broken\");").Save(second);

        Assert.Equal(CommandLine.Failed, await Run("run", second, "--html", "--out", Out));

        var index = File.ReadAllText(Path.Combine(Out, "index.html"));
        Assert.Contains("href=\"01-first.html\"", index);
        Assert.Contains("now broken", index);
        Assert.Contains("1 of 2 notebooks failed.", index);
        Assert.True(File.Exists(first));
    }

    [Fact]
    public async Task Student_writes_copies_and_writes_nothing_with_exit_code_2_when_one_notebook_has_a_bad_marker()
    {
        new NotebookBuilder().Code("var setup = 1;").Exercise("Relu", "// BEGIN SOLUTION\nvar x = 1;\n// END SOLUTION").Save(Path.Combine(Sources, "good.ipynb"));

        Assert.Equal(CommandLine.Success, await Run("student", Sources, "--out", Out));
        Assert.Contains("throw new NotImplementedException(\"Exercise Relu is not implemented yet.\");", NotebookDocument.Load(Path.Combine(Out, "good.ipynb")).Cells[1].Source);

        var other = folder.File("other");
        new NotebookBuilder().Code("var setup = 1;").Exercise("Step", "var y = 0;\n//BEGIN SOLUTION\ny = 1;\n// END SOLUTION").Save(Path.Combine(Sources, "misspelt.ipynb"));
        Assert.Equal(CommandLine.BadInput, await Run("student", Sources, "--out", other));
        Assert.Contains("misspelt.ipynb, cell 2, line 2: '//BEGIN SOLUTION' is not a solution marker the student copy recognizes", error.ToString());
        Assert.False(Directory.Exists(other));
    }

    [Fact]
    public async Task A_release_carries_the_library_beside_its_notebooks_and_loads_it_wherever_it_is_moved()
    {
        var library = Path.Combine(Repository.Root, "src", "NotebookKit", "bin", "Debug", "net8.0", "NotebookKit.dll");
        var relative = Path.GetRelativePath(Sources, library).Replace('\\', '/');
        new NotebookBuilder()
            .Code($"#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"{relative}\"")
            .Code("Console.WriteLine(typeof(NotebookKit.Exercises.ExerciseCheck).Assembly.Location);")
            .Save(Path.Combine(Sources, "lesson.ipynb"));

        Assert.Equal(CommandLine.Success, await Run("student", Sources, "--out", Out));

        Assert.Equal("#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"NotebookKit.dll\"", NotebookDocument.Load(Path.Combine(Out, "lesson.ipynb")).Cells[0].Source);
        Assert.Equal(File.ReadAllBytes(library), File.ReadAllBytes(Path.Combine(Out, "NotebookKit.dll")));
        Assert.True(File.Exists(Path.Combine(Out, "NotebookKit.xml")));
        var moved = folder.File("unzipped/elsewhere/week3");
        Directory.CreateDirectory(Path.GetDirectoryName(moved)!);
        Directory.Move(Out, moved);
        Assert.Equal(CommandLine.Success, await Run("run", Path.Combine(moved, "lesson.ipynb"), "--out", folder.File("ran")));
        var printed = MultilineText.Read(NotebookDocument.Load(folder.File("ran/lesson.ipynb")).Cells[1].Outputs[0]!["text"]).Trim();
        Assert.Equal(Path.Combine(moved, "NotebookKit.dll"), printed);
    }

    [Fact]
    public async Task Student_fails_with_exit_code_1_and_writes_nothing_when_a_library_the_notebook_loads_is_missing()
    {
        new NotebookBuilder().Code("#r \"../src/Missing.dll\"").Save(Path.Combine(Sources, "refs.ipynb"));

        Assert.Equal(CommandLine.Failed, await Run("student", Sources, "--out", Out));

        Assert.Contains("refs.ipynb, cell 1: it loads ", error.ToString());
        Assert.Contains("Missing.dll, which does not exist", error.ToString());
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Run_with_hide_solutions_writes_handouts_that_ran_the_solutions_but_show_the_stubs()
    {
        var path = new NotebookBuilder()
            .Code("var setup = 1;")
            .Exercise("Relu", "double Relu(double z)\n{\n    // BEGIN SOLUTION\n    return Math.Max(0, z);\n    // END SOLUTION\n}")
            .Check("Relu", "Console.WriteLine(Relu(-3) == 0 ? \"Relu passes\" : throw new Exception(\"Relu(-3) should be 0\"));")
            .Save(Path.Combine(Sources, "handout.ipynb"));

        Assert.Equal(CommandLine.Success, await Run("run", path, "--hide-solutions", "--html", "--out", Out));

        var handout = File.ReadAllText(Path.Combine(Out, "handout.ipynb"));
        var page = File.ReadAllText(Path.Combine(Out, "handout.html"));
        Assert.All(new[] { handout, page }, text =>
        {
            Assert.DoesNotContain("Math.Max", text);
            Assert.Contains("Exercise Relu is not implemented yet.", text);
            Assert.Contains("Relu passes", text);
        });
    }

    [Theory]
    [InlineData(new[] { "grade", "subs" }, "'grade' needs the instructor's notebooks")]
    [InlineData(new[] { "grade", "subs", "other", "--source", "x" }, "'grade' takes one submissions folder")]
    [InlineData(new[] { "grade", "no-such-folder", "--source", "SOURCES" }, "no-such-folder: no such folder")]
    [InlineData(new[] { "grade", "SUBMISSIONS", "--source", "SOURCES", "--out", "SUBMISSIONS" }, "would overwrite the source")]
    [InlineData(new[] { "run", "x", "--source", "y" }, "'--source' is not an option of 'run'")]
    [InlineData(new[] { "grade", "SUBMISSIONS", "--source", "SOURCES", "--html" }, "'--html' is not an option of 'grade'")]
    [InlineData(new[] { "run", "SOURCES", "--self-contained" }, "use it with --html")]
    [InlineData(new[] { "grade", "SUBMISSIONS", "--source", "SOURCES", "--shard", "3/2" }, "--shard takes K/N, part K (from 1) of N")]
    [InlineData(new[] { "grade", "SUBMISSIONS", "--source", "SOURCES", "--library", "no-such.dll" }, "--library no-such.dll: no such file")]
    [InlineData(new[] { "merge", "SUBMISSIONS" }, "holds no grades.json")]
    public async Task Bad_grade_command_lines_exit_with_2_and_run_nothing(string[] args, string message)
    {
        var submissions = folder.File("submissions");
        new NotebookBuilder().Code("var setup = 1;").Save(Path.Combine(Sources, "n.ipynb"));
        new NotebookBuilder().Code("var setup = 1;").Save(Path.Combine(submissions, "alice", "n.ipynb"));

        var exit = await Run(args.Select(arg => arg.Replace("SUBMISSIONS", submissions).Replace("SOURCES", Sources)).ToArray());

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains(message, error.ToString());
        Assert.DoesNotContain("[1/", output.ToString());
    }

    private Task<int> Run(params string[] args) => CommandLine.RunAsync(args, output, error);
}
