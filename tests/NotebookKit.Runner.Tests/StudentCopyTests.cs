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
        var notebook = new NotebookBuilder().Markdown("# Lesson").Code("var a = 1;\n// BEGIN SOLUTION\na = 2;\n// END SOLUTION").Document(path);

        var error = Assert.Throws<StudentCopyException>(() => StudentCopy.Create(notebook));

        Assert.Equal($"{path}, cell 2, line 2: a solution region in a cell without an exercise name: add \"notebookkit\": {{\"exercise\": \"<Name>\"}} to the cell's metadata", error.Message);
    }

    [Fact]
    public async Task The_student_copy_has_no_solutions_no_outputs_and_its_check_reports_not_implemented()
    {
        var path = folder.File("lesson.ipynb");
        var instructor = new NotebookBuilder()
            .Exercise("Sigmoid", "double Sigmoid(double z)\n{\n    // BEGIN SOLUTION\n    return 1 / (1 + Math.Exp(-z));\n    // END SOLUTION\n}")
            .Check("Sigmoid", "if (Math.Abs(Sigmoid(0) - 0.5) > 1e-12) throw new Exception(\"Sigmoid(0) should be 0.5\");\n\"Sigmoid: correct\"");
        var executed = (await instructor.RunAsync(path)).Executed;
        Assert.NotEmpty(executed.Cells[1].Outputs);

        var student = StudentCopy.Create(executed);

        Assert.DoesNotContain("Math.Exp", student.Cells[0].Source);
        Assert.All(student.Cells, cell => Assert.Empty(cell.Outputs));
        Assert.All(student.Cells, cell => Assert.Null(cell.ExecutionCount));
        Assert.Contains("Math.Exp", executed.Cells[0].Source);
        var run = await new NotebookRunner(new RunOptions { ContinueOnError = true }).RunAsync(student);
        Assert.Equal(CellStatus.Succeeded, run.Cell(1).Status);
        Assert.Contains("NotImplementedException: Exercise Sigmoid is not implemented yet.", run.Cell(2).Message);
    }
}
