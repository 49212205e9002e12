using System.Net;
using System.Text.RegularExpressions;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>Numbers in a chapter's outputs that a reader cannot take in: more than six significant digits.</summary>
public static partial class ReaderNumbers
{
    public const int MostSignificantDigits = 6;

    /// <summary>
    /// Every number with more than <see cref="MostSignificantDigits"/> significant digits that the first
    /// <paramref name="cells"/> cells of <paramref name="run"/> print or show (text, tables; not chart data), unless
    /// <paramref name="prose"/> quotes the same digits, which is where a chapter says why the digits are the lesson.
    /// </summary>
    public static IReadOnlyList<string> TooLong(NotebookRunResult run, int cells, string prose) =>
        run.Cells.Take(cells).SelectMany(cell => Texts(cell).SelectMany(text => Number().Matches(text))
                .Select(match => match.Value)
                .Where(number => SignificantDigits(number) > MostSignificantDigits && !prose.Contains(number, StringComparison.Ordinal))
                .Select(number => $"cell index {cell.Number - 1}: {number}"))
            .Distinct().ToList();

    private static IEnumerable<string> Texts(CellResult cell) => cell.Outputs.SelectMany<CellOutput, string>(output => output switch
    {
        StreamOutput stream => [stream.Text],
        DisplayOutput { Data: var data } when !data.ContainsKey("application/vnd.plotly.v1+json") => Shown(data),
        ResultOutput { Data: var data } when !data.ContainsKey("application/vnd.plotly.v1+json") => Shown(data),
        _ => [],
    });

    private static IEnumerable<string> Shown(IReadOnlyDictionary<string, string> data) =>
        data.TryGetValue("text/html", out var html) ? [WebUtility.HtmlDecode(Markup().Replace(html, " "))]
        : data.TryGetValue("text/plain", out var text) ? [text] : [];

    private static int SignificantDigits(string number)
    {
        var mantissa = number.Split('e', 'E')[0];
        var digits = mantissa.Where(char.IsAsciiDigit).SkipWhile(digit => digit == '0').ToArray();
        // A whole number's trailing zeros say nothing of its precision; a decimal's do.
        var count = mantissa.Contains('.') || mantissa.Contains(',') ? digits.Length : digits.Reverse().SkipWhile(digit => digit == '0').Count();
        return count;
    }

    [GeneratedRegex(@"(?<![\w.,#])\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?(?![\w])")]
    private static partial Regex Number();

    [GeneratedRegex(@"<style.*?</style>|<script.*?</script>|<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Markup();
}
