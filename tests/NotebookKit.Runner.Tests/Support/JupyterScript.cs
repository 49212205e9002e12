using System.Diagnostics;
using NotebookKit.Runner.Kernel;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>
/// tests/jupyter/execute_notebooks.py, the Jupyter half of CI, run as <c>.ci/run</c> runs it: Debian's
/// <c>/usr/bin/python3</c> with its nbclient, against the pinned kernel tool.
/// </summary>
public static class JupyterScript
{
    private const string Python = "/usr/bin/python3";

    /// <summary>
    /// Runs the script on the notebooks in <paramref name="folder"/>; past <paramref name="limit"/> it is killed (with
    /// its kernels) and the test fails. Returns its exit code and what it printed.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, TimeSpan limit)
    {
        var (found, missing) = await RunAsync([Python, "-c", "import nbclient, nbformat"], TimeSpan.FromSeconds(30));
        Assert.True(found == 0, $"{Python} cannot import nbclient and nbformat, which the Jupyter script needs. Install them: sudo apt-get install python3-nbclient python3-nbformat\n{missing}");
        var script = Path.Combine(Repository.Root, "tests", "jupyter", "execute_notebooks.py");
        return await RunAsync([Python, script, await KernelTool.AppPathAsync(), folder], limit);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string[] command, TimeSpan limit)
    {
        var start = new ProcessStartInfo(command[0], command[1..]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{string.Join(' ', command)} was still running after {limit.TotalSeconds} s, so it was killed. It printed:\n{await output}{await errors}");
        }

        return (process.ExitCode, await output + await errors);
    }
}
