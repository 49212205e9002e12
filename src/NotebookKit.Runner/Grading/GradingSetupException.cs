namespace NotebookKit.Runner.Grading;

/// <summary>
/// The grader's own setup failed (the library cannot be found, NuGet packages cannot be restored, an instructor
/// notebook fails with its own solutions): no student is graded, no gradebook is written.
/// </summary>
public sealed class GradingSetupException(string message) : Exception(message);
