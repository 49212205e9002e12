namespace NotebookKit.Runner.Cli;

/// <summary>A command line or input the runner cannot act on; the message says what to do instead.</summary>
public sealed class UsageException(string message) : Exception(message);
