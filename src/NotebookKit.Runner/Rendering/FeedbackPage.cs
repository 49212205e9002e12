using System.Net;
using System.Text;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Exercises;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// A student's feedback for one notebook: a header with the points (green only for full marks), a table with each
/// exercise's score and what its check said, what the grader changed, then the graded notebook as it ran, its HTML
/// sanitized (a submission is untrusted).
/// </summary>
public static class FeedbackPage
{
    /// <summary>The page for <paramref name="student"/>'s <paramref name="grade"/>; <paramref name="run"/> is null for a notebook that did not run (not handed in, unreadable).</summary>
    public static string Render(string student, GradeReport grade, NotebookRunResult? run)
    {
        var header = Header(student, grade);
        if (run is not null)
        {
            return HtmlRenderer.Render(run, new PageOptions(Untrusted: true, Header: header));
        }

        return PageLayout.Render($"{student} · {grade.Notebook}", header, PageAssets.SelfContained);
    }

    private static string Header(string student, GradeReport grade)
    {
        var full = grade.Score == grade.MaxScore;
        var html = new StringBuilder();
        html.Append($"<header class=\"run {(full ? "ok" : "failed")}\"><strong>{Encode(student)} · {Encode(grade.Notebook)}</strong>: {grade.Score} / {grade.MaxScore} points.</header>\n");
        html.Append("<table class=\"index feedback\">\n<thead><tr><th>Exercise</th><th>Score</th><th>What the check said</th></tr></thead>\n<tbody>\n");
        foreach (var exercise in grade.Exercises)
        {
            html.Append($"<tr><td>{Encode(exercise.Exercise)}</td><td>{exercise.Score} / {exercise.MaxScore}</td><td><pre>{Encode(exercise.Feedback)}</pre></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (grade.Notes.Count > 0)
        {
            html.Append("<ul class=\"notice\">").AppendJoin("", grade.Notes.Select(note => $"<li>{Encode(note)}</li>")).Append("</ul>\n");
        }

        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
