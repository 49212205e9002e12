using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>#r "nuget: ...", #r "path.dll" and #i in running notebooks.</summary>
public sealed class ReferenceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_workbook_packages_resolve_to_the_assemblies_the_runner_carries()
    {
        var run = await new NotebookBuilder()
            .Code(Setup.NuGetLines)
            .Code("typeof(MathNet.Numerics.LinearAlgebra.Matrix<double>).Assembly == typeof(XPlot.Plotly.Chart).Assembly")
            .RunAsync(folder.File("n.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Equal("False", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs)).Data.Text());
    }

    [Fact]
    public async Task Carried_packages_are_not_visible_before_their_directive_as_in_the_kernel()
    {
        var run = await new NotebookBuilder().Code("MathNet.Numerics.Constants.Pi").RunAsync(folder.File("n.ipynb"));

        Assert.Contains("CS0103: The name 'MathNet' does not exist", run.Cell(1).Message);
    }

    [Fact]
    public async Task An_unknown_package_fails_its_cell_naming_the_package_and_the_versions()
    {
        var run = await new NotebookBuilder().Code("var x = 1;\n#r \"nuget: Newtonsoft.Json, 13.0.3\"").RunAsync(folder.File("n.ipynb"));

        var message = run.Cell(1).Message!;
        Assert.Equal(CellStatus.Failed, run.Cell(1).Status);
        Assert.StartsWith("n.ipynb, cell 1, line 2:", message.Replace(folder.Path + "/", ""));
        Assert.Contains("does not carry the package Newtonsoft.Json", message);
        Assert.Contains("requested Newtonsoft.Json 13.0.3", message);
        Assert.Contains("MathNet.Numerics 5.0.0", message);
    }

    [Fact]
    public async Task A_version_the_runner_does_not_carry_fails_naming_both_versions()
    {
        var run = await new NotebookBuilder().Code("#r \"nuget: XPlot.Plotly.Interactive, 4.0.6\"").RunAsync(folder.File("n.ipynb"));

        var message = run.Cell(1).Message!;
        Assert.Contains("requested XPlot.Plotly.Interactive 4.0.6", message);
        Assert.Contains("the runner carries XPlot.Plotly.Interactive 4.1.0", message);
    }

    [Fact]
    public async Task A_package_without_version_fails_with_the_line_to_write()
    {
        var run = await new NotebookBuilder().Code("#r \"nuget: MathNet.Numerics\"").RunAsync(folder.File("n.ipynb"));

        Assert.Contains("#r \"nuget: MathNet.Numerics, 5.0.0\"", run.Cell(1).Message);
    }

    [Fact]
    public void The_carried_versions_are_those_of_the_central_package_pins()
    {
        var props = File.ReadAllText(Path.Combine(Repository.Root, "Directory.Packages.props"));

        foreach (var (package, pinned) in new[] { ("MathNet.Numerics", "MathNet.Numerics"), ("Microsoft.Data.Analysis", "Microsoft.Data.Analysis"), ("XPlot.Plotly.Interactive", "XPlot.Plotly") })
        {
            var version = CarriedPackages.All.Single(p => p.Name == package).Version;
            Assert.Contains($"<PackageVersion Include=\"{pinned}\" Version=\"{version}\" />", props);
        }
    }

    [Fact]
    public async Task A_dll_path_is_relative_to_the_notebook_folder()
    {
        BuildLibrary(Path.Combine(folder.Path, "lib", "Greeting.dll"));
        var notebook = Path.Combine(folder.Path, "notebooks", "n.ipynb");

        var run = await new NotebookBuilder().Code("#r \"../lib/Greeting.dll\"\nGreeting.Greeter.Hello(\"kit\")").RunAsync(notebook);

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Equal("hello kit", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(1).Outputs)).Data.Text());
    }

    [Fact]
    public async Task A_library_loaded_by_path_shares_the_runners_packages_so_its_matrices_display_as_tables()
    {
        BuildLibrary(Path.Combine(folder.Path, "lib", "Shapes.dll"), "namespace Shapes; public static class Make { public static MathNet.Numerics.LinearAlgebra.Matrix<double> Ones(int n) => MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, n, 1.0); }");

        var run = await new NotebookBuilder().Code(Setup.NuGetLines).Code("#r \"lib/Shapes.dll\"\nShapes.Make.Ones(2)").RunAsync(folder.File("n.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Contains("notebookkit-table", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(2).Outputs)).Data.Text("text/html"));
    }

    [Fact]
    public async Task The_workbook_setup_cell_loads_the_built_NotebookKit_library()
    {
        var notebook = Path.Combine(Repository.Root, "notebooks", "setup-check.ipynb");

        var run = await new NotebookBuilder().Code(Setup.NuGetLines + "\n" + Setup.LibraryLine).RunAsync(notebook);

        Assert.True(run.Succeeded, run.FailureMessage);
    }

    [Fact]
    public async Task A_missing_dll_fails_with_the_full_path_it_looked_at()
    {
        var run = await new NotebookBuilder().Code("#r \"../src/NotebookKit/bin/Debug/net8.0/Missing.dll\"").RunAsync(folder.File("n.ipynb"));

        var message = run.Cell(1).Message!;
        Assert.Contains("line 1", message);
        Assert.Contains(Path.GetFullPath(Path.Combine(folder.Path, "../src/NotebookKit/bin/Debug/net8.0/Missing.dll")), message);
        Assert.Contains("relative to the notebook's folder", message);
    }

    [Fact]
    public async Task Package_sources_and_the_csharp_kernel_selector_are_accepted()
    {
        var run = await new NotebookBuilder().Code("#!csharp\n#i \"nuget: https://example.org/v3/index.json\"\n1 + 1").RunAsync(folder.File("n.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.Equal("2", Assert.IsType<ResultOutput>(Assert.Single(run.Cell(1).Outputs)).Data.Text());
    }

    [Fact]
    public async Task Cells_of_other_kernels_are_reported_by_number_and_the_rest_runs()
    {
        var fsharpByMetadata = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = "fs",
            ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "fsharp" } },
            ["outputs"] = new JsonArray(),
            ["source"] = "printfn \"hi\"",
        };

        var run = await new NotebookBuilder()
            .Cell(fsharpByMetadata)
            .Code("#!pwsh\nGet-Date")
            .Code("Console.WriteLine(\"still running\");")
            .RunAsync(folder.File("n.ipynb"));

        Assert.True(run.Succeeded);
        Assert.Equal(CellStatus.Unsupported, run.Cell(1).Status);
        Assert.Contains("Cell 1: fsharp cell: not supported by the headless runner", run.Cell(1).Stderr());
        Assert.Contains("Cell 2: pwsh cell: not supported by the headless runner", run.Cell(2).Stderr());
        Assert.Null(run.Executed.Cells[1].ExecutionCount);
        Assert.Equal("still running\n", run.Cell(3).Stdout());
        Assert.Equal(1, run.Executed.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task Cells_without_kernel_metadata_run_in_a_csharp_notebook()
    {
        var plain = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = "plain",
            ["metadata"] = new JsonObject(),
            ["outputs"] = new JsonArray(),
            ["source"] = "6 * 7",
        };

        var run = await new NotebookBuilder().Cell(plain).RunAsync(folder.File("n.ipynb"));

        Assert.Equal(CellStatus.Succeeded, run.Cell(1).Status);
    }

    /// <summary>Compiles <paramref name="source"/> (by default a one-class Greeting library) to <paramref name="path"/>.</summary>
    private static void BuildLibrary(string path, string source = "namespace Greeting; public static class Greeter { public static string Hello(string name) => \"hello \" + name; }")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(path),
            [CSharpSyntaxTree.ParseText(source)],
            platform.Select(assembly => MetadataReference.CreateFromFile(assembly)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }
}
