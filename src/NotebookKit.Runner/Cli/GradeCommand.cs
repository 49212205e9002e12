using System.Diagnostics;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Rendering;

namespace NotebookKit.Runner.Cli;

/// <summary>
/// <c>grade &lt;submissions&gt; --source &lt;notebooks&gt;</c>: grades every student's folder against the instructor's
/// notebooks, up to <see cref="CommandOptions.Jobs"/> submissions at once, each in a kernel of its own; writes per
/// student the graded notebooks and their feedback pages, then the gradebook; prints a table per student and a class
/// summary.
/// </summary>
public static class GradeCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired; every kernel has been ended.</exception>
    public static async Task<int> ExecuteAsync(CommandOptions options, ConsoleReport report, CancellationToken cancellation)
    {
        var submissions = options.Inputs[0];
        var instructor = InputFiles.Load(InputFiles.Expand(options.Source!));
        foreach (var notebook in instructor)
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

        var students = Students(submissions);
        var jobs = students.SelectMany(student => instructor.Select(notebook => (Student: student, Instructor: notebook))).ToList();
        RefuseOverwriting(jobs.Select(job => Target(options, job.Student, job.Instructor, ".ipynb")).Concat([Path.Combine(options.OutFolder, "grades.csv")]),
            jobs.Select(job => Path.Combine(submissions, job.Student, job.Instructor.FileName)).Concat(instructor.Select(notebook => notebook.Path)), options.OutFolder);

        report.NotebookName = notebook => Path.GetRelativePath(Path.GetFullPath(submissions), notebook.Path).Replace('\\', '/');
        var runner = new NotebookRunner(new RunOptions { CellTimeout = options.CellTimeout, ContinueOnError = true });
        var grades = new SubmissionGrade?[jobs.Count];
        var ungraded = new UngradedSubmission?[jobs.Count];
        var clock = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(options.Jobs, jobs.Count), CancellationToken = cancellation };
        await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Count), parallel, async (i, token) =>
        {
            var (student, source) = jobs[i];
            // A failure of the grader's own (a kernel that did not start on a loaded machine) is tried once more.
            for (var attempt = 1; attempt <= 2 && grades[i] is null; attempt++)
            {
                try
                {
                    grades[i] = new SubmissionGrade(student, await GradeAsync(options, report, runner, Path.Combine(submissions, student), student, source, i + 1, jobs.Count, token));
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
        report.Line($"Gradebook: {string.Join(", ", written.Select(DisplayPath.Of))}; feedback pages: {DisplayPath.Of(Path.Combine(options.OutFolder, "<student>", "<notebook>.html"))}");
        return gradebook.Ungraded.Count == 0 ? CommandLine.Success : CommandLine.Failed;
    }

    /// <summary>One student's notebook: restored, run, scored, written; a notebook not handed in or not readable scores 0.</summary>
    private static async Task<GradeReport> GradeAsync(
        CommandOptions options, ConsoleReport report, NotebookRunner runner, string folder, string student, NotebookDocument instructor, int index, int count, CancellationToken token)
    {
        var path = Path.Combine(folder, instructor.FileName);
        NotebookRunResult? run = null;
        GradeReport grade;
        var (submission, problem) = File.Exists(path) ? Read(path) : (null, "Not handed in.");
        if (submission is null)
        {
            grade = Grader.Zero(instructor, problem);
        }
        else
        {
            var restored = LockedCells.Restore(instructor, submission);
            report.NotebookStarting(index, count, restored.Notebook);
            run = await runner.RunAsync(restored.Notebook, report, token);
            grade = Grader.Score(run, instructor, restored);
            run.Executed.Save(Target(options, student, instructor, ".ipynb"));
        }

        AtomicFile.WriteAllText(Target(options, student, instructor, ".html"), FeedbackPage.Render(student, grade, run));
        report.Line($"  graded {student}/{instructor.FileName}: {grade.Score} / {grade.MaxScore}");
        return grade;
    }

    /// <summary>The submission at <paramref name="path"/>, or why it cannot be read.</summary>
    private static (NotebookDocument? Notebook, string Problem) Read(string path)
    {
        try
        {
            return (NotebookDocument.Load(path), "");
        }
        catch (NotebookFormatException problem)
        {
            return (null, $"The submission is not a notebook the grader can read: {problem.Message}");
        }
    }

    /// <summary>The students: the folders in <paramref name="submissions"/> (hidden ones aside), in ordinal order.</summary>
    /// <exception cref="UsageException">The folder does not exist or holds no student folder.</exception>
    private static IReadOnlyList<string> Students(string submissions)
    {
        if (!Directory.Exists(submissions))
        {
            throw new UsageException($"{submissions}: no such folder. grade takes the folder that holds one folder per student (e.g. submissions/week3 with alice/, bob/ inside).");
        }

        var students = Directory.GetDirectories(submissions).Select(Path.GetFileName).OfType<string>()
            .Where(name => !name.StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        return students.Count > 0 ? students
            : throw new UsageException($"{submissions} holds no student folder: put each student's notebooks in a folder named after the student (e.g. {Path.Combine(submissions, "alice", "03-initialization.ipynb")}).");
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
