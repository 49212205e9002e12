using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Rendering;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>The folder <c>run --html</c> writes: pages that share one assets folder and link each other and the index.</summary>
public sealed class SiteTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Out => folder.File("out");

    [Fact]
    public void Pages_link_one_shared_assets_folder_their_neighbours_and_the_index_which_lists_each_topic()
    {
        var notebooks = new[] { ("01-a.ipynb", "# 1 · A\n\nThe first chapter, on $x$. More."), ("02-b.ipynb", "# 2 · B\n\nThe second."), ("03-c.ipynb", "# 3 · C") }
            .Select(pair => new NotebookBuilder().Markdown(pair.Item2).Code("1").Document(folder.File(pair.Item1)))
            .ToList();

        var site = Site.Open(Out, notebooks);
        var entries = notebooks.Select(notebook => site.WritePage(FinishedRun.Of(notebook)).Entry).ToList();
        var index = File.ReadAllText(site.WriteIndex(entries));

        Assert.All(HtmlAssets.Files, file => Assert.True(File.Exists(Path.Combine(Out, "assets", file)), file));
        var middle = File.ReadAllText(Path.Combine(Out, "02-b.html"));
        Assert.Contains("<link rel=\"stylesheet\" href=\"assets/notebookkit/page.css\">", middle);
        Assert.Contains("<a class=\"previous\" rel=\"prev\" href=\"01-a.html\" title=\"1 &#183; A\">← 1 &#183; A</a><a class=\"index\" href=\"index.html\">All notebooks</a><a class=\"next\" rel=\"next\" href=\"03-c.html\" title=\"3 &#183; C\">3 &#183; C →</a>", middle);
        Assert.DoesNotContain("rel=\"prev\"", File.ReadAllText(Path.Combine(Out, "01-a.html")));
        Assert.DoesNotContain("rel=\"next\"", File.ReadAllText(Path.Combine(Out, "03-c.html")));
        Assert.Contains("<a href=\"01-a.html\">1 &#183; A</a><span class=\"topic\">The first chapter, on <span class=\"math\">\\(x\\)</span>.</span>", index);
        Assert.Contains("<a href=\"03-c.html\">3 &#183; C</a></td><td><span class=\"status-ok\">ok</span></td><td class=\"seconds\">1.5 s</td>", index);
        Assert.Contains("<link rel=\"stylesheet\" href=\"assets/katex/katex.min.css\">", index);
    }

    [Fact]
    public void A_page_written_later_links_the_chapters_already_in_the_index()
    {
        var first = new NotebookBuilder().Markdown("# First").Document(folder.File("01-first.ipynb"));
        var second = new NotebookBuilder().Markdown("# Second").Document(folder.File("02-second.ipynb"));
        var site = Site.Open(Out, [first]);
        site.WriteIndex([site.WritePage(FinishedRun.Of(first)).Entry]);

        var later = Site.Open(Out, [second]);
        var (page, _) = later.WritePage(FinishedRun.Of(second));

        Assert.Contains("<a class=\"previous\" rel=\"prev\" href=\"01-first.html\" title=\"First\">← First</a>", File.ReadAllText(page));
    }

    [Fact]
    public void A_self_contained_site_embeds_the_assets_in_every_page_and_writes_no_assets_folder()
    {
        var notebook = new NotebookBuilder().Markdown("# A\n\n$$x$$").Code("chart").Document(folder.File("01-a.ipynb"));
        notebook.Cells[1].SetExecution(1, [new DisplayOutput(new Dictionary<string, string> { ["application/vnd.plotly.v1+json"] = """{"data":[{"type":"scatter","x":[1],"y":[2]}],"layout":{}}""" })]);

        var site = Site.Open(Out, [notebook], selfContained: true);
        var page = File.ReadAllText(site.WritePage(FinishedRun.Of(notebook)).Path);
        var index = File.ReadAllText(site.WriteIndex([]));

        Assert.False(Directory.Exists(Path.Combine(Out, "assets")));
        Assert.All(new[] { HtmlAssets.PageStyle, HtmlAssets.KatexStyle, HtmlAssets.KatexScript, HtmlAssets.PlotlyScript, HtmlAssets.PageScript }, asset => Assert.Contains(asset, page));
        Assert.DoesNotContain("assets/", page);
        Assert.Contains(HtmlAssets.PageStyle, index);
    }
}
