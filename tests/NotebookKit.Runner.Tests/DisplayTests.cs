using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>What a cell shows: trailing expression, display(), Display(), the console, formatted values.</summary>
public sealed class DisplayTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_trailing_expression_becomes_an_execute_result_with_the_execution_count()
    {
        var run = await new NotebookBuilder().Markdown("# Title").Code("var x = 20;").Code("x * 2 + 2").RunAsync(folder.File("n.ipynb"));

        var result = Assert.IsType<ResultOutput>(Assert.Single(run.Cell(3).Outputs));
        Assert.Equal(2, result.ExecutionCount);
        Assert.Equal("42", result.Data.Text());
        Assert.Equal(2, run.Executed.Cells[2].ExecutionCount);
    }

    [Theory]
    [InlineData("var y = 1;")]
    [InlineData("Console.Write(\"\")")]
    [InlineData("int F() => 1;")]
    public async Task Statements_and_void_calls_show_no_result(string code)
    {
        var run = await new NotebookBuilder().Code(code).RunAsync(folder.File("n.ipynb"));

        Assert.Empty(run.Cell(1).Outputs);
    }

    [Fact]
    public async Task A_null_trailing_value_shows_as_null_and_a_string_as_plain_text()
    {
        var run = await new NotebookBuilder().Code("string s = null;\ns").Code("\"hello\"").RunAsync(folder.File("n.ipynb"));

        Assert.Equal("<null>", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(1).Outputs)).Data.Text());
        var hello = Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs)).Data;
        Assert.Equal(["text/plain"], hello.Keys);
        Assert.Equal("hello", hello.Text());
    }

    [Fact]
    public async Task Display_and_the_Display_extension_add_display_data_in_order_with_the_console_output()
    {
        var run = await new NotebookBuilder()
            .Code("Console.WriteLine(\"one\");\ndisplay(2);\nConsole.WriteLine(\"three\");\n\"four\".Display();\nConsole.Error.WriteLine(\"five\");")
            .RunAsync(folder.File("n.ipynb"));

        var outputs = run.Cell(1).Outputs;
        Assert.Collection(
            outputs,
            o => Assert.Equal(new StreamOutput("stdout", "one\n"), o),
            o => Assert.Equal("2", Assert.IsType<DisplayOutput>(o).Data.Text()),
            o => Assert.Equal(new StreamOutput("stdout", "three\n"), o),
            o => Assert.Equal("four", Assert.IsType<DisplayOutput>(o).Data.Text()),
            o => Assert.Equal(new StreamOutput("stderr", "five\n"), o));
    }

    [Fact]
    public async Task Display_can_be_limited_to_given_mime_types_and_HTML_content_renders_as_html()
    {
        var run = await new NotebookBuilder().Code("display(new[] { 1, 2 }, \"text/plain\");\ndisplay(HTML(\"<b>bold</b>\"));").RunAsync(folder.File("n.ipynb"));

        var outputs = run.Cell(1).Outputs.Cast<DisplayOutput>().ToList();
        Assert.Equal(["text/plain"], outputs[0].Data.Keys);
        Assert.Equal("<b>bold</b>", outputs[1].Data.Text("text/html"));
    }

    [Fact]
    public async Task Console_output_is_captured_per_cell_including_from_awaited_tasks()
    {
        var run = await new NotebookBuilder()
            .Code("Console.WriteLine(\"first\");")
            .Code("await Task.Run(() => Console.WriteLine(\"from a task\"));\nConsole.Write(\"a\"); Console.Write('b');")
            .RunAsync(folder.File("n.ipynb"));

        Assert.Equal("first\n", run.Cell(1).Stdout());
        Assert.Equal("from a task\nab", run.Cell(2).Stdout());
    }

    [Fact]
    public async Task Matrices_vectors_and_data_frames_show_as_html_tables_with_a_plain_text_version()
    {
        var run = await new NotebookBuilder()
            .Code(Setup.NuGetLines)
            .Code("using MathNet.Numerics.LinearAlgebra;\nMatrix<double>.Build.Dense(2, 3, (i, j) => i * 10 + j)")
            .Code("MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(new[] { 0.5, 1.5 })")
            .Code("using Microsoft.Data.Analysis;\nnew DataFrame(new PrimitiveDataFrameColumn<double>(\"lr\", new[] { 0.1, 0.01 }), new StringDataFrameColumn(\"optimizer\", new[] { \"sgd\", \"adam\" }))")
            .RunAsync(folder.File("n.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        var matrix = Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs)).Data;
        Assert.Contains("<table class=\"notebookkit-table\">", matrix.Text("text/html"));
        Assert.Contains("<td>12</td>", matrix.Text("text/html"));
        Assert.StartsWith("DenseMatrix 2x3-Double", matrix.Text());
        var vector = Assert.IsType<ResultOutput>(Assert.Single(run.Cell(3).Outputs)).Data;
        Assert.Contains("<td>1.5</td>", vector.Text("text/html"));
        var frame = Assert.IsType<ResultOutput>(Assert.Single(run.Cell(4).Outputs)).Data;
        Assert.Contains("<th>optimizer</th>", frame.Text("text/html"));
        Assert.Contains("<td>adam</td>", frame.Text("text/html"));
        Assert.Contains("adam", frame.Text());
    }

    [Fact]
    public async Task A_plotly_chart_renders_as_a_div_and_a_script_calling_Plotly_newPlot()
    {
        var run = await new NotebookBuilder()
            .Code(Setup.NuGetLines)
            .Code("using XPlot.Plotly;\nvar chart = Chart.Plot(new Scatter { x = new[] { 1, 2 }, y = new[] { 3, 4 } });\nchart.WithId(\"loss-plot\");\nchart")
            .RunAsync(folder.File("n.ipynb"));

        var html = Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs)).Data.Text("text/html");
        Assert.Contains("<div id=\"loss-plot\" style=\"width: 900px; height: 500px;\"></div>", html);
        Assert.Contains("Plotly.newPlot('loss-plot', data, layout)", html);
        Assert.Contains("\"y\":[3,4]", html);
    }

    [Fact]
    public async Task Other_objects_use_the_interactive_formatter_html_and_plain_text()
    {
        var run = await new NotebookBuilder().Code("new { Name = \"Adam\", Beta1 = 0.9 }").RunAsync(folder.File("n.ipynb"));

        var data = Assert.IsType<ResultOutput>(Assert.Single(run.Cell(1).Outputs)).Data;
        Assert.Contains("Beta1", data.Text("text/html"));
        Assert.Contains("text/plain", data.Keys);
    }
}
