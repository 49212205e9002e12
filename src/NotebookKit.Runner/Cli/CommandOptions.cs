using System.Globalization;
using NotebookKit.Runner.Grading;
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
/// <param name="Source">For "grade": the instructor's notebooks (files or folders) the submissions are graded against.</param>
/// <param name="HideSolutions">For "run": write the executed notebooks and pages with each solution region replaced as in the student copy.</param>
/// <param name="SelfContained">For "run --html": embed plotly.js, KaTeX and the stylesheet in each page instead of linking one shared assets folder.</param>
/// <param name="NoSandbox">For "grade": run the submissions without a sandbox.</param>
/// <param name="Library">For "grade": the library the instructor's notebooks load, when not where their <c>#r</c> says.</param>
/// <param name="Shard">For "grade": which part of the class to grade (default: all of it).</param>
public sealed record CommandOptions(
    string Command, IReadOnlyList<string> Inputs, string OutFolder, bool Html, bool InPlace, bool ContinueOnError, TimeSpan CellTimeout,
    int Jobs, bool LogOutput, string? HelpFor = null, IReadOnlyList<string>? Source = null, bool HideSolutions = false,
    bool SelfContained = false, bool NoSandbox = false, string? Library = null, Shard? Shard = null)
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
          student <notebooks or folders>... [options]  write a release: student copies and the library they load
          grade <submissions> --source <notebooks>     grade a class: one folder per student, against the instructor's notebooks
          merge <gradebook folders>... --out <folder>  combine the gradebooks of grade --shard runs into one
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
          --html                    also write a page per notebook and index.html, sharing one assets/ folder
                                    (plotly.js, KaTeX, the stylesheet): the folder works offline, copied or zipped
          --self-contained          with --html: embed the assets in every page instead, for a page that travels alone
          --in-place                write each executed notebook over its source
          --continue-on-error       run every cell even after one fails (default: stop at the first failing cell)
          --cell-timeout <seconds>  interrupt a cell after this long and end its kernel (default 300, at most 86400)
          --jobs <n>                run up to n notebooks at once, each in its own kernel (default: the number of cores)
          --log-output              stream what the cells print, as they run
          --hide-solutions          write each solution region replaced as in the student copy (handouts)
        """;

    private const string StudentHelp = """
        student <notebooks or folders>... [options]

        Writes a release that opens anywhere (VS Code, JupyterLab, the grader): each notebook's student copy, with every
        solution region replaced by a stub that throws NotImplementedException, outputs cleared, check and given cells
        read-only; beside them each library the notebooks load by a relative #r (NotebookKit.dll), which their #r then
        names, and data/ when a notebook reads the data files. Refuses (exit code 2, writing nothing) misspelt or
        unbalanced markers, markers outside an exercise's code cell, an exercise cell without a solution region, and
        solution text that would survive anywhere in the copy.

        Options:
          --out <folder>            where to write the release (default: out/student/ at the repository root)
        """;

    private const string GradeHelp = """
        grade <submissions> --source <instructor notebooks> [options]

        Grades a class: <submissions> holds one folder per student (the folder's name is the student) with any of the
        released notebooks. The hand-ins are copied first and only the copies are read; the submissions folder is never
        written. Each submission gets the instructor's check and given cells back (matched by cell id) and runs to the
        end in a kernel of its own, in a bubblewrap sandbox: read-only system, .NET and NuGet packages, a private copy
        of its own folder, a private read-only copy of the library, no network, nothing else of the machine; limits on
        memory, processes, disk and output, and --cell-timeout. Each check cell passed earns its points (cell metadata
        "points", default 1). Writes, per student, the graded notebook and a feedback page, and the gradebook
        grades.csv and grades.json.

        Before any student, the grader restores the NuGet packages of the instructor's setup cells and runs each
        instructor notebook someone handed in with its own solutions, in the same sandbox: if that fails, it exits
        with 1 naming the notebook, the cell and the cause, and writes no gradebook. Exit code 0 when every submission
        was graded (whatever the scores), 1 when the setup failed or one could not be graded for a reason of the
        grader's own, 2 for a usage error, or when no sandbox can be made here and --no-sandbox was not given.

        Options:
          --source <notebooks>      the instructor's notebooks, with solutions (a folder or .ipynb files; required)
          --out <folder>            where to write (default: out/graded/ at the repository root)
          --library <path>          the library the notebooks load (default: where their #r says, else the one
                                    built with the grader)
          --shard <K/N>             grade only part K of N of the class (by a hash of each student's name); combine
                                    the parts with merge
          --no-sandbox              run submissions without a sandbox, with your rights (a container's job then)
          --cell-timeout <seconds>  interrupt a cell after this long and end its kernel (default 300, at most 86400)
          --jobs <n>                grade up to n submissions at once (default: the number of cores)
          --log-output              stream what the cells print, as they run
        """;

    private const string MergeHelp = """
        merge <gradebook folders>... --out <folder>

        Combines the gradebooks that grade --shard K/N wrote (grades.json in each folder) into one grades.csv and
        grades.json, the same, byte for byte, as grading the class in one run would write; copies each student's graded
        notebooks and feedback pages along. Exit code 2 when a folder has no grades.json or two hold the same student.

        Options:
          --out <folder>            where to write (default: out/graded/ at the repository root)
        """;

    /// <summary>The help text for <paramref name="command"/> (null: the overview).</summary>
    public static string Help(string? command) => command switch
    {
        "run" => RunHelp,
        "student" => StudentHelp,
        "grade" => GradeHelp,
        "merge" => MergeHelp,
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

        if (command is not ("run" or "student" or "grade" or "merge" or "help"))
        {
            throw new UsageException($"unknown command '{args[0]}'. Commands: run, student, grade, merge, help.");
        }

        if (command == "help")
        {
            return HelpRequest(args.Count > 1 ? args[1].ToLowerInvariant() : null);
        }

        var inputs = new List<string>();
        string? outFolder = null;
        var source = new List<string>();
        string? library = null;
        Shard? shard = null;
        var noSandbox = false;
        bool html = false, inPlace = false, continueOnError = command == "grade", logOutput = false, hideSolutions = false, selfContained = false;
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
                case "--html" when command == "run":
                    html = true;
                    break;
                case "--in-place" when command == "run":
                    inPlace = true;
                    break;
                case "--continue-on-error" when command == "run":
                    continueOnError = true;
                    break;
                case "--cell-timeout" when command is "run" or "grade":
                    timeout = Seconds(Value(args, ref i));
                    break;
                case "--jobs" when command is "run" or "grade":
                    jobs = JobCount(Value(args, ref i));
                    break;
                case "--log-output" when command is "run" or "grade":
                    logOutput = true;
                    break;
                case "--source" when command == "grade":
                    source.Add(Value(args, ref i));
                    break;
                case "--library" when command == "grade":
                    library = Value(args, ref i);
                    break;
                case "--shard" when command == "grade":
                    shard = Shard.Parse(Value(args, ref i));
                    break;
                case "--no-sandbox" when command == "grade":
                    noSandbox = true;
                    break;
                case "--hide-solutions" when command == "run":
                    hideSolutions = true;
                    break;
                case "--self-contained" when command == "run":
                    selfContained = true;
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

        if (selfContained && !html)
        {
            throw new UsageException("--self-contained is about the HTML pages: use it with --html. See: run --help.");
        }

        if (command == "grade" && (source.Count == 0 || inputs.Count != 1))
        {
            throw new UsageException(source.Count == 0
                ? "'grade' needs the instructor's notebooks: grade <submissions> --source <notebooks>. See: grade --help."
                : "'grade' takes one submissions folder (one folder per student inside it): grade <submissions> --source <notebooks>. See: grade --help.");
        }

        if (library is not null && !File.Exists(library))
        {
            throw new UsageException($"--library {library}: no such file. Give the path of the library's .dll, e.g. --library src/NotebookKit/bin/Debug/net8.0/NotebookKit.dll.");
        }

        var defaultOut = command switch { "student" => Path.Combine("out", "student"), "grade" or "merge" => Path.Combine("out", "graded"), _ => "out" };
        return new CommandOptions(command, inputs, outFolder ?? Path.Combine(KernelTool.RepositoryRoot, defaultOut), html, inPlace, continueOnError, timeout, jobs, logOutput,
            Source: source, HideSolutions: hideSolutions, SelfContained: selfContained, NoSandbox: noSandbox, Library: library, Shard: shard);

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
