using System.Text.Json.Nodes;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>Student copies: solution regions replaced by stubs, markers checked, outputs cleared.</summary>
public sealed class StudentCopyTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Each_region_is_replaced_at_the_begin_lines_indentation_by_a_stub_that_throws()
    {
        const string Source = """
            double Relu(double z)
            {
                // BEGIN SOLUTION
                return Math.Max(0, z);
                // END SOLUTION
            }
            var scale = 2;
            // BEGIN SOLUTION (one line)
            scale = 3;
            // END SOLUTION
            """;

        var student = SolutionRegions.Replace(Source, "Relu");

        Assert.Equal("""
            double Relu(double z)
            {
                // YOUR CODE HERE
                throw new NotImplementedException("Exercise Relu is not implemented yet.");
            }
            var scale = 2;
            // YOUR CODE HERE
            throw new NotImplementedException("Exercise Relu is not implemented yet.");
            """, student);
    }

    [Theory]
    [InlineData("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION", 2, "regions cannot nest")]
    [InlineData("var x = 1;\n// BEGIN SOLUTION\nx = 2;", 2, "has no // END SOLUTION")]
    [InlineData("x = 2;\n// END SOLUTION", 2, "without a // BEGIN SOLUTION")]
    [InlineData("var x = 1;\n//BEGIN SOLUTION\nx = 2;\n// END SOLUTION", 2, "'//BEGIN SOLUTION' is not a solution marker")]
    [InlineData("// begin solution\nx = 2;\n// end solution", 1, "'// begin solution' is not a solution marker")]
    [InlineData("/* BEGIN SOLUTION */\nx = 2;\n/* END SOLUTION */", 1, "'/* BEGIN SOLUTION */' is not a solution marker")]
    [InlineData("### BEGIN SOLUTION\nx = 2;\n### END SOLUTION", 1, "'### BEGIN SOLUTION' is not a solution marker")]
    [InlineData("x = 2; // BEGIN SOLUTION\nx = 3;\n// END SOLUTION", 1, "'x = 2; // BEGIN SOLUTION' is not a solution marker")]
    [InlineData("// BEGIN SOLUTION\nx = 2;\n// END_SOLUTION", 3, "'// END_SOLUTION' is not a solution marker")]
    public void Malformed_regions_name_their_line(string source, int line, string message)
    {
        var error = Assert.Throws<SolutionRegionException>(() => SolutionRegions.Replace(source, "Name"));

        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_region_in_a_cell_without_exercise_name_is_refused_naming_notebook_and_cell()
    {
        var path = folder.File("lesson.ipynb");
        var notebook = new NotebookBuilder().Markdown("# Lesson").Code("var setup = 1;").Code("var a = 1;\n// BEGIN SOLUTION\na = 2;\n// END SOLUTION").Document(path);

        var error = Assert.Throws<StudentCopyException>(() => StudentCopy.Create(notebook));

        Assert.Equal($"{path}, cell 3, line 2: a solution region in a cell without an exercise name: add \"notebookkit\": {{\"exercise\": \"<Name>\"}} to the cell's metadata", error.Message);
    }

    public static TheoryData<string, int, string> LeakyNotebooks() => new()
    {
        { "markdown", 2, "cell 2, line 1: a solution marker in a markdown cell" },
        { "raw", 2, "cell 2, line 1: a solution marker in a raw cell" },
        { "check", 4, "cell 4, line 1: a solution marker in a check cell" },
        { "setup", 1, "cell 1, line 1: a solution marker in a given cell" },
        { "unmarked", 3, "cell 3, line 1: exercise Relu's cell has no // BEGIN SOLUTION … // END SOLUTION region" },
        { "metadata", 3, "cell 3, metadata/notebookkit/hint: the solution line 'return Math.Max(0, z);' would be in the student copy" },
        { "prose", 2, "cell 2, source: the solution line 'return Math.Max(0, z);' would be in the student copy" },
        { "attachment", 2, "cell 2, attachments/hint.txt/text/plain: the solution line 'return Math.Max(0, z);' would be in the student copy" },
    };

    [Theory]
    [MemberData(nameof(LeakyNotebooks))]
    public void A_marker_the_copy_would_not_replace_or_solution_text_it_would_keep_is_refused_naming_notebook_cell_and_line(string leak, int cell, string message)
    {
        const string Solution = "double Relu(double z)\n{\n    // BEGIN SOLUTION\n    return Math.Max(0, z);\n    // END SOLUTION\n}";
        var path = folder.File("leaky.ipynb");
        var builder = new NotebookBuilder().Code(leak == "setup" ? "// BEGIN SOLUTION\nvar a = 1;\n// END SOLUTION" : "var setup = 1;");
        var prose = leak switch
        {
            "markdown" => "Write it between // BEGIN SOLUTION and // END SOLUTION.",
            "prose" => "The answer: `return Math.Max(0, z);`",
            _ => "Write Relu.",
        };
        if (leak == "raw")
        {
            builder.Cell(new JsonObject { ["cell_type"] = "raw", ["id"] = "raw-1", ["metadata"] = new JsonObject(), ["source"] = "### BEGIN SOLUTION" });
        }
        else if (leak == "attachment")
        {
            builder.Cell(new JsonObject
            {
                ["cell_type"] = "markdown", ["id"] = "md-1", ["metadata"] = new JsonObject(), ["source"] = "![hint](attachment:hint.txt)",
                ["attachments"] = new JsonObject { ["hint.txt"] = new JsonObject { ["text/plain"] = "return Math.Max(0, z);" } },
            });
        }
        else
        {
            builder.Markdown(prose);
        }

        builder.Code(leak == "unmarked" ? "double Relu(double z) => Math.Max(0, z);" : Solution, leak == "metadata"
            ? new JsonObject { ["exercise"] = "Relu", ["hint"] = "return Math.Max(0, z);" }
            : new JsonObject { ["exercise"] = "Relu" });
        builder.Check("Relu", leak == "check" ? "// BEGIN SOLUTION\nvar b = 1;\n// END SOLUTION" : "if (Relu(-1) != 0) throw new Exception(\"Relu(-1) should be 0\");");

        var error = Assert.Throws<StudentCopyException>(() => StudentCopy.Create(builder.Document(path)));

        Assert.StartsWith($"{path}, cell {cell}", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Check_and_given_cells_are_read_only_in_the_copy_and_the_students_cells_are_not()
    {
        var notebook = new NotebookBuilder()
            .Code("var setup = 1;")
            .Markdown("# Relu")
            .Exercise("Relu", "double Relu(double z)\n{\n    // BEGIN SOLUTION\n    return Math.Max(0, z);\n    // END SOLUTION\n}")
            .Check("Relu", "if (Relu(-1) != 0) throw new Exception(\"Relu(-1) should be 0\");")
            .Code("var table = new[] { 1, 2 };", new JsonObject { ["given"] = true })
            .Code("var scratch = 0;")
            .Document(folder.File("lesson.ipynb"));

        var copy = StudentCopy.Create(notebook);

        var readOnly = copy.Cells.Select(cell => JsonPath.Get(cell.Metadata, "editable") is JsonValue editable && !editable.GetValue<bool>()
            && JsonPath.Get(cell.Metadata, "deletable") is JsonValue deletable && !deletable.GetValue<bool>()).ToList();
        Assert.Equal([true, false, false, true, true, false], readOnly);
        Assert.Empty(NbformatSchema.Problems(copy.ToJson()));
    }

    [Fact]
    public async Task The_student_copy_has_no_solutions_no_outputs_and_its_check_reports_not_implemented()
    {
        var path = folder.File("lesson.ipynb");
        var instructor = new NotebookBuilder()
            .Code("var setup = 1;")
            .Exercise("Sigmoid", "double Sigmoid(double z)\n{\n    // BEGIN SOLUTION\n    return 1 / (1 + Math.Exp(-z));\n    // END SOLUTION\n}")
            .Check("Sigmoid", "if (Math.Abs(Sigmoid(0) - 0.5) > 1e-12) throw new Exception(\"Sigmoid(0) should be 0.5\");\n\"Sigmoid: correct\"");
        var executed = (await instructor.RunAsync(path)).Executed;
        Assert.NotEmpty(executed.Cells[2].Outputs);

        var student = StudentCopy.Create(executed);

        Assert.DoesNotContain("Math.Exp", student.Cells[1].Source);
        Assert.All(student.Cells, cell => Assert.Empty(cell.Outputs));
        Assert.All(student.Cells, cell => Assert.Null(cell.ExecutionCount));
        Assert.Contains("Math.Exp", executed.Cells[1].Source);
        var run = await new NotebookRunner(new RunOptions { ContinueOnError = true }).RunAsync(student);
        Assert.Equal(CellStatus.Succeeded, run.Cell(2).Status);
        Assert.Contains("NotImplementedException: Exercise Sigmoid is not implemented yet.", run.Cell(3).Message);
    }
}
