using NotebookKit.Runner.Exercises;

namespace NotebookKit.Runner.Cli;

/// <summary>The runner's command line: parses it, runs the command, turns failures into messages and exit codes.</summary>
public static class CommandLine
{
    /// <summary>Exit code when every notebook ran without a failing cell (or the command did its job).</summary>
    public const int Success = 0;

    /// <summary>Exit code when a notebook had a failing cell, or a student copy could not be made.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a bad command line or input that is not a notebook; nothing was run.</summary>
    public const int BadInput = 2;

    /// <summary>Runs the command in <paramref name="args"/>, reporting to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        try
        {
            var options = CommandOptions.Parse(args);
            var report = new ConsoleReport(output);
            switch (options.Command)
            {
                case "run" or "grade":
                    return await RunCommand.ExecuteAsync(options, report);
                case "student":
                    return StudentCommand.Execute(options, report);
                default:
                    await output.WriteLineAsync(CommandOptions.Usage);
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
            return Failed;
        }
    }
}
