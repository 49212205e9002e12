using System.Diagnostics;
using System.Text.RegularExpressions;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Rendering;
using NotebookKit.Runner.Tests.Support;
using Xunit.Abstractions;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// The series as a reader sees it: every chapter's page and the index, a self-contained page and a submission's
/// (sanitized, as on a feedback page), read in headless Chromium at 1280 and 800 px. The pages are rendered from the
/// repository's notebooks (every formula, table, heading and code cell of the series) without a kernel: each
/// chapter's setup cell shows the kernel's "Loading extensions" line, and its last code cell a chart (long title, log
/// axes), a data frame and a long printed line, shaped as the kernel sends them.
/// </summary>
public sealed partial class RenderedSiteTests(ITestOutputHelper log) : IDisposable
{
    private const long Megabyte = 1 << 20;

    /// <summary>Each page is opened at the first width, then the window is resized to the next.</summary>
    private static readonly int[] Widths = [1280, 800];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_page_reads_at_800_and_1280_px_draws_its_math_and_charts_and_links_only_what_exists()
    {
        var clock = Stopwatch.StartNew();
        var site = folder.File("site");
        var chapters = Repository.Notebooks().Select(path => WithKernelOutputs(NotebookDocument.Load(path))).ToList();
        var writer = Site.Open(site, chapters);
        var pages = chapters.Select(chapter => writer.WritePage(FinishedRun.Of(chapter))).ToList();
        var index = writer.WriteIndex(pages.Select(page => page.Entry).ToList());
        // 06 has the series' display math over several lines, 07 its widest table and formulas.
        var (optimizers, methods) = (chapters.Single(chapter => chapter.FileName.StartsWith("06-")), chapters.Single(chapter => chapter.FileName.StartsWith("07-")));
        var selfContained = Site.Open(folder.File("alone"), [optimizers], selfContained: true);
        var (alone, entry) = selfContained.WritePage(FinishedRun.Of(optimizers));
        selfContained.WriteIndex([entry]);
        var feedback = folder.File("feedback.html");
        File.WriteAllText(feedback, HtmlRenderer.Render(FinishedRun.Of(methods), new PageOptions(Untrusted: true)));

        await using var browser = await Chromium.LaunchAsync(folder.File("profile"));
        var errors = new List<string>();
        var problems = new List<string>();
        var probes = new Dictionary<string, PageProbe>(StringComparer.Ordinal);
        foreach (var file in pages.Select(page => page.Path).Append(index).Append(alone).Append(feedback))
        {
            // A self-contained page carries its assets; a page of the site, only its own text and chart data.
            Assert.True(file == alone || file == feedback || Lean(file) <= Megabyte, $"{Path.GetFileName(file)} is {Lean(file) / 1e6:0.00} MB beyond its chart data");
            var read = await PageProbe.ReadAsync(browser, file, Widths, errors);
            probes[file] = read[0];
            problems.AddRange(read.Zip(Widths).SelectMany(pair => Problems(pair.First, file == index).Select(problem => $"{Path.GetRelativePath(folder.Path, file)} @{pair.Second} px: {problem}")));
        }

        problems.AddRange(probes.SelectMany(probe => DeadLinks(probe.Key, probe.Value, probes)).Distinct());
        log.WriteLine($"{probes.Count} pages read at {string.Join(" and ", Widths)} px in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(errors.Count == 0, "script errors:\n" + string.Join("\n", errors.Distinct()));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>What a reader would see wrong on the page.</summary>
    private static IEnumerable<string> Problems(PageProbe page, bool isIndex)
    {
        foreach (var wide in page.Wide)
        {
            yield return $"wider than the page: {wide}";
        }

        foreach (var raw in page.RawMath)
        {
            yield return $"math shown raw: {raw}";
        }

        foreach (var error in page.MathErrors)
        {
            yield return $"math KaTeX did not draw: {error}";
        }

        if (page.ChartsDrawn < page.Charts || (page.Charts == 0 && !isIndex))
        {
            yield return $"{page.ChartsDrawn} of {page.Charts} charts drawn";
        }

        foreach (var title in page.TitlesCut)
        {
            yield return $"chart title wider than its chart: {title}";
        }

        if (page.NumbersNotRight > 0)
        {
            yield return $"{page.NumbersNotRight} data-frame numbers not right-aligned in tabular figures";
        }
    }

    /// <summary>Links to a file that is not there, or to an id its page does not have.</summary>
    private static IEnumerable<string> DeadLinks(string file, PageProbe page, IReadOnlyDictionary<string, PageProbe> pages)
    {
        foreach (var link in page.Links.Select(link => new Uri(link)).Where(link => link.IsFile))
        {
            var target = link.LocalPath;
            var id = Uri.UnescapeDataString(link.Fragment.TrimStart('#'));
            if (!File.Exists(target))
            {
                yield return $"{Path.GetFileName(file)} links {link.AbsoluteUri}, which does not exist";
            }
            else if (id.Length > 0 && !(pages.TryGetValue(target, out var linked) && linked.Ids.Contains(id)))
            {
                yield return $"{Path.GetFileName(file)} links #{id} of {Path.GetFileName(target)}, which has no such id";
            }
        }
    }

    /// <summary>The page's size without its charts' data.</summary>
    private static long Lean(string file)
    {
        var html = File.ReadAllText(file);
        return System.Text.Encoding.UTF8.GetByteCount(ChartData().Replace(html, ""));
    }

    [GeneratedRegex("""(?<=<script type="application/json" class="plot-figure">)[^<]*""")]
    private static partial Regex ChartData();

    /// <summary><paramref name="chapter"/> with outputs shaped as the kernel sends them on its setup cell and its last code cell.</summary>
    private static NotebookDocument WithKernelOutputs(NotebookDocument chapter)
    {
        var code = chapter.Cells.Where(cell => cell.IsCode).ToList();
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        code[0].SetExecution(1, [new DisplayOutput(new Dictionary<string, string>
        {
            ["text/plain"] = $"Loading extensions from `{home}/.nuget/packages/microsoft.data.analysis/0.23.1/interactive-extensions/dotnet/Microsoft.Data.Analysis.Interactive.dll`",
        })]);
        code[^1].SetExecution(2, [
            new DisplayOutput(new Dictionary<string, string> { ["application/vnd.plotly.v1+json"] = Chart, ["text/html"] = "<div>chart</div>" }),
            new DisplayOutput(new Dictionary<string, string> { ["text/html"] = DataFrame }),
            new StreamOutput("stdout", string.Join(" ", Enumerable.Range(0, 60).Select(i => $"value_{i}")) + "\n"),
        ]);
        return chapter;
    }

    private const string Chart = """
        {"data":[{"type":"scatter","mode":"lines+markers","name":"dev cost","x":[0.0001,0.001,0.01,0.1,1],"y":[0.9,0.5,0.2,0.3,2.5]}],
         "layout":{"title":"L2 regularization, λ = 0.3 (chosen on the dev set): decision boundary on the training set, cost per learning rate α",
                   "autosize":true,"showlegend":true,"height":440,
                   "xaxis":{"title":"learning rate α","type":"log","exponentformat":"power"},"yaxis":{"title":"cost","type":"log","exponentformat":"power"},
                   "legend":{"orientation":"h","x":0.0,"xanchor":"left","y":-0.3,"yanchor":"top"}}}
        """;

    private static readonly string DataFrame =
        "<table id=\"table_1\"><thead><tr><th><i>index</i></th><th>split</th>"
        + string.Concat(Enumerable.Range(1, 12).Select(i => $"<th>examples in part {i}</th>")) + "</tr></thead><tbody>"
        + string.Concat(Enumerable.Range(0, 3).Select(row => $"<tr><td><i><div class=\"dni-plaintext\"><pre>{row}</pre></div></i></td><td>60/20/20</td>"
            + string.Concat(Enumerable.Range(1, 12).Select(i => $"<td><div class=\"dni-plaintext\"><pre>{row * 1000 + i}</pre></div></td>")) + "</tr>"))
        + "</tbody></table><style>\n.dni-code-hint {\n    font-style: italic;\n}\ntable td {\n    text-align: start;\n}\n</style>";
}
