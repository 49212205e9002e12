using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>Exceptions, compile errors and time-outs in the kernel: what the error says, what is kept, what runs after.</summary>
public sealed class ErrorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Notebook => folder.File("errors.ipynb");

    [Fact]
    public async Task An_exception_names_notebook_prompt_and_cell_index_keeps_earlier_output_and_stops_the_notebook()
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
        Assert.Equal($"{Notebook}, In [2] (cell index 2): System.IndexOutOfRangeException: Index was outside the bounds of the array.", failed.Message);
        Assert.Equal("before\n", failed.Stdout());
        var error = failed.Error();
        Assert.Equal("System.IndexOutOfRangeException", error.Name);
        Assert.Equal(failed.Message, error.Value);
        Assert.IsType<ErrorOutput>(failed.Outputs[^1]);
        Assert.Equal(CellStatus.NotExecuted, run.Cell(4).Status);
        Assert.Null(run.Executed.Cells[3].ExecutionCount);
        Assert.Equal(run.Cell(3).Message, run.FailureMessage);
    }

    [Fact]
    public async Task With_continue_on_error_later_cells_run_and_see_what_the_failing_cell_declared()
    {
        var run = await new NotebookBuilder()
            .Code("var declared = 41;\nthrow new InvalidOperationException(\"boom\");")
            .Code("declared + 1")
            .RunAsync(Notebook, new RunOptions { ContinueOnError = true });

        Assert.Equal(1, run.ErrorCount);
        Assert.Equal("42", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs)).Data.Shown());
    }

    [Fact]
    public async Task A_compile_error_names_the_line_and_lists_every_error()
    {
        var run = await new NotebookBuilder()
            .Code("var a = 1;\nvar b = undefinedName + 1;\nint c = \"text\";")
            .RunAsync(Notebook);

        var cell = run.Cell(1);
        Assert.StartsWith($"{Notebook}, In [1] (cell index 0), line 2: error CS0103: The name 'undefinedName' does not exist in the current context (and 1 more compile errors)", cell.Message);
        var error = cell.Error();
        Assert.Equal("CompilationError", error.Name);
        Assert.Contains(error.Traceback, line => line.StartsWith("(3,9): error CS0029", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cell_past_its_time_limit_is_stopped_for_real_and_the_rest_of_its_notebook_is_not_run()
    {
        var options = new RunOptions { CellTimeout = TimeSpan.FromSeconds(8), ContinueOnError = true };

        var run = await new NotebookBuilder()
            .Code("Console.WriteLine(System.Environment.ProcessId);")
            .Code("Console.WriteLine(\"started\");\nwhile (true) { }")
            .Code("Console.WriteLine(\"never\");")
            .RunAsync(Notebook, options);

        var hung = run.Cell(2);
        Assert.Equal(CellStatus.Failed, hung.Status);
        Assert.Equal($"{Notebook}, In [2] (cell index 1): did not finish within 8 s, so the runner interrupted it and ended the kernel; the cells after it were not run. Look for a loop that never ends, or allow more time with --cell-timeout <seconds>.", hung.Message);
        Assert.Equal("TimeoutError", hung.Error().Name);
        Assert.Equal("started\n", hung.Stdout());
        Assert.Equal(CellStatus.NotExecuted, run.Cell(3).Status);
        Assert.False(Processes.IsRunning(int.Parse(run.Cell(1).Stdout())), "the kernel spinning in the loop is still running");
    }
}
