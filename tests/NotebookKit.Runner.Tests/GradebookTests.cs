using NotebookKit.Runner.Cli;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Grading;

namespace NotebookKit.Runner.Tests;

/// <summary>The gradebook's files, the class summary, and how a class is split into shards; no kernel.</summary>
public sealed class GradebookTests
{
    [Theory]
    [InlineData("=cmd|'calc'!A0", "'=cmd|'calc'!A0")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("o'brien", "o'brien")]
    public void A_field_a_spreadsheet_would_read_as_a_formula_starts_with_an_apostrophe(string student, string field) =>
        Assert.StartsWith($"{field},n.ipynb,", OneRow(student).ToCsv().Split('\n')[1]);

    [Fact]
    public void A_gradebook_read_back_from_its_json_writes_the_same_files()
    {
        var gradebook = new Gradebook([Grade("bob", "n.ipynb", 1), Grade("alice", "n.ipynb", 2), Grade("alice", "m.ipynb", 0)], [new UngradedSubmission("carol", "n.ipynb", "the kernel did not start")]);

        var read = Gradebook.Parse(gradebook.ToJson());

        Assert.Equal(gradebook.ToJson(), read.ToJson());
        Assert.Equal(gradebook.ToCsv(), read.ToCsv());
    }

    [Fact]
    public void The_class_summary_of_the_series_fits_an_80_column_terminal_in_as_many_tables_as_it_needs()
    {
        var notebooks = Enumerable.Range(1, 11).Select(n => $"{n:00}-a-chapter-title.ipynb").ToList();
        var gradebook = new Gradebook(new[] { "alice", "bob" }.SelectMany(student => notebooks.Select(notebook => Grade(student, notebook, 1))).ToList(), []);
        var output = new StringWriter();

        using (var report = new ConsoleReport(output, width: 80))
        {
            report.ClassReport(gradebook, notebooks, TimeSpan.FromSeconds(1), perStudent: false);
        }

        var lines = output.ToString().Split('\n');
        Assert.All(lines, line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
        Assert.All(notebooks, notebook => Assert.Contains(notebook, output.ToString()));
        Assert.True(lines.Count(line => line.Contains("Student", StringComparison.Ordinal)) > 1);
    }

    [Fact]
    public void A_students_shard_depends_on_the_name_alone_and_the_shards_split_the_class()
    {
        Assert.Equal([2, 2, 2, 1, 1], new[] { "ann", "ben", "cat", "dan", "fay" }.Select(student => Enumerable.Range(1, 2).Single(k => new Shard(k, 2).Contains(student))));
        var students = Enumerable.Range(0, 300).Select(n => $"student{n}").ToList();
        var parts = Enumerable.Range(1, 3).Select(k => students.Where(new Shard(k, 3).Contains).ToList()).ToList();
        Assert.Equal(students.Order(), parts.SelectMany(part => part).Order());
        Assert.All(parts, part => Assert.InRange(part.Count, 70, 130));
    }

    private static Gradebook OneRow(string student) => new([Grade(student, "n.ipynb", 1)], []);

    private static SubmissionGrade Grade(string student, string notebook, int score) =>
        new(student, new GradeReport(notebook, [new ExerciseScore("E", score, 2, "feedback")], []));
}
