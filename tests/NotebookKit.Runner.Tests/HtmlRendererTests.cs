using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Rendering;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>The HTML page of a run: markdown and math, code, outputs, and what did not run.</summary>
public sealed class HtmlRendererTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("Loss $L < 1$.", "<span class=\"math\">\\(L &lt; 1\\)</span>")]
    [InlineData("$$\\frac{a}{b}$$", "<span class=\"math display\">\\[\\frac{a}{b}\\]</span>")]
    [InlineData("$$\nx^2\n$$", "<div class=\"math\">")]
    public void Markdown_keeps_inline_and_display_math_for_KaTeX(string markdown, string expected)
    {
        var html = MarkdownHtml.Render(markdown);

        Assert.Contains(expected, html);
        Assert.True(MarkdownHtml.HasMath(html));
    }

    [Fact]
    public async Task A_page_shows_code_escaped_outputs_errors_and_cells_that_did_not_run()
    {
        var run = await new NotebookBuilder()
            .Markdown("# Title of the page")
            .Code("Console.WriteLine(\"<not a tag>\");\n\"x\" + \"<y>\"")
            .Code("if (1 < 2) throw new Exception(\"stop\");")
            .Code("var never = 1;")
            .RunAsync(folder.File("page.ipynb"), new RunOptions());

        var html = HtmlRenderer.Render(run);

        Assert.Contains("<title>Title of the page</title>", html);
        Assert.Contains("if (1 &lt; 2) throw new Exception(&quot;stop&quot;);", html);
        Assert.Contains("<pre class=\"output stdout\">&lt;not a tag&gt;\n</pre>", html);
        Assert.Contains("<pre class=\"output\">x&lt;y&gt;</pre>", html);
        Assert.Contains("<pre class=\"output error\">", html);
        Assert.Contains("class=\"cell not-executed\"", html);
        Assert.Contains("<header class=\"run failed\">", html);
        Assert.DoesNotContain("katex", html);
        Assert.DoesNotContain("Plotly.newPlot", html);
    }

    private const string Attack = """
        # Results
        <script>document.querySelector("header").className = "run ok";</script>
        <style>header { display: none }</style>
        <div class="run ok" style="position:fixed;top:0">All checks passed</div>
        <img src="https://example.com/pixel.png" onerror="alert(1)"> <a href="javascript:alert(1)">more</a>
        <iframe src="https://example.com/"></iframe><form action="https://example.com/"><input name="password"></form>
        <a href="https://example.org/read-more">read more</a>

        The loss $x^2$ and [a note](#notes).
        """;

    [Fact]
    public void A_submissions_page_sanitizes_its_markdown_and_outputs_and_keeps_its_red_header()
    {
        var html = HtmlRenderer.Render(AttackRun(), new PageOptions(Untrusted: true));

        Assert.Contains("<header class=\"run failed\">", html);
        Assert.Contains("All checks passed", html);
        Assert.Contains("<a href=\"https://example.org/read-more\">read more</a>", html);
        Assert.Contains("<span class=\"math\">", html);
        Assert.Contains("<a href=\"#notes\">a note</a>", html);
        // The page's own assets (plotly.js, KaTeX) sit in its head and may contain any of these; the submission's content is in <main>.
        var content = html[html.IndexOf("<main>", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        foreach (var dropped in new[] { "querySelector(\"header\")", "display: none", "class=\"run ok\"", "position:fixed", "onerror", "javascript:", "example.com", "<iframe", "<form", "<input", "alert(2)", "onload" })
        {
            Assert.DoesNotContain(dropped, content);
        }

        Assert.Contains("<img src=\"data:image/svg+xml;base64,", html);
        Assert.Contains("\"images\":[{\"source\":\"data:image/png;base64,iVBORw0KGgo=\"}]", content);
    }

    [Fact]
    public void The_instructors_own_page_shows_its_html_as_it_is()
    {
        var html = HtmlRenderer.Render(AttackRun());

        Assert.Contains("<script>document.querySelector(\"header\")", html);
        Assert.Contains("<svg onload=\"alert(2)\">", html);
        Assert.Contains("https://example.com/logo.png", html);
        Assert.Contains("https://example.com/trace.png", html);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_plotly_title_with_a_closing_script_tag_cannot_leave_its_script(bool untrusted)
    {
        var html = HtmlRenderer.Render(AttackRun(), new PageOptions(Untrusted: untrusted));

        Assert.DoesNotContain("</script><script>alert(3)", html);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(3)", html);
    }

    /// <summary>A run with a hostile markdown cell and hostile outputs (HTML, SVG, a chart titled with a closing script tag), its last cell failed.</summary>
    private NotebookRunResult AttackRun()
    {
        var notebook = new NotebookBuilder().Markdown(Attack).Code("display(...)").Code("throw new Exception();").Document(folder.File("attack.ipynb"));
        const string Figure = """
            {"data":[{"type":"scatter","x":[1],"y":[2]},{"type":"image","source":"https://example.com/trace.png"}],
             "layout":{"title":"</script><script>alert(3)</script>","images":[{"source":"https://example.com/logo.png"},{"source":"data:image/png;base64,iVBORw0KGgo="}]}}
            """;
        notebook.Cells[1].SetExecution(1, [
            new DisplayOutput(new Dictionary<string, string> { ["text/html"] = "<b>bold</b><script>alert(2)</script><iframe src=\"https://example.com/\"></iframe>" }),
            new DisplayOutput(new Dictionary<string, string> { ["image/svg+xml"] = "<svg onload=\"alert(2)\"></svg>" }),
            new DisplayOutput(new Dictionary<string, string> { ["application/vnd.plotly.v1+json"] = Figure, ["text/html"] = "<div></div>" }),
        ]);
        var failure = new ErrorOutput("Exception", "attack.ipynb, In [2] (cell index 2): System.Exception", ["attack.ipynb, In [2] (cell index 2): System.Exception"]);
        notebook.Cells[2].SetExecution(2, [failure]);
        return new NotebookRunResult(notebook, notebook, [
            new CellResult(1, CellStatus.Text, [], TimeSpan.Zero, null),
            new CellResult(2, CellStatus.Succeeded, [], TimeSpan.Zero, null),
            new CellResult(3, CellStatus.Failed, [failure], TimeSpan.Zero, failure.Value),
        ], TimeSpan.FromSeconds(1));
    }
}
