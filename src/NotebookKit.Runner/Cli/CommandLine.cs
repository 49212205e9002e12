using System.Runtime.InteropServices;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Grading;
using NotebookKit.Runner.Kernel;

namespace NotebookKit.Runner.Cli;

/// <summary>The runner's command line: parses it, runs the command, turns failures into messages and exit codes.</summary>
public static class CommandLine
{
    /// <summary>Exit code when every notebook ran without a failing cell (or the command did its job).</summary>
    public const int Success = 0;

    /// <summary>Exit code when a notebook had a failing cell, a release's library is missing, the grader's setup failed or a submission could not be graded for a reason of the grader's own, or the kernel could not start.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a bad command line, input that is not a notebook, or a notebook whose solution markers a student copy cannot use; nothing was run or written.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code after Ctrl+C or SIGTERM: every kernel ended, no temporary file left.</summary>
    public const int Interrupted = 130;

    /// <summary>
    /// Runs the command in <paramref name="args"/>, reporting to <paramref name="output"/> and <paramref name="error"/>.
    /// SIGINT and SIGTERM (and <paramref name="cancellation"/>) stop the run: kernels are ended and temporary files removed.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
    {
        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        try
        {
            var options = CommandOptions.Parse(args);
            using var report = new ConsoleReport(output, options.LogOutput);
            switch (options.Command)
            {
                case "run":
                    return await RunCommand.ExecuteAsync(options, report, interrupted.Token);
                case "grade":
                    return await GradeCommand.ExecuteAsync(options, report, interrupted.Token);
                case "student":
                    return StudentCommand.Execute(options, report);
                case "merge":
                    return MergeCommand.Execute(options, report);
                default:
                    await output.WriteLineAsync(CommandOptions.Help(options.HelpFor));
                    return Success;
            }
        }
        catch (UsageException problem)
        {
            await error.WriteLineAsync($"error: {problem.Message}");
            return BadInput;
        }
        catch (StudentCopyException problem)
        {
            await error.WriteLineAsync($"error: {problem.Message}");
            await error.WriteLineAsync("No student copy was written.");
            return BadInput;
        }
        catch (ReleaseException problem)
        {
            await error.WriteLineAsync($"error: {problem.Message}");
            await error.WriteLineAsync("No student copy was written.");
            return Failed;
        }
        catch (GradingSetupException problem)
        {
            await error.WriteLineAsync($"error: {problem.Message}");
            await error.WriteLineAsync("The grader's own setup failed: no student was graded and no gradebook was written.");
            return Failed;
        }
        catch (KernelStartException problem)
        {
            await error.WriteLineAsync($"error: could not start the kernel: {problem.Message}");
            return Failed;
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            // This run's kernels were ended as the cancellation reached them (other runs in this process go on); a
            // signal does not end the process, so a write under way finished and removed its temporary file.
            await error.WriteLineAsync("Interrupted: every kernel was ended; the files already written are complete, nothing else was written.");
            return Interrupted;
        }

        void Interrupt(PosixSignalContext context)
        {
            // A signal ends the whole process: end every kernel at once, then let the run unwind.
            context.Cancel = true;
            KernelSession.KillAll();
            interrupted.Cancel();
        }
    }
}
