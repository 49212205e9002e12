using System.Text;

namespace NotebookKit.Exercises;

/// <summary>
/// Runs an exercise's cases and tells the student the outcome: one line when everything passes, otherwise a
/// table of expected against got for each failing case and a hint. A wrong or missing solution throws, so a
/// headless run of the notebook fails at the check.
/// </summary>
public static class ExerciseCheck
{
    /// <summary>Runs every case, writes the report to <paramref name="output"/> (the cell's output by default).</summary>
    /// <param name="exercise">The exercise's name as the notebook and the grader call it.</param>
    /// <param name="hint">What to look at when a case fails.</param>
    /// <param name="cases">The cases, each calling the student's code.</param>
    /// <param name="output">Where the report goes; Console.Out when null.</param>
    /// <exception cref="ExerciseNotImplementedException">The student's code throws NotImplementedException.</exception>
    /// <exception cref="ExerciseFailedException">A case fails.</exception>
    public static void Run(string exercise, string hint, IReadOnlyList<CheckCase> cases, TextWriter? output = null)
    {
        output ??= Console.Out;
        var failures = new List<(CheckCase Case, string Problem)>();
        foreach (var checkCase in cases)
        {
            try
            {
                failures.AddRange(checkCase.Run()
                    .Select(c => (c.What, Problem: c.Problem()))
                    .Where(c => c.Problem is not null)
                    .Select(c => (checkCase, $"{c.What}: {c.Problem}")));
            }
            catch (NotImplementedException)
            {
                output.WriteLine($"✘ {exercise}: not implemented yet.");
                throw new ExerciseNotImplementedException(exercise);
            }
            catch (Exception error) when (error is not ExerciseFailedException)
            {
                failures.Add((checkCase, $"threw {error.GetType().Name}: {error.Message}"));
            }
        }
        if (failures.Count == 0)
        {
            output.WriteLine(cases.Count == 1 ? $"✔ {exercise}: the one case passes." : $"✔ {exercise}: all {cases.Count} cases pass.");
            return;
        }
        var report = new StringBuilder();
        int failed = failures.Select(f => f.Case).Distinct().Count();
        report.AppendLine($"✘ {exercise}: {failed} of {cases.Count} {(cases.Count == 1 ? "case" : "cases")} {(failed == 1 ? "fails" : "fail")}.");
        foreach (var (checkCase, problem) in failures)
        {
            report.AppendLine($"  {checkCase.Description} → {problem}");
        }
        report.AppendLine($"Hint: {hint}");
        output.Write(report.ToString());
        throw new ExerciseFailedException(exercise, report.ToString());
    }
}
