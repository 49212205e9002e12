namespace NotebookKit.Runner.Tests.Support;

/// <summary>The setup lines of the workbook's notebooks, for tests that need the carried packages.</summary>
public static class Setup
{
    public const string NuGetLines = """
        #r "nuget: MathNet.Numerics, 5.0.0"
        #r "nuget: Microsoft.Data.Analysis, 0.23.1"
        #r "nuget: XPlot.Plotly.Interactive, 4.1.0"
        """;

    /// <summary>The reference to the built library, relative to notebooks/ (where VS Code's kernel runs).</summary>
    public const string LibraryLine = "#r \"../src/NotebookKit/bin/Debug/net8.0/NotebookKit.dll\"";
}
