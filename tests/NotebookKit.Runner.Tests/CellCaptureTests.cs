using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Tests;

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>Console redirection itself; alone, since other tests' cells redirect the console while they run.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CellCaptureTests
{
    [Fact]
    public void The_console_is_redirected_only_while_a_cell_runs()
    {
        var original = Console.Out;
        var collector = new CellOutputCollector();

        using (CellCapture.Begin(collector))
        {
            Console.WriteLine("captured");
            Assert.NotSame(original, Console.Out);
        }

        Assert.Same(original, Console.Out);
        Assert.Equal([new StreamOutput("stdout", "captured\n")], collector.Close());
    }

    [Fact]
    public void Output_after_a_cell_is_closed_is_dropped()
    {
        var collector = new CellOutputCollector();
        collector.Write("stdout", "kept");
        collector.Close();

        collector.Write("stdout", "dropped");

        Assert.Equal([new StreamOutput("stdout", "kept")], collector.Close());
    }
}
