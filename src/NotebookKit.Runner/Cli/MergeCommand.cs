using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Cli;

/// <summary>
/// <c>merge &lt;gradebook folders&gt;... --out &lt;folder&gt;</c>: combines the gradebooks of <c>grade --shard</c> runs
/// into the one an unsharded run writes, and gathers each student's graded notebooks and feedback pages.
/// </summary>
public static class MergeCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    /// <exception cref="UsageException">A folder has no readable grades.json, or two shards graded one student.</exception>
    public static int Execute(CommandOptions options, ConsoleReport report)
    {
        var grades = new List<SubmissionGrade>();
        var ungraded = new List<UngradedSubmission>();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in options.Inputs)
        {
            var shard = Read(folder);
            foreach (var student in shard.Grades.Select(grade => grade.Student).Concat(shard.Ungraded.Select(item => item.Student)).Distinct(StringComparer.Ordinal))
            {
                if (owner.TryGetValue(student, out var other))
                {
                    throw new UsageException($"{other} and {folder} both grade {student}: merge takes the gradebooks of one class's shards (grade --shard K/N, the same N), each once.");
                }

                owner[student] = folder;
            }

            grades.AddRange(shard.Grades);
            ungraded.AddRange(shard.Ungraded);
        }

        foreach (var (student, folder) in owner.Where(pair => Path.GetFullPath(pair.Value) != Path.GetFullPath(options.OutFolder)))
        {
            CopyFiles(Path.Combine(folder, student), Path.Combine(options.OutFolder, student));
        }

        var gradebook = new Gradebook(grades, ungraded);
        var written = gradebook.Write(options.OutFolder);
        report.ClassReport(gradebook, grades.Select(grade => grade.Report.Notebook).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), TimeSpan.Zero, perStudent: false);
        report.Line($"Merged {ConsoleReport.Count(options.Inputs.Count, "gradebook")} into {string.Join(", ", written.Select(DisplayPath.Of))}");
        return gradebook.Ungraded.Count == 0 ? CommandLine.Success : CommandLine.Failed;
    }

    private static Gradebook Read(string folder)
    {
        var path = Path.Combine(folder, "grades.json");
        if (!File.Exists(path))
        {
            throw new UsageException($"{folder} holds no grades.json: give the --out folders of grade --shard K/N runs.");
        }

        try
        {
            return Gradebook.Parse(File.ReadAllText(path));
        }
        catch (FormatException problem)
        {
            throw new UsageException($"{path}: {problem.Message}.");
        }
    }

    private static void CopyFiles(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            AtomicFile.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
