using System.Globalization;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// Every notebooks/*.ipynb of the repository runs in the kernel without a failing cell, in the cultures a student
/// may have: the machine's own (C.UTF-8 on CI), en-US, de-DE (decimal comma) and ko-KR. The kernel gets the culture
/// as VS Code hands it its own (DOTNET_CLI_CULTURE). One class per culture, so xunit runs the cultures in parallel.
/// </summary>
public abstract class RepositoryNotebookRuns(string? culture)
{
    public static TheoryData<string> Notebooks() => RepositoryNotebookTests.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Runs_without_a_failing_cell(string notebook)
    {
        var options = new RunOptions { Culture = culture is null ? null : new CultureInfo(culture) };

        var run = await new NotebookRunner(options).RunAsync(RepositoryNotebookTests.Load(notebook));

        Assert.True(run.Succeeded, $"{culture ?? "the machine's culture"}: {run.FailureMessage}");
    }
}

public sealed class MachineCultureRuns() : RepositoryNotebookRuns(null);

public sealed class EnglishCultureRuns() : RepositoryNotebookRuns("en-US");

public sealed class GermanCultureRuns() : RepositoryNotebookRuns("de-DE");

public sealed class KoreanCultureRuns() : RepositoryNotebookRuns("ko-KR");
