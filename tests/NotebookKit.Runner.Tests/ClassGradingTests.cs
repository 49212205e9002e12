using System.Text.Json.Nodes;
using NotebookKit.Runner.Cli;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// <c>grade</c> on a class: a release made by <c>student</c>, one folder per student, graded against the instructor's
/// notebooks. Each gaming attempt on an empty submission scores 0, an honest one full marks, one student's endless
/// loop or Environment.Exit changes no other score, and the gradebook has a row per student × notebook × exercise.
/// One grading run serves every assertion (the kernels run two at a time), so the class costs one class's time.
/// </summary>
public sealed class ClassGradingTests : IClassFixture<ClassGradingTests.GradedClass>
{
    private readonly GradedClass graded;

    public ClassGradingTests(GradedClass graded) => this.graded = graded;

    [Fact]
    public void Grading_exits_with_0_when_every_submission_was_graded_whatever_the_scores() =>
        Assert.True(graded.Exit == CommandLine.Success, graded.Output + graded.Error);

    [Fact]
    public void The_gradebook_has_a_row_per_student_notebook_and_exercise_of_the_source()
    {
        var rows = File.ReadAllText(Path.Combine(graded.Out, "grades.csv"));

        // Hand-derived: alice is honest; bob to frank game an empty submission; grace and heidi solve Zeros, then hang
        // or exit in Twice's cell; ivan deletes Twice's cell and defines Twice elsewhere; judy hands in nothing; ken's
        // file is not JSON. Only alice hands in 02-half.
        Assert.Equal("""
            student,notebook,exercise,score,max_score
            alice,01-zeros.ipynb,InitializeParametersZeros,2,2
            alice,01-zeros.ipynb,Twice,1,1
            alice,02-half.ipynb,Half,1,1
            bob,01-zeros.ipynb,InitializeParametersZeros,0,2
            bob,01-zeros.ipynb,Twice,0,1
            bob,02-half.ipynb,Half,0,1
            carol,01-zeros.ipynb,InitializeParametersZeros,0,2
            carol,01-zeros.ipynb,Twice,0,1
            carol,02-half.ipynb,Half,0,1
            dave,01-zeros.ipynb,InitializeParametersZeros,0,2
            dave,01-zeros.ipynb,Twice,0,1
            dave,02-half.ipynb,Half,0,1
            erin,01-zeros.ipynb,InitializeParametersZeros,0,2
            erin,01-zeros.ipynb,Twice,0,1
            erin,02-half.ipynb,Half,0,1
            frank,01-zeros.ipynb,InitializeParametersZeros,0,2
            frank,01-zeros.ipynb,Twice,0,1
            frank,02-half.ipynb,Half,0,1
            grace,01-zeros.ipynb,InitializeParametersZeros,2,2
            grace,01-zeros.ipynb,Twice,0,1
            grace,02-half.ipynb,Half,0,1
            heidi,01-zeros.ipynb,InitializeParametersZeros,2,2
            heidi,01-zeros.ipynb,Twice,0,1
            heidi,02-half.ipynb,Half,0,1
            ivan,01-zeros.ipynb,InitializeParametersZeros,2,2
            ivan,01-zeros.ipynb,Twice,0,1
            ivan,02-half.ipynb,Half,0,1
            judy,01-zeros.ipynb,InitializeParametersZeros,0,2
            judy,01-zeros.ipynb,Twice,0,1
            judy,02-half.ipynb,Half,0,1
            ken,01-zeros.ipynb,InitializeParametersZeros,0,2
            ken,01-zeros.ipynb,Twice,0,1
            ken,02-half.ipynb,Half,0,1

            """.ReplaceLineEndings("\n"), rows);
    }

    [Fact]
    public void The_json_gradebook_holds_each_students_total()
    {
        var students = JsonNode.Parse(File.ReadAllText(Path.Combine(graded.Out, "grades.json")))!["students"]!.AsArray();

        var totals = students.Select(student => (student!["student"]!.GetValue<string>(), student["score"]!.GetValue<int>(), student["max_score"]!.GetValue<int>()));
        Assert.Equal([("alice", 4, 4), ("bob", 0, 4), ("carol", 0, 4), ("dave", 0, 4), ("erin", 0, 4), ("frank", 0, 4), ("grace", 2, 4), ("heidi", 2, 4), ("ivan", 2, 4), ("judy", 0, 4), ("ken", 0, 4)], totals);
        Assert.Equal(3, students[0]!["notebooks"]![0]!["score"]!.GetValue<int>());
    }

    [Fact]
    public void The_console_shows_a_table_per_student_and_a_class_summary()
    {
        Assert.Contains("alice: 4 / 4", graded.Output);
        Assert.Contains("Class summary (11 students", graded.Output);
        Assert.Matches(@"alice\s*│\s*3 / 3\s*│\s*1 / 1\s*│\s*4 / 4", graded.Output);
        Assert.Matches(@"grace\s*│\s*2 / 3\s*│\s*0 / 1\s*│\s*2 / 4", graded.Output);
    }

    [Theory]
    [InlineData("grace", "did not finish within 30 s")]
    [InlineData("heidi", "the kernel exited with code 0")]
    [InlineData("ivan", "The cell of exercise Twice was deleted: the exercise scores 0.")]
    [InlineData("frank", "The check cell of exercise InitializeParametersZeros (id zeros-check) was missing: the instructor's cell was put back.")]
    [InlineData("erin", "is marked as a check or given cell, but the instructor's notebook has no such cell")]
    [InlineData("judy", "Not handed in.")]
    [InlineData("ken", "not a notebook the grader can read")]
    [InlineData("bob", "InitializeParametersZeros: not implemented yet.")]
    public void Each_students_feedback_page_says_what_happened(string student, string expected)
    {
        var page = File.ReadAllText(Path.Combine(graded.Out, student, "01-zeros.html"));

        Assert.Contains(System.Net.WebUtility.HtmlEncode(expected), page);
    }

    [Fact]
    public void A_submissions_markdown_cannot_script_or_restyle_its_page_which_keeps_its_red_header()
    {
        var page = File.ReadAllText(Path.Combine(graded.Out, "bob", "01-zeros.html"));

        Assert.Contains("<header class=\"run failed\"><strong>bob · 01-zeros.ipynb</strong>: 0 / 3 points.</header>", page);
        Assert.Contains("All checks passed", page);
        Assert.DoesNotContain("querySelector(\"header\")", page);
        Assert.DoesNotContain("class=\"run ok\"", page);
        Assert.DoesNotContain("position:fixed", page);
        Assert.DoesNotContain("onerror", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.DoesNotContain("example.com", page);
        Assert.Contains("<header class=\"run ok\"><strong>alice · 01-zeros.ipynb</strong>: 3 / 3 points.</header>", File.ReadAllText(Path.Combine(graded.Out, "alice", "01-zeros.html")));
    }

    [Fact]
    public void The_graded_notebook_runs_the_instructors_check_cells_in_place_of_the_students()
    {
        var dave = NotebookDocument.Load(Path.Combine(graded.Out, "dave", "01-zeros.ipynb"));

        var check = dave.Cells.Single(cell => cell.Id == "zeros-check");
        Assert.Equal("global::NotebookKit.Exercises.InitializationExercises.CheckZeros(InitializeParametersZeros);", check.Source);
        Assert.Contains("NotImplementedException", string.Concat(check.Outputs.Select(output => output!.ToJsonString())));
    }

    /// <summary>The class, released, handed in and graded once for all the tests above.</summary>
    public sealed class GradedClass : IDisposable
    {
        private readonly TempFolder folder = new();

        public GradedClass()
        {
            var source = folder.File("instructor");
            Zeros(source).Save(Path.Combine(source, "01-zeros.ipynb"));
            new NotebookBuilder()
                .Code("var setup = 1;")
                .Exercise("Half", "double Half(double x)\n{\n    // BEGIN SOLUTION\n    return x / 2;\n    // END SOLUTION\n}")
                .Check("Half", "if (Half(3) != 1.5) throw new Exception(\"Half(3) should be 1.5\");")
                .Save(Path.Combine(source, "02-half.ipynb"));
            var release = folder.File("release");
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(CommandLine.Success, CommandLine.RunAsync(["student", source, "--out", release], output, error).GetAwaiter().GetResult());

            var submissions = folder.File("submissions/week3");
            var instructor = NotebookDocument.Load(Path.Combine(source, "01-zeros.ipynb"));
            var empty = NotebookDocument.Load(Path.Combine(release, "01-zeros.ipynb"));
            Hand(submissions, "alice", Honest(empty, instructor));
            Hand(submissions, "alice", Honest(NotebookDocument.Load(Path.Combine(release, "02-half.ipynb")), NotebookDocument.Load(Path.Combine(source, "02-half.ipynb"))));
            Hand(submissions, "bob", WithMarkdownAttack(empty));
            Hand(submissions, "carol", Edit(empty, cells => cells.Where(IsCheck).ToList().ForEach(cell => cell!["source"] = "// checked")));
            Hand(submissions, "dave", Edit(empty, cells =>
            {
                Exercise(cells, "InitializeParametersZeros")["source"] = Source(Exercise(cells, "InitializeParametersZeros")) +
                    "\nstatic class InitializationExercises { public static void CheckZeros(object f) { } }";
                cells.Single(cell => cell!["id"]!.GetValue<string>() == "zeros-check")!["source"] = "InitializationExercises.CheckZeros(InitializeParametersZeros);";
            }));
            Hand(submissions, "erin", Edit(empty, cells =>
            {
                cells.Add(Cell("fake-1", "Console.WriteLine(\"ok\");", new JsonObject { ["exercise"] = "InitializeParametersZeros", ["check"] = true, ["points"] = 100 }));
                cells.Add(Cell("fake-2", "Console.WriteLine(\"ok\");", new JsonObject { ["exercise"] = "Twice", ["check"] = true }));
                cells.Add(Cell("fake-3", "Console.WriteLine(\"ok\");", new JsonObject { ["given"] = true }));
            }));
            Hand(submissions, "frank", Edit(empty, cells =>
            {
                cells.Remove(cells.Single(cell => cell!["id"]!.GetValue<string>() == "zeros-check"));
                var twiceCheck = cells.Single(cell => cell!["id"]!.GetValue<string>() == "twice-check")!;
                twiceCheck["metadata"]!["notebookkit"]!.AsObject().Remove("check");
                twiceCheck["source"] = "Console.WriteLine(\"ok\");";
            }));
            var honest = Honest(empty, instructor);
            Hand(submissions, "grace", Edit(honest, cells => Exercise(cells, "Twice")["source"] = "while (true) { }"));
            Hand(submissions, "heidi", Edit(honest, cells => Exercise(cells, "Twice")["source"] = "Environment.Exit(0);"));
            Hand(submissions, "ivan", Edit(honest, cells =>
            {
                var twice = Exercise(cells, "Twice");
                cells.Insert(cells.IndexOf(twice), Cell("my-own-cell", "int Twice(int x) => 2 * x;", null));
                cells.Remove(twice);
            }));
            Directory.CreateDirectory(Path.Combine(submissions, "judy"));
            File.WriteAllText(Path.Combine(submissions, "judy", "notes.txt"), "nothing handed in");
            Directory.CreateDirectory(Path.Combine(submissions, "ken"));
            File.WriteAllText(Path.Combine(submissions, "ken", "01-zeros.ipynb"), "{ not json");

            Out = folder.File("graded");
            Exit = CommandLine.RunAsync(["grade", submissions, "--source", source, "--out", Out, "--jobs", "2", "--cell-timeout", "30"], output, error).GetAwaiter().GetResult();
            Output = output.ToString();
            Error = error.ToString();
        }

        public string Out { get; }

        public int Exit { get; }

        public string Output { get; }

        public string Error { get; }

        public void Dispose() => folder.Dispose();

        /// <summary>Two exercises: the library's CheckZeros (2 points), and a check in the cell itself.</summary>
        private static NotebookBuilder Zeros(string sourceFolder)
        {
            var library = Path.GetRelativePath(sourceFolder, Path.Combine(Repository.Root, "src", "NotebookKit", "bin", "Debug", "net8.0", "NotebookKit.dll")).Replace('\\', '/');
            var builder = new NotebookBuilder()
                .Markdown("# Zeros")
                .Code($"#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"{library}\"\nusing MathNet.Numerics.LinearAlgebra;")
                .Exercise("InitializeParametersZeros", """
                    Dictionary<string, Matrix<double>> InitializeParametersZeros(int[] layersDims)
                    {
                        var parameters = new Dictionary<string, Matrix<double>>();
                        for (int l = 1; l < layersDims.Length; l++)
                        {
                            // BEGIN SOLUTION
                            parameters[$"W{l}"] = Matrix<double>.Build.Dense(layersDims[l], layersDims[l - 1]);
                            parameters[$"b{l}"] = Matrix<double>.Build.Dense(layersDims[l], 1);
                            // END SOLUTION
                        }
                        return parameters;
                    }
                    """);
            builder.Cell(Cell("zeros-check", "global::NotebookKit.Exercises.InitializationExercises.CheckZeros(InitializeParametersZeros);",
                new JsonObject { ["exercise"] = "InitializeParametersZeros", ["check"] = true, ["points"] = 2 }));
            builder.Markdown("## Twice")
                .Exercise("Twice", "int Twice(int x)\n{\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}");
            builder.Cell(Cell("twice-check", "if (Twice(21) != 42) throw new Exception(\"Twice(21) should be 42\");", new JsonObject { ["exercise"] = "Twice", ["check"] = true }));
            return builder;
        }

        private static NotebookDocument Honest(NotebookDocument empty, NotebookDocument instructor)
        {
            var honest = empty.Clone();
            foreach (var cell in honest.Cells.Where(ExerciseMetadata.IsSolution))
            {
                cell.Source = instructor.Cells.Single(other => other.Id == cell.Id).Source;
            }

            return honest;
        }

        private static NotebookDocument WithMarkdownAttack(NotebookDocument empty) => Edit(empty, cells => cells.Insert(0, new JsonObject
        {
            ["cell_type"] = "markdown",
            ["id"] = "attack",
            ["metadata"] = new JsonObject(),
            ["source"] = """
                <script>document.querySelector("header").className = "run ok";</script>
                <div class="run ok" style="position:fixed;top:0">All checks passed</div>
                <img src="https://example.com/pixel.png" onerror="alert(1)"> <a href="javascript:alert(1)">more</a>
                """,
        }));

        private static NotebookDocument Edit(NotebookDocument notebook, Action<JsonArray> edit)
        {
            var json = (JsonObject)notebook.Json.DeepClone();
            edit((JsonArray)json["cells"]!);
            return NotebookDocument.Parse(json.ToJsonString(), notebook.Path);
        }

        private static void Hand(string submissions, string student, NotebookDocument notebook) => notebook.Save(Path.Combine(submissions, student, notebook.FileName));

        private static bool IsCheck(JsonNode? cell) => JsonPath.IsTrue(cell, "metadata", "notebookkit", "check");

        private static JsonObject Exercise(JsonArray cells, string name) =>
            cells.OfType<JsonObject>().Single(cell => JsonPath.GetString(cell, "metadata", "notebookkit", "exercise") == name && !IsCheck(cell));

        private static string Source(JsonNode cell) => MultilineText.Read(cell["source"]);

        private static JsonObject Cell(string id, string source, JsonObject? notebookkit)
        {
            var cell = new NotebookBuilder().Code(source, notebookkit).Build()["cells"]![0]!.AsObject();
            cell["id"] = id;
            return (JsonObject)cell.DeepClone();
        }
    }
}
