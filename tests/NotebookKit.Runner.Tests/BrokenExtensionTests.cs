using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Kernel;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// A setup cell that loads a package whose kernel extension fails to load (as one built against an older kernel's API
/// fails in today's kernel): the notebook fails at that cell, quickly, with a message naming the package, in the
/// runner and in the Jupyter script.
/// </summary>
public sealed class BrokenExtensionTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly BrokenExtensionPackage package = new();

    public void Dispose()
    {
        package.Dispose();
        folder.Dispose();
    }

    private NotebookBuilder Notebook => new NotebookBuilder().Code(package.SetupCell).Code("Console.WriteLine(\"after\");");

    [Fact]
    public async Task The_runner_fails_the_setup_cell_naming_the_package_and_what_to_do()
    {
        var path = folder.File("broken.ipynb");

        // Were the kernel never to complete the cell, it would fail as timed out, not with the message below.
        var run = await Notebook.RunAsync(path, new RunOptions { CellTimeout = TimeSpan.FromSeconds(60) });

        var setup = run.Cell(1);
        Assert.Equal(CellStatus.Failed, setup.Status);
        Assert.Equal(
            $"{path}, In [1] (cell index 0): the kernel extension of the package {package.Id} {package.Version} does not load in this kernel "
            + $"(dotnet-interactive {KernelTool.Version}): System.MissingMethodException: Method not found: 'Void BrokenChart.Helper.Missing()'. "
            + "Remove the package's #r line, or use a version of it built for this kernel.",
            setup.Message);
        Assert.Equal("Microsoft.DotNet.Interactive.KernelExtensionLoadException", setup.Error().Name);
        Assert.Equal(CellStatus.NotExecuted, run.Cell(2).Status);
    }

    [Fact]
    public async Task The_Jupyter_script_fails_that_notebook_at_once_naming_the_package_and_runs_the_next()
    {
        Notebook.Save(folder.File("broken.ipynb"));
        new NotebookBuilder().Code("Console.WriteLine(\"fine\");").Save(folder.File("fine.ipynb"));

        var (exitCode, output) = await JupyterScript.RunAsync(folder.Path, TimeSpan.FromSeconds(120));

        Assert.True(exitCode == 1, $"exit code {exitCode}:\n{output}");
        Assert.Contains(
            $"broken.ipynb: FAILED\ncell index 0: the kernel extension of the package {package.Id.ToLowerInvariant()} {package.Version} does not load in this kernel",
            output);
        Assert.Contains("fine.ipynb: ran without errors", output);
        Assert.Contains("1 of 2 notebooks failed under Jupyter", output);
    }
}
