using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>The workbook's setup cell, for tests that build notebooks of their own.</summary>
public static class Setup
{
    /// <summary>The setup cell's reference to the built library, relative to notebooks/, where the kernel runs.</summary>
    public const string LibraryLine = "#r \"../src/NotebookKit/bin/Debug/net8.0/NotebookKit.dll\"";

    /// <summary>
    /// The first code cell every repository notebook opens with (as <see cref="RepositoryNotebookTests"/> checks), with
    /// its relative <c>#r</c> of the library made absolute, so that it works from any folder.
    /// </summary>
    public static string Cell { get; } = AssemblyPaths.Absolute(
        RepositoryNotebookTests.Load(Path.GetFileName(Repository.Notebooks()[0])).Cells.First(cell => cell.IsCode).Source,
        Path.Combine(Repository.Root, "notebooks"));
}
