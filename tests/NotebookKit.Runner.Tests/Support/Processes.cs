using System.Diagnostics;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>Whether a process (a kernel a cell printed the id of) is still alive.</summary>
public static class Processes
{
    public static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
