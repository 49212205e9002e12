namespace NotebookKit.Exercises;

/// <summary>One case of an exercise's check: a description and the comparisons it produces by calling the student's code.</summary>
/// <param name="Description">What the case calls, e.g. <c>he([2, 4, 1])</c>, and where its expected values come from.</param>
/// <param name="Run">Calls the student's code and returns what to compare.</param>
public sealed record CheckCase(string Description, Func<IEnumerable<Comparison>> Run);
