using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Exercises;

/// <summary>One student's grade for one notebook.</summary>
public sealed record SubmissionGrade(string Student, GradeReport Report);

/// <summary>A submission the grader could not grade for a reason of its own (the kernel did not start, a file could not be written).</summary>
public sealed record UngradedSubmission(string Student, string Notebook, string Reason);

/// <summary>
/// The class's points: <c>grades.csv</c>, one row per student × notebook × exercise of the instructor's source
/// (<c>student,notebook,exercise,score,max_score</c>), and <c>grades.json</c>, the same nested by student and notebook
/// with the totals, and the submissions that could not be graded. Students and notebooks are in ordinal order.
/// </summary>
public sealed class Gradebook(IReadOnlyList<SubmissionGrade> grades, IReadOnlyList<UngradedSubmission> ungraded)
{
    /// <summary>The CSV header, exactly.</summary>
    public const string CsvHeader = "student,notebook,exercise,score,max_score";

    /// <summary>The grades, by student then notebook.</summary>
    public IReadOnlyList<SubmissionGrade> Grades { get; } = grades.OrderBy(grade => grade.Student, StringComparer.Ordinal).ThenBy(grade => grade.Report.Notebook, StringComparer.Ordinal).ToList();

    /// <summary>The submissions that could not be graded, by student then notebook.</summary>
    public IReadOnlyList<UngradedSubmission> Ungraded { get; } = ungraded.OrderBy(item => item.Student, StringComparer.Ordinal).ThenBy(item => item.Notebook, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The gradebook a <c>grades.json</c> holds (as <see cref="ToJson"/> writes it): its scores, without the feedback,
    /// which stays in the feedback pages.
    /// </summary>
    /// <exception cref="FormatException">The text is not such a gradebook.</exception>
    public static Gradebook Parse(string json)
    {
        try
        {
            var root = JsonNode.Parse(json)!;
            var grades = root["students"]!.AsArray().SelectMany(student => student!["notebooks"]!.AsArray().Select(notebook => new SubmissionGrade(
                student["student"]!.GetValue<string>(),
                new GradeReport(notebook!["notebook"]!.GetValue<string>(), notebook["exercises"]!.AsArray().Select(exercise => new ExerciseScore(
                    exercise!["exercise"]!.GetValue<string>(), exercise["score"]!.GetValue<int>(), exercise["max_score"]!.GetValue<int>(), "")).ToList(), [])))).ToList();
            var ungraded = root["ungraded"]!.AsArray().Select(item => new UngradedSubmission(
                item!["student"]!.GetValue<string>(), item["notebook"]!.GetValue<string>(), item["reason"]!.GetValue<string>())).ToList();
            return new Gradebook(grades, ungraded);
        }
        catch (Exception problem) when (problem is JsonException or NullReferenceException or InvalidOperationException)
        {
            throw new FormatException($"not a gradebook written by grade ({problem.Message})");
        }
    }

    /// <summary>Each student with their points and the points possible, over every notebook.</summary>
    public IReadOnlyList<(string Student, int Score, int MaxScore)> Totals =>
        Grades.GroupBy(grade => grade.Student, StringComparer.Ordinal)
            .Select(group => (group.Key, group.Sum(grade => grade.Report.Score), group.Sum(grade => grade.Report.MaxScore))).ToList();

    /// <summary>Writes <c>grades.csv</c> and <c>grades.json</c> into <paramref name="folder"/>; returns their paths.</summary>
    public IReadOnlyList<string> Write(string folder)
    {
        var csv = Path.Combine(folder, "grades.csv");
        var json = Path.Combine(folder, "grades.json");
        AtomicFile.WriteAllText(csv, ToCsv());
        AtomicFile.WriteAllText(json, ToJson());
        return [csv, json];
    }

    /// <summary>
    /// The CSV text (RFC 4180: a field with a comma, quote or line break is quoted). A text field a spreadsheet would
    /// read as a formula (one starting with =, +, -, @, a tab or a carriage return, like a student folder named
    /// <c>=cmd|...</c>) gets a leading apostrophe, as OWASP's guidance on CSV injection advises.
    /// </summary>
    public string ToCsv()
    {
        var text = new StringBuilder(CsvHeader).Append('\n');
        foreach (var grade in Grades)
        {
            foreach (var exercise in grade.Report.Exercises)
            {
                text.AppendJoin(',', Field(grade.Student), Field(grade.Report.Notebook), Field(exercise.Exercise),
                    exercise.Score.ToString(CultureInfo.InvariantCulture), exercise.MaxScore.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The JSON text: <c>students</c> (each with <c>score</c>, <c>max_score</c> and its <c>notebooks</c>) and <c>ungraded</c>.</summary>
    public string ToJson()
    {
        var students = new JsonArray();
        foreach (var group in Grades.GroupBy(grade => grade.Student, StringComparer.Ordinal))
        {
            var notebooks = new JsonArray();
            foreach (var grade in group)
            {
                var exercises = new JsonArray(grade.Report.Exercises.Select(exercise => (JsonNode)new JsonObject
                {
                    ["exercise"] = exercise.Exercise,
                    ["score"] = exercise.Score,
                    ["max_score"] = exercise.MaxScore,
                }).ToArray());
                notebooks.Add(new JsonObject { ["notebook"] = grade.Report.Notebook, ["score"] = grade.Report.Score, ["max_score"] = grade.Report.MaxScore, ["exercises"] = exercises });
            }

            students.Add(new JsonObject
            {
                ["student"] = group.Key,
                ["score"] = group.Sum(grade => grade.Report.Score),
                ["max_score"] = group.Sum(grade => grade.Report.MaxScore),
                ["notebooks"] = notebooks,
            });
        }

        var ungradedJson = new JsonArray(Ungraded.Select(item => (JsonNode)new JsonObject { ["student"] = item.Student, ["notebook"] = item.Notebook, ["reason"] = item.Reason }).ToArray());
        return new JsonObject { ["students"] = students, ["ungraded"] = ungradedJson }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string Field(string text)
    {
        var safe = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\n', '\r']) < 0 ? safe : $"\"{safe.Replace("\"", "\"\"")}\"";
    }
}
