using NotebookKit.Runner.Execution;
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
}
