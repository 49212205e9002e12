using System.Globalization;
using NotebookKit.Runner.Kernel;

namespace NotebookKit.Runner.Cli;

/// <summary>A parsed command line.</summary>
/// <param name="Command">"run", "student", "grade" or "help".</param>
/// <param name="Inputs">Notebook files and folders, as given.</param>
/// <param name="OutFolder">Where results are written.</param>
/// <param name="Html">Also render HTML pages and an index.</param>
/// <param name="InPlace">Write executed notebooks over their sources.</param>
/// <param name="ContinueOnError">Run every cell even after one fails.</param>
/// <param name="CellTimeout">The longest a cell may run.</param>
/// <param name="Jobs">How many notebooks (kernels) may run at once.</param>
/// <param name="LogOutput">Stream what the cells print to the console as they run.</param>
/// <param name="HelpFor">For "help": the command whose help to show, or null for the overview.</param>
public sealed record CommandOptions(
    string Command, IReadOnlyList<string> Inputs, string OutFolder, bool Html, bool InPlace, bool ContinueOnError, TimeSpan CellTimeout,
    int Jobs, bool LogOutput, string? HelpFor = null)
{
    /// <summary>The longest --cell-timeout accepted: one day.</summary>
    public const double MaxCellTimeoutSeconds = 86_400;

    /// <summary>The most kernels --jobs may start at once.</summary>
    public const int MaxJobs = 64;

    private const string Overview = """
        NotebookKit.Runner: runs C# Polyglot Notebooks headless in the dotnet-interactive kernel, renders them,
        makes student copies, grades.

        Usage:
          run <notebooks or folders>... [options]      execute notebooks, write executed copies (and pages)
          student <notebooks or folders>... [options]  write student copies: solutions replaced by stubs
          grade <notebooks or folders>... [options]    run to the end and score each exercise's check cells
          help [command]                               show this text, or a command's options

        Each command takes --help. Example (from any folder):
          dotnet run --project src/NotebookKit.Runner -- run notebooks --html
        """;

    private const string RunHelp = """
        run <notebooks or folders>... [options]

        Executes each notebook top to bottom in a dotnet-interactive kernel process of its own (the kernel of VS Code's
        Polyglot Notebooks and of Jupyter's ".NET (C#)" kernel, restored from .config/dotnet-tools.json when missing)
        and writes the executed copy. A folder stands for the .ipynb files in it. Exit code 0 only when no cell failed.

        Options:
          --out <folder>            where to write (default: out/ at the repository root)
          --html                    also write a self-contained page per notebook and index.html
          --in-place                write each executed notebook over its source
          --continue-on-error       run every cell even after one fails (default: stop at the first failing cell)
          --cell-timeout <seconds>  interrupt a cell after this long and end its kernel (default 300, at most 86400)
          --jobs <n>                run up to n notebooks at once, each in its own kernel (default: the number of cores)
          --log-output              stream what the cells print, as they run
        """;

    private const string StudentHelp = """
        student <notebooks or folders>... [options]

        Writes student copies: each solution region replaced by a stub that throws NotImplementedException, outputs
        cleared, relative #r paths rewritten to point at the same files. Writes nothing if any notebook has a bad region.

        Options:
          --out <folder>            where to write (default: out/student/ at the repository root)
        """;

    private const string GradeHelp = """
        grade <notebooks or folders>... [options]

        Runs each notebook to the end in a kernel of its own and prints, per exercise, the check cells passed; writes
        the graded copy. Exit code 0 when it ran: a failed check is a score, not an error.

        Options:
          --out <folder>            where to write (default: out/graded/ at the repository root)
          --html                    also write a page per graded notebook
          --cell-timeout <seconds>  interrupt a cell after this long and end its kernel (default 300, at most 86400)
          --jobs <n>                grade up to n notebooks at once (default: the number of cores)
          --log-output              stream what the cells print, as they run
        """;

    /// <summary>The help text for <paramref name="command"/> (null: the overview).</summary>
    public static string Help(string? command) => command switch
    {
        "run" => RunHelp,
        "student" => StudentHelp,
        "grade" => GradeHelp,
        _ => Overview,
    };

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="UsageException">An unknown command or option, a missing or bad value.</exception>
    public static CommandOptions Parse(IReadOnlyList<string> args)
    {
        var command = args.Count == 0 ? "help" : args[0].ToLowerInvariant();
        if (command is "-h" or "--help" or "-?")
        {
            command = "help";
        }

        if (command is not ("run" or "student" or "grade" or "help"))
        {
            throw new UsageException($"unknown command '{args[0]}'. Commands: run, student, grade, help.");
        }

        if (command == "help")
        {
            return HelpRequest(args.Count > 1 ? args[1].ToLowerInvariant() : null);
        }

        var inputs = new List<string>();
        string? outFolder = null;
        bool html = false, inPlace = false, continueOnError = command == "grade", logOutput = false;
        var timeout = TimeSpan.FromSeconds(300);
        var jobs = Environment.ProcessorCount;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    return HelpRequest(command);
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
                case "--jobs" when command != "student":
                    jobs = JobCount(Value(args, ref i));
                    break;
                case "--log-output" when command != "student":
                    logOutput = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"'{option}' is not an option of '{command}'. See: {command} --help.");
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }

        if (inputs.Count == 0)
        {
            throw new UsageException($"'{command}' needs at least one notebook or folder, e.g. {command} notebooks. See: {command} --help.");
        }

        var defaultOut = command switch { "student" => Path.Combine("out", "student"), "grade" => Path.Combine("out", "graded"), _ => "out" };
        return new CommandOptions(command, inputs, outFolder ?? Path.Combine(KernelTool.RepositoryRoot, defaultOut), html, inPlace, continueOnError, timeout, jobs, logOutput);

        static CommandOptions HelpRequest(string? helpFor) => new("help", [], "", false, false, false, TimeSpan.Zero, 1, false, helpFor);
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
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= MaxCellTimeoutSeconds
            ? TimeSpan.FromSeconds(seconds)
            : throw new UsageException($"--cell-timeout takes a number of seconds above 0 and at most {MaxCellTimeoutSeconds:0} (one day), not '{text}'.");

    private static int JobCount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) && jobs is >= 1 and <= MaxJobs
            ? jobs
            : throw new UsageException($"--jobs takes a whole number from 1 to {MaxJobs}, not '{text}'.");
}
