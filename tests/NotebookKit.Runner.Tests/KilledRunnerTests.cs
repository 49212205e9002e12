using System.Diagnostics;
using NotebookKit.Runner.Cli;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// A runner killed outright (SIGKILL, the OOM killer), which can clean nothing up, leaves no kernel behind: on Linux
/// every kernel dies with it (setpriv --pdeathsig). An orphaned kernel would go on burning a core.
/// </summary>
public sealed class KilledRunnerTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_kernel_of_a_runner_killed_with_SIGKILL_ends_too()
    {
        var pidFile = folder.File("kernel.pid");
        // The cell idles long enough for the runner's thread-pool threads to retire, which must not end the kernel.
        var notebook = new NotebookBuilder()
            .Code($"System.IO.File.WriteAllText(@\"{pidFile}\", Environment.ProcessId.ToString());\nSystem.Threading.Thread.Sleep(600_000);")
            .Save(folder.File("idle.ipynb"));
        using var runner = Process.Start(new ProcessStartInfo("dotnet", [typeof(CommandLine).Assembly.Location, "run", notebook, "--out", folder.File("out")])
        {
            RedirectStandardError = true,
        })!;
        var kernel = await KernelProcessIdAsync(pidFile, runner);
        await Task.Delay(TimeSpan.FromSeconds(25));
        Assert.True(Processes.IsRunning(kernel), "the kernel ended while its runner was alive");

        runner.Kill(entireProcessTree: false);
        await runner.WaitForExitAsync();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Processes.IsRunning(kernel) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var orphan = Processes.IsRunning(kernel);
        if (orphan)
        {
            Process.GetProcessById(kernel).Kill();
        }

        Assert.False(orphan, $"kernel {kernel} outlived its killed runner");
    }

    private static async Task<int> KernelProcessIdAsync(string pidFile, Process runner)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!(File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile), out _)))
        {
            if (runner.HasExited)
            {
                Assert.Fail($"the runner ended before the cell ran: {await runner.StandardError.ReadToEndAsync()}");
            }

            Assert.True(DateTime.UtcNow < deadline, "the cell did not run within 3 minutes");
            await Task.Delay(200);
        }

        return int.Parse(File.ReadAllText(pidFile));
    }
}
