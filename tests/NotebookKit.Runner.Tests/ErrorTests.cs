using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>Exceptions, compile errors and time-outs: what the error says, what is kept, what runs after.</summary>
public sealed class ErrorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Notebook => folder.File("errors.ipynb");

    [Fact]
    public async Task An_exception_names_notebook_cell_and_line_keeps_earlier_output_and_stops_the_notebook()
    {
        var run = await new NotebookBuilder()
            .Markdown("# Errors")
            .Code("var ok = 1;")
            .Code("Console.WriteLine(\"before\");\nvar values = new int[2];\nvalues[5] = 1;\nConsole.WriteLine(\"after\");")
            .Code("Console.WriteLine(\"later\");")
            .RunAsync(Notebook);

        Assert.False(run.Succeeded);
        var failed = run.Cell(3);
        Assert.Equal(CellStatus.Failed, failed.Status);
        Assert.Equal($"{Notebook}, cell 3, line 3: IndexOutOfRangeException: Index was outside the bounds of the array.", failed.Message);
        Assert.Equal("before\n", failed.Stdout());
        var error = failed.Error();
        Assert.Equal("IndexOutOfRangeException", error.Name);
        Assert.Equal(failed.Message, error.Value);
        Assert.IsType<ErrorOutput>(failed.Outputs[^1]);
        Assert.Equal(CellStatus.NotExecuted, run.Cell(4).Status);
        Assert.Null(run.Executed.Cells[3].ExecutionCount);
        Assert.Equal(run.Cell(3).Message, run.FailureMessage);
    }

    [Fact]
    public async Task An_exception_from_code_defined_in_another_cell_names_both_places()
    {
        var run = await new NotebookBuilder()
            .Code("double Ratio(double a, double b)\n{\n    if (b == 0) throw new ArgumentException(\"b must not be 0\");\n    return a / b;\n}")
            .Code("var r1 = Ratio(1, 2);\nvar r2 = Ratio(1, 0);")
            .RunAsync(Notebook);

        var message = run.Cell(2).Message!;
        Assert.StartsWith($"{Notebook}, cell 2, line 2: ArgumentException: b must not be 0 (thrown in cell 1, line 3)", message);
        Assert.Contains("   at Ratio in cell 1, line 3", run.Cell(2).Error().Traceback);
    }

    [Fact]
    public async Task With_continue_on_error_later_cells_run_and_see_what_the_failing_cell_declared()
    {
        var run = await new NotebookBuilder()
            .Code("var declared = 41;\nthrow new InvalidOperationException(\"boom\");")
            .Code("declared + 1")
            .RunAsync(Notebook, new RunOptions { ContinueOnError = true });

        Assert.Equal(1, run.ErrorCount);
        Assert.Equal("42", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs)).Data.Text());
    }

    [Fact]
    public async Task A_compile_error_names_the_line_and_lists_every_error()
    {
        var run = await new NotebookBuilder()
            .Code("#r \"nuget: MathNet.Numerics, 5.0.0\"\nvar a = 1;\nvar b = undefinedName + 1;\nint c = \"text\";")
            .RunAsync(Notebook);

        var cell = run.Cell(1);
        Assert.StartsWith($"{Notebook}, cell 1, line 3: CS0103: The name 'undefinedName' does not exist in the current context (and 1 more compile errors)", cell.Message);
        var error = cell.Error();
        Assert.Equal("CompilationError", error.Name);
        Assert.Contains(error.Traceback, line => line.StartsWith("line 4, column 9: CS0029", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cell_that_runs_too_long_fails_with_a_clear_message_and_the_session_goes_on()
    {
        var options = new RunOptions { CellTimeout = TimeSpan.FromSeconds(1), ContinueOnError = true };

        var run = await new NotebookBuilder()
            .Code("var kept = 5;")
            .Code("Console.WriteLine(\"started\");\nSystem.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);")
            .Code("kept")
            .RunAsync(Notebook, options);

        var hung = run.Cell(2);
        Assert.Equal(CellStatus.Failed, hung.Status);
        Assert.Equal($"{Notebook}, cell 2: did not finish within 1 s, so the runner stopped waiting for it. Look for a loop that never ends, or allow more time with --cell-timeout <seconds>.", hung.Message);
        Assert.Equal("TimeoutError", hung.Error().Name);
        Assert.Equal("started\n", hung.Stdout());
        Assert.Equal("5", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(3).Outputs)).Data.Text());
    }
}
