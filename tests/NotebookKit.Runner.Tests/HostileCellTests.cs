using NotebookKit.Runner.Cli;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// Cells that try to take the run down: each fails its own notebook with a message that says what happened, the
/// notebooks after it run, and no kernel outlives the run.
/// </summary>
public sealed partial class HostileCellTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, string> KernelEnders() => new()
    {
        { "Environment.Exit(0);", "the kernel exited with code 0" },
        { "Environment.Exit(3);", "the kernel exited with code 3" },
        { "int Deeper(int n) => Deeper(n + 1) + 1;\nDeeper(0);", "the kernel exited with code 134 (SIGABRT" },
        { "new System.Threading.Thread(() => throw new InvalidOperationException(\"from a thread\")).Start();\nSystem.Threading.Thread.Sleep(60_000);", "the kernel exited with code 134 (SIGABRT" },
        { "async void Later() { await Task.Yield(); throw new InvalidOperationException(\"async void\"); }\nLater();\nSystem.Threading.Thread.Sleep(60_000);", "the kernel exited with code 134 (SIGABRT" },
    };

    [Theory]
    [MemberData(nameof(KernelEnders))]
    public async Task A_cell_that_ends_the_kernel_fails_its_notebook_by_name_and_the_next_notebook_runs(string code, string message)
    {
        var hostile = new NotebookBuilder().Code("Console.WriteLine(\"first\");").Code("Console.WriteLine(\"printed\");\n" + code).Code("Console.WriteLine(\"after\");")
            .Save(folder.File("a-hostile.ipynb"));
        new NotebookBuilder().Code("Console.WriteLine(\"still here\");").Save(folder.File("b-next.ipynb"));

        var exit = await Run("run", hostile, folder.File("b-next.ipynb"), "--out", folder.File("out"), "--jobs", "1");

        Assert.Equal(CommandLine.Failed, exit);
        Assert.Contains($"a-hostile.ipynb, In [2] (cell index 1): {message}", output.ToString());
        var executed = NotebookDocument.Load(folder.File("out/a-hostile.ipynb"));
        Assert.Equal("printed\n", MultilineText.Read(executed.Cells[1].Outputs[0]!["text"]));
        Assert.Null(executed.Cells[2].ExecutionCount);
        Assert.Equal("still here\n", MultilineText.Read(NotebookDocument.Load(folder.File("out/b-next.ipynb")).Cells[0].Outputs[0]!["text"]));
        Assert.Contains("1 of 2 notebooks failed.", output.ToString());
    }

    [Fact]
    public async Task An_endless_loop_past_the_time_limit_is_ended_and_the_next_notebook_runs_in_a_kernel_of_its_own()
    {
        var looping = new NotebookBuilder()
            .Code("var counter = new System.Threading.Thread(() => { while (true) { } });\ncounter.Start();\nwhile (true) { }")
            .Save(folder.File("a-loop.ipynb"));
        new NotebookBuilder().Code("var stopwatch = System.Diagnostics.Stopwatch.StartNew();\nvar sum = 0L;\nfor (var i = 0; i < 1000; i++) sum += i;\nsum")
            .Save(folder.File("b-after.ipynb"));

        var exit = await Run("run", looping, folder.File("b-after.ipynb"), "--out", folder.File("out"), "--cell-timeout", "8", "--jobs", "1");

        Assert.Equal(CommandLine.Failed, exit);
        Assert.Contains("a-loop.ipynb, In [1] (cell index 0): did not finish within 8 s", output.ToString());
        Assert.Contains("b-after.ipynb In [1] (cell index 0) ok", output.ToString());
    }

    [Fact]
    public async Task A_foreground_thread_left_running_by_a_cell_does_not_keep_its_kernel_alive()
    {
        var run = await new NotebookBuilder()
            .Code("new System.Threading.Thread(() => System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite)) { IsBackground = false }.Start();\nConsole.WriteLine(Environment.ProcessId);")
            .RunAsync(folder.File("thread.ipynb"));

        Assert.True(run.Succeeded, run.FailureMessage);
        Assert.False(Processes.IsRunning(int.Parse(run.Cell(1).Stdout())), "the kernel with the foreground thread is still running");
    }

    [Theory]
    [InlineData("missing.dll", "error CS0006: Metadata file")]
    [InlineData("damaged.dll", "error CS0009: Metadata file")]
    [InlineData("notes.dll", "error CS0009: Metadata file")]
    public async Task A_bad_assembly_reference_fails_its_cell_with_the_compilers_message(string file, string message)
    {
        File.WriteAllBytes(folder.File("damaged.dll"), [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0xFF, 0xFF, 0x12]);
        File.WriteAllText(folder.File("notes.dll"), "not an assembly");

        var run = await new NotebookBuilder().Code($"#r \"{file}\"").Code("1 + 1").RunAsync(folder.File("refs.ipynb"));

        Assert.Equal(CellStatus.Failed, run.Cell(1).Status);
        Assert.Contains(message, run.Cell(1).Message);
        Assert.Contains(file, run.Cell(1).Message);
        Assert.Equal(CellStatus.NotExecuted, run.Cell(2).Status);
    }

    [Fact]
    public async Task An_out_folder_that_is_a_source_folder_through_a_symbolic_link_is_refused()
    {
        var sources = folder.File("notebooks");
        Directory.CreateDirectory(sources);
        var path = new NotebookBuilder().Code("1").Save(Path.Combine(sources, "n.ipynb"));
        var before = File.ReadAllText(path);
        Directory.CreateSymbolicLink(folder.File("out-link"), sources);

        var exit = await Run("run", sources, "--out", folder.File("out-link"));

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains("would overwrite the source", error.ToString());
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public async Task An_interrupted_run_ends_its_kernels_and_leaves_no_temporary_file()
    {
        var path = new NotebookBuilder().Code("Console.WriteLine(Environment.ProcessId);").Code("System.Threading.Thread.Sleep(60_000);")
            .Save(folder.File("slow.ipynb"));
        using var interrupt = new CancellationTokenSource();
        var report = new KernelIdWatcher(interrupt);

        var exit = await CommandLine.RunAsync(["run", path, "--out", folder.File("out"), "--log-output"], report, error, interrupt.Token);

        Assert.Equal(CommandLine.Interrupted, exit);
        Assert.False(Processes.IsRunning(report.KernelId!.Value), "the interrupted kernel is still running");
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
        Assert.Contains("Interrupted", error.ToString());
    }

    [Theory]
    [InlineData("5000000")]
    [InlineData("1e20")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("0")]
    public async Task An_absurd_cell_timeout_is_a_usage_error(string seconds)
    {
        var exit = await Run("run", folder.Path, "--cell-timeout", seconds);

        Assert.Equal(CommandLine.BadInput, exit);
        Assert.Contains("--cell-timeout takes a number of seconds above 0 and at most 86400", error.ToString());
    }

    private Task<int> Run(params string[] args) => CommandLine.RunAsync(args, output, error);

    /// <summary>A console that reads the kernel's process id from the streamed output, then interrupts the run.</summary>
    private sealed partial class KernelIdWatcher(CancellationTokenSource interrupt) : StringWriter
    {
        public int? KernelId { get; private set; }

        public override void Write(char value)
        {
            base.Write(value);
            Watch();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            Watch();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            base.Write(buffer, index, count);
            Watch();
        }

        private void Watch()
        {
            if (KernelId is null && PrintedId().Match(ToString()) is { Success: true } match)
            {
                KernelId = int.Parse(match.Groups[1].Value);
                interrupt.CancelAfter(TimeSpan.FromSeconds(2));
            }
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"slow\.ipynb \| (\d+)\n")]
        private static partial System.Text.RegularExpressions.Regex PrintedId();
    }
}
