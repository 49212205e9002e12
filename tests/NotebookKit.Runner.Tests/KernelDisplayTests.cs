using System.Globalization;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>What a cell shows in the real kernel, written into the .ipynb as VS Code writes it.</summary>
public sealed class KernelDisplayTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_trailing_expression_becomes_an_execute_result_with_the_execution_count_and_prints_are_streams()
    {
        var run = await new NotebookBuilder()
            .Markdown("# Title")
            .Code("var x = 20;")
            .Code("Console.Write(\"a\");\nConsole.WriteLine(\"b\");\nConsole.Error.WriteLine(\"warned\");\ndisplay(\"shown\");\nx * 2 + 2")
            .RunAsync(folder.File("n.ipynb"));

        var outputs = run.Cell(3).Outputs;
        Assert.Equal(new StreamOutput("stdout", "ab\n"), outputs[0]);
        Assert.Equal(new StreamOutput("stderr", "warned\n"), outputs[1]);
        Assert.Equal("shown", Assert.IsType<DisplayOutput>(outputs[2]).Data.Shown());
        var result = Assert.IsType<ResultOutput>(outputs[3]);
        Assert.Equal(2, result.ExecutionCount);
        Assert.Equal("42", result.Data.Shown());
        Assert.Equal(2, run.Executed.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task Magic_commands_run_as_in_VS_Code()
    {
        var run = await new NotebookBuilder()
            .Code("var alpha = 0.01;")
            .Code("#!time\nSystem.Threading.Thread.Sleep(10);")
            .Code("#!who")
            .Code("#!set --name beta --value @csharp:alpha\nConsole.WriteLine(beta);")
            .RunAsync(folder.File("magic.ipynb"), new() { Culture = CultureInfo.InvariantCulture });

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Contains("Wall time", Assert.IsType<DisplayOutput>(Assert.Single(run.Cell(2).Outputs)).Data.Shown());
        Assert.Contains("alpha", Assert.IsType<DisplayOutput>(Assert.Single(run.Cell(3).Outputs)).Data.Text("text/html"));
        Assert.Equal("0.01\n", run.Cell(4).Stdout());
    }

    [Fact]
    public async Task A_package_the_runner_never_heard_of_restores_through_the_kernel()
    {
        var run = await new NotebookBuilder()
            .Code("#r \"nuget: Newtonsoft.Json, 13.0.1\"")
            .Code("Newtonsoft.Json.JsonConvert.SerializeObject(new { A = 1 })")
            .RunAsync(folder.File("json.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Contains("Newtonsoft.Json, 13.0.1", Assert.IsType<DisplayOutput>(run.Cell(1).Outputs[0]).Data.Text("text/html"));
        Assert.Equal("{\"A\":1}", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs)).Data.Shown());
    }

    [Fact]
    public async Task Data_frames_display_through_the_kernel_extension_of_Microsoft_Data_Analysis()
    {
        var run = await new NotebookBuilder()
            .Code("#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"")
            .Code("new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.DoubleDataFrameColumn(\"loss\", new[] { 0.5, 0.25 }))")
            .RunAsync(folder.File("frame.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Contains(run.Cell(1).Outputs.OfType<DisplayOutput>(), display => display.Data.Values.Any(text => text.Contains("Microsoft.Data.Analysis.Interactive.dll")));
        var table = Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs)).Data.Text("text/html");
        Assert.Contains("<th>loss</th>", table);
        Assert.Contains("0.25", table);
    }

    [Fact]
    public async Task The_kernel_runs_in_the_culture_it_is_given_as_VS_Code_passes_its_own()
    {
        var run = await new NotebookBuilder()
            .Code("Console.WriteLine($\"{0.5} {string.Join(\",\", new[] { \"W2\", \"b1\" }.Order())} {System.Globalization.CultureInfo.CurrentCulture.Name}\");")
            .RunAsync(folder.File("culture.ipynb"), new() { Culture = new CultureInfo("de-DE") });

        Assert.Equal("0,5 b1,W2 de-DE\n", run.Cell(1).Stdout());
    }

    [Fact]
    public async Task A_relative_dll_path_is_relative_to_the_notebooks_folder_and_loads_the_built_library()
    {
        var library = Path.Combine(Repository.Root, "src", "NotebookKit", "bin", "Debug", "net8.0", "NotebookKit.dll");
        var relative = Path.GetRelativePath(folder.Path, library).Replace('\\', '/');

        var run = await new NotebookBuilder()
            .Code($"#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"{relative}\"")
            .Code("typeof(NotebookKit.Layers.Dense).Assembly.Location")
            .RunAsync(folder.File("library.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Equal(library, Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs)).Data.Shown());
    }

    [Fact]
    public async Task Cells_of_other_languages_run_in_their_kernel_and_unknown_languages_are_reported()
    {
        var fsharp = new NotebookBuilder().Code("1 + 1").Build()["cells"]![0]!.DeepClone().AsObject();
        fsharp["metadata"]!["polyglot_notebook"]!["kernelName"] = "fsharp";
        var python = fsharp.DeepClone().AsObject();
        python["metadata"]!["polyglot_notebook"]!["kernelName"] = "python";

        var run = await new NotebookBuilder().Cell(fsharp).Cell(python).Code("\"csharp still runs\"").RunAsync(folder.File("languages.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Equal("2", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(1).Outputs)).Data.Shown());
        Assert.Equal(Execution.CellStatus.Unsupported, run.Cell(2).Status);
        Assert.Contains("a 'python' cell: the kernel has no such language (it has csharp, fsharp", run.Cell(2).Message);
        Assert.Equal("csharp still runs", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(3).Outputs)).Data.Shown());
    }
}
