using System.Diagnostics;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Grading;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Rendering;
using NotebookKit.Runner.Sandbox;

namespace NotebookKit.Runner.Cli;

/// <summary>
/// <c>grade &lt;submissions&gt; --source &lt;notebooks&gt;</c>: grades every student's folder (or those of one
/// <c>--shard</c>) against the instructor's notebooks. First the grader's own setup, any failure of which ends the
/// command before a student is graded: a snapshot of the hand-ins, a private copy of the library, the NuGet packages
/// restored, and each instructor notebook someone handed in run with its solutions in a sandbox like the students'.
/// Then up to <see cref="CommandOptions.Jobs"/> submissions at once, each in a sandboxed kernel of its own; writes
/// per student the graded notebooks and their feedback pages, then the gradebook; prints a table per student and a
/// class summary.
/// </summary>
public static class GradeCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired; every kernel has been ended.</exception>
    /// <exception cref="GradingSetupException">The grader's own setup failed; nothing was graded or written.</exception>
    public static async Task<int> ExecuteAsync(CommandOptions options, ConsoleReport report, CancellationToken cancellation)
    {
        var submissions = Path.GetFullPath(options.Inputs[0]);
        var sources = InputFiles.Load(InputFiles.Expand(options.Source!));
        foreach (var notebook in sources)
        {
            try
            {
                LockedCells.Validate(notebook);
            }
            catch (FormatException problem)
            {
                throw new UsageException(problem.Message);
            }
        }

        var bwrap = await SandboxOrRefuse(options, report);
        var work = Directory.CreateTempSubdirectory("notebookkit-grade-").FullName;
        try
        {
            var handIns = HandIns.Snapshot(submissions, options.Shard ?? Shard.All, Path.Combine(work, "hand-ins"));
            var library = Path.Combine(work, "library");
            var instructor = GradingLibrary.Prepare(sources, library, bwrap is null ? library : SubmissionSandbox.LibraryFolder, options.Library);
            var jobs = handIns.Students.SelectMany(student => instructor.Select(notebook => (Student: student, Instructor: notebook))).ToList();
            RefuseOverwriting(jobs.Select(job => Target(options, job.Student, job.Instructor, ".ipynb")).Concat([Path.Combine(options.OutFolder, "grades.csv")]),
                jobs.Select(job => Path.Combine(submissions, job.Student, job.Instructor.FileName)).Concat(sources.Select(notebook => notebook.Path)), options.OutFolder);

            var clock = Stopwatch.StartNew();
            var runner = new NotebookRunner(new RunOptions { CellTimeout = options.CellTimeout, ContinueOnError = true });
            var handedIn = instructor.Where(notebook => handIns.Students.Any(student => File.Exists(Path.Combine(handIns.Of(student), notebook.FileName)))).ToList();
            await PackageRestore.RestoreAsync(handedIn, runner, work, report, cancellation);
            var setup = bwrap is null ? null : await SandboxSetup.CreateAsync(bwrap, library, SandboxLimits.Default, report.Notice);
            var empty = Directory.CreateDirectory(Path.Combine(work, "empty")).FullName;
            await Parallel.ForEachAsync(handedIn, Concurrency(options, handedIn.Count, cancellation), async (notebook, token) =>
            {
                var elapsed = await Rehearsal.RunAsync(notebook, runner, setup is null ? null : new SubmissionSandbox(setup, empty), report, token);
                report.Line($"  the instructor's {notebook.FileName} passes with its solutions ({elapsed.TotalSeconds:0.0} s)");
            });

            report.NotebookName = notebook => Path.GetRelativePath(submissions, notebook.Path).Replace('\\', '/');
            var grades = new SubmissionGrade?[jobs.Count];
            var ungraded = new UngradedSubmission?[jobs.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Count), Concurrency(options, jobs.Count, cancellation), async (i, token) =>
            {
                var (student, source) = jobs[i];
                // A failure of the grader's own (a kernel that did not start on a loaded machine) is tried once more.
                for (var attempt = 1; attempt <= 2 && grades[i] is null; attempt++)
                {
                    try
                    {
                        var sandbox = setup is null ? null : new SubmissionSandbox(setup, handIns.Of(student));
                        grades[i] = new SubmissionGrade(student, await GradeAsync(options, report, runner, handIns, submissions, sandbox, student, source, (i + 1, jobs.Count), token));
                        ungraded[i] = null;
                    }
                    catch (Exception problem) when (problem is not OperationCanceledException)
                    {
                        ungraded[i] = new UngradedSubmission(student, source.FileName, $"{problem.GetType().Name}: {problem.Message} ({problem.StackTrace?.Split('\n')[0].Trim()}){(attempt == 1 ? "" : ", twice")}");
                        report.Notice($"Could not grade {student}/{source.FileName} (attempt {attempt} of 2): {ungraded[i]!.Reason}");
                    }
                }
            });

            var gradebook = new Gradebook(grades.OfType<SubmissionGrade>().ToList(), ungraded.OfType<UngradedSubmission>().ToList());
            var written = gradebook.Write(options.OutFolder);
            report.ClassReport(gradebook, instructor.Select(notebook => notebook.FileName).ToList(), clock.Elapsed);
            report.Line($"Gradebook{(options.Shard is { } shard ? $" of shard {shard}" : "")}: {string.Join(", ", written.Select(DisplayPath.Of))}; feedback pages: {DisplayPath.Of(Path.Combine(options.OutFolder, "<student>", "<notebook>.html"))}");
            return gradebook.Ungraded.Count == 0 ? CommandLine.Success : CommandLine.Failed;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The bubblewrap to sandbox with; null with --no-sandbox.</summary>
    /// <exception cref="UsageException">No sandbox can be made here and --no-sandbox was not given.</exception>
    private static async Task<string?> SandboxOrRefuse(CommandOptions options, ConsoleReport report)
    {
        if (options.NoSandbox)
        {
            report.Notice("--no-sandbox: each submission's code runs with your rights; it can read and change any file you can, other students' hand-ins included.");
            return null;
        }

        var (bwrap, problem) = await Bubblewrap.FindAsync();
        return bwrap ?? throw new UsageException(
            $"grade runs each submission in a bubblewrap sandbox, but {problem}. Install it, or grade without a sandbox with --no-sandbox " +
            "(then a submission's code runs with your rights: only on a machine or in a container that holds nothing else of value).");
    }

    private static ParallelOptions Concurrency(CommandOptions options, int count, CancellationToken cancellation) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, Math.Min(options.Jobs, count)), CancellationToken = cancellation };

    /// <summary>
    /// One student's notebook: its snapshot restored, run, scored, written; a notebook not handed in or not readable
    /// scores 0. Messages name it by its path in <paramref name="submissions"/>, where a kernel without a sandbox runs.
    /// </summary>
    private static async Task<GradeReport> GradeAsync(CommandOptions options, ConsoleReport report, NotebookRunner runner, HandIns handIns, string submissions,
        SubmissionSandbox? sandbox, string student, NotebookDocument instructor, (int Index, int Count) job, CancellationToken token)
    {
        var snapshot = Path.Combine(handIns.Of(student), instructor.FileName);
        NotebookRunResult? run = null;
        GradeReport grade;
        var (submission, problem) = File.Exists(snapshot) ? Read(snapshot, Path.Combine(submissions, student, instructor.FileName)) : (null, "Not handed in.");
        if (submission is null)
        {
            grade = Grader.Zero(instructor, problem);
        }
        else
        {
            var restored = LockedCells.Restore(instructor, submission);
            report.NotebookStarting(job.Index, job.Count, restored.Notebook);
            run = await runner.RunAsync(restored.Notebook, report, token, sandbox);
            grade = Grader.Score(run, instructor, restored);
            run.Executed.Save(Target(options, student, instructor, ".ipynb"));
        }

        AtomicFile.WriteAllText(Target(options, student, instructor, ".html"), FeedbackPage.Render(student, grade, run));
        report.Line($"  graded {student}/{instructor.FileName}: {grade.Score} / {grade.MaxScore}");
        return grade;
    }

    /// <summary>The submission whose snapshot is <paramref name="snapshot"/>, named by its <paramref name="path"/>, or why it cannot be read.</summary>
    private static (NotebookDocument? Notebook, string Problem) Read(string snapshot, string path)
    {
        try
        {
            return (NotebookDocument.Parse(File.ReadAllText(snapshot), path), "");
        }
        catch (NotebookFormatException problem)
        {
            return (null, $"The submission is not a notebook the grader can read: {problem.Message}");
        }
    }

    private static string Target(CommandOptions options, string student, NotebookDocument instructor, string extension) =>
        Path.GetFullPath(Path.Combine(options.OutFolder, student, Path.ChangeExtension(instructor.FileName, extension)));

    private static void RefuseOverwriting(IEnumerable<string> targets, IEnumerable<string> sources, string outFolder)
    {
        var real = sources.Where(File.Exists).Select(InputFiles.RealPath).ToHashSet(StringComparer.Ordinal);
        if (targets.Select(InputFiles.RealPath).FirstOrDefault(real.Contains) is { } overwritten)
        {
            throw new UsageException($"writing to {outFolder} would overwrite the source {overwritten}. Choose an --out folder outside the submissions and the instructor's notebooks.");
        }
    }
}
