using System.Globalization;

namespace NotebookKit.Runner.Cli;

/// <summary>A parsed command line.</summary>
/// <param name="Command">"run", "student", "grade" or "help".</param>
/// <param name="Inputs">Notebook files and folders, as given.</param>
/// <param name="OutFolder">Where results are written.</param>
/// <param name="Html">Also render HTML pages and an index.</param>
/// <param name="InPlace">Write executed notebooks over their sources.</param>
/// <param name="ContinueOnError">Run every cell even after one fails.</param>
/// <param name="CellTimeout">The longest a cell may run.</param>
public sealed record CommandOptions(
    string Command, IReadOnlyList<string> Inputs, string OutFolder, bool Html, bool InPlace, bool ContinueOnError, TimeSpan CellTimeout)
{
    /// <summary>The text of <c>help</c>.</summary>
    public const string Usage = """
        NotebookKit.Runner: runs C# Polyglot Notebooks headless, renders them, makes student copies, grades.

        Usage:
          run <notebooks or folders>... [--html] [--out <folder>] [--in-place] [--continue-on-error] [--cell-timeout <seconds>]
              Executes each notebook top to bottom in one C# session; writes the executed copy to --out (default out/),
              with --html also a self-contained page per notebook and out/index.html. Stops a notebook at its first
              failing cell unless --continue-on-error. Exit code 0 only when no cell failed.
          student <notebooks or folders>... [--out <folder>]
              Writes student copies (default to out/student/): solution regions replaced by stubs, outputs cleared.
          grade <notebooks or folders>... [--html] [--out <folder>] [--cell-timeout <seconds>]
              Runs each notebook to the end and prints, per exercise, the check cells passed; writes the graded
              copy to --out (default out/graded/). Exit code 0 when it ran: a failed check is a score, not an error.
          help
              Shows this text.

        Example (from the repository root):
          dotnet run --project src/NotebookKit.Runner -- run notebooks --html
        """;

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="UsageException">An unknown command or option, or a missing value.</exception>
    public static CommandOptions Parse(IReadOnlyList<string> args)
    {
        var command = args.Count == 0 ? "help" : args[0].ToLowerInvariant();
        if (command is "-h" or "--help")
        {
            command = "help";
        }

        if (command is not ("run" or "student" or "grade" or "help"))
        {
            throw new UsageException($"unknown command '{args[0]}'. Commands: run, student, grade, help.");
        }

        var inputs = new List<string>();
        string? outFolder = null;
        bool html = false, inPlace = false, continueOnError = command == "grade";
        var timeout = TimeSpan.FromSeconds(300);
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out":
                    outFolder = Value(args, ref i);
                    break;
                case "--html" when command != "student":
                    html = true;
                    break;
                case "--in-place" when command == "run":
                    inPlace = true;
                    break;
                case "--continue-on-error" when command == "run":
                    continueOnError = true;
                    break;
                case "--cell-timeout" when command != "student":
                    timeout = Seconds(Value(args, ref i));
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"'{option}' is not an option of '{command}'. See: help.");
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }

        if (command != "help" && inputs.Count == 0)
        {
            throw new UsageException($"'{command}' needs at least one notebook or folder, e.g. {command} notebooks");
        }

        var defaultOut = command switch { "student" => Path.Combine("out", "student"), "grade" => Path.Combine("out", "graded"), _ => "out" };
        return new CommandOptions(command, inputs, outFolder ?? defaultOut, html, inPlace, continueOnError, timeout);
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"{args[i]} needs a value.");
        }

        return args[++i];
    }

    private static TimeSpan Seconds(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new UsageException($"--cell-timeout takes a positive number of seconds, not '{text}'.");
}
