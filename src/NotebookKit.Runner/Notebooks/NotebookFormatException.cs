namespace NotebookKit.Runner.Notebooks;

/// <summary>
/// A file that cannot be used as a notebook. The message names the file, says what is wrong and how to fix it.
/// </summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>; the message is prefixed with the path.</summary>
    public NotebookFormatException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        NotebookPath = path;
    }

    /// <summary>The file the problem is about, as the user gave it.</summary>
    public string NotebookPath { get; }
}
