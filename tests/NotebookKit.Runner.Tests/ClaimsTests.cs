using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// The claims mechanism holds a quote at the precision the text quotes: the two wrong numbers the chapters' own checks
/// let through (02's "26.11" for 26.05, 03's "0.38275" for 0.382805) fail, and so does every other miss below. Each
/// expectation is by hand: a quote holds when the value rounds to it at the quote's last digit.
/// </summary>
public sealed class ClaimsTests
{
    private const string Claims = """
        Claims.Quote("falls to 26.05", sumOfSquares);
        Claims.Quote("falls to 26.11", sumOfSquares);
        Claims.Quote("0.38275 with OpenBLAS", 0.382805);
        Claims.Quote("dev accuracy 83.5 %", 0.8351);
        Claims.Quote("dev accuracy 83.5 %", 0.8361);
        Claims.Quote("costs 1 265 backprops", 1265);
        Claims.Quote("reaches 3.8 × 10⁻¹³", 3.84e-13);
        Claims.Quote("reaches 3.8 × 10⁻¹³", 3.9e-13);
        Claims.Quote("an error of 1.2e-5", 1.24e-5);
        Claims.Quote("360 and 359 examples", 360, 359);
        Claims.Quote("360 and 359 examples", 360);
        Claims.Quote("a step of −0.5", -0.5);
        Claims.Range("between 0.3827 and 0.3828", 0.382805);
        Claims.Range("between 0.3827 and 0.3828", 0.38286);
        Claims.That("momentum ends below SGD", false);
        """;

    [Fact]
    public async Task A_claim_holds_only_at_the_precision_the_text_quotes()
    {
        var chapter = new NotebookBuilder()
            .Markdown("The sum of squared weights falls to **26.05**; it costs 1\u2009265 backprops.")
            .Code("double sumOfSquares = 26.0512;")
            .Document(Path.Combine(Repository.Root, "notebooks", "claims-test.ipynb"));

        var run = await new NotebookRunner(new RunOptions()).RunAsync(ChapterClaims.Appended(chapter, Claims));

        var report = run.Cells[^1];
        Assert.Equal(CellStatus.Failed, report.Status);
        Assert.Contains("System.Exception: 7 of 15 claims of the text do not match the output", report.Message);
        var verdicts = report.Stdout().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[0]).ToArray();
        Assert.Equal("✓✗✗✓✗✓✓✗✓✓✗✓✓✗✗", new string(verdicts));
        var prose = ChapterClaims.Prose(chapter);
        Assert.Equal(["falls to 26.05", "costs 1 265 backprops"], ChapterClaims.Quotes(run).Where(quote => prose.Contains(ChapterClaims.Normalized(quote), StringComparison.Ordinal)).Distinct());
    }
}
