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
    [InlineData("Adam:\n\n$$v^{c} = \\frac{v}{1-\\beta_1^t}, \\quad\ns^{c} = \\frac{s}{1-\\beta_2^t}\\, dW$$\n\nwith", "<span class=\"math display\">\\[v^{c} = \\frac{v}{1-\\beta_1^t}, \\quad\ns^{c} = \\frac{s}{1-\\beta_2^t}\\, dW\\]</span>")]
    [InlineData("a $$x\\,y\\_z^t}$$ b^t}, and $2 < 3$", "a <span class=\"math display\">\\[x\\,y\\_z^t}\\]</span> b^t}, and <span class=\"math\">\\(2 &lt; 3\\)</span>")]
    public void Markdown_keeps_inline_and_display_math_for_KaTeX(string markdown, string expected)
    {
        var html = MarkdownHtml.Render(markdown);

        Assert.Contains(expected, html);
        Assert.True(MarkdownHtml.HasMath(html));
    }

    [Fact]
    public void Headings_get_ids_unique_on_the_page_links_to_themselves_and_a_place_in_the_contents()
    {
        var notebook = new NotebookBuilder().Markdown("# Title\n\n## Setup").Code("1").Markdown("## Setup\n\n### Step $x$\n\n#### Detail").Document(folder.File("toc.ipynb"));

        var html = HtmlRenderer.Render(FinishedRun.Of(notebook));

        Assert.Contains("<h1 id=\"title\">Title<a href=\"#title\" class=\"anchor\">¶</a></h1>", html);
        Assert.Contains("<h2 id=\"setup\">Setup<a href=\"#setup\" class=\"anchor\">¶</a></h2>", html);
        Assert.Contains("<h2 id=\"setup-1\">Setup<a href=\"#setup-1\" class=\"anchor\">¶</a></h2>", html);
        var contents = html[html.IndexOf("<nav class=\"toc\"", StringComparison.Ordinal)..];
        Assert.Contains("<li class=\"level-2\"><a href=\"#setup\">Setup</a></li>\n<li class=\"level-2\"><a href=\"#setup-1\">Setup</a></li>\n<li class=\"level-3\"><a href=\"#step-\">Step <span class=\"math\">\\(x\\)</span></a></li>\n</ol>", contents);
        Assert.DoesNotContain("Detail</a>", contents);
    }

    [Fact]
    public void Outputs_show_no_home_folder_and_no_copy_of_the_kernels_stylesheet()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var notebook = new NotebookBuilder().Code("display(...)").Document(folder.File("paths.ipynb"));
        notebook.Cells[0].SetExecution(1, [
            new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = $"Loading extensions from `{home}/.nuget/packages/x/1.0/X.dll`" }),
            new StreamOutput("stdout", $"with OpenBLAS (/usr/lib/x86_64-linux-gnu/libopenblas.so.0), cores: 2, at {home}/work, not /x{home}/y\n"),
            new DisplayOutput(new Dictionary<string, string> { ["text/html"] = "<table><tr><td><div class=\"dni-plaintext\"><pre>1</pre></div></td></tr></table><style>\n.dni-code-hint {\n    font-style: italic;\n}\ntable td {\n    text-align: start;\n}\n</style>" }),
        ]);

        var html = HtmlRenderer.Render(FinishedRun.Of(notebook));

        Assert.Contains("Loading extensions from `~/.nuget/packages/x/1.0/X.dll`", html);
        Assert.Contains($"with OpenBLAS (/usr/lib/x86_64-linux-gnu/libopenblas.so.0), cores: 2, at ~/work, not /x{home}/y", html);
        Assert.Contains("<div class=\"output html\"><table><tr><td><div class=\"dni-plaintext\"><pre>1</pre></div></td></tr></table></div>", html);
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
        Assert.DoesNotContain(HtmlAssets.KatexScript[..200], html);
        Assert.DoesNotContain(HtmlAssets.PlotlyScript[..200], html);
        Assert.DoesNotContain(HtmlAssets.PageScript, html);
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
        Assert.Contains("<h1 id=\"results\">Results<a href=\"#results\" class=\"anchor\">¶</a></h1>", html);
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
