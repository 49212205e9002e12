using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// A folder of rendered notebooks that reads like a book (what <c>run --html</c> writes): a page per notebook, each
/// with its table of contents and links to the chapters before and after it and to the index; the index; and the one
/// <see cref="HtmlAssets.FolderName"/> folder the pages share, so the folder works offline wherever it is copied.
/// Self-contained, each page embeds its assets instead.
/// </summary>
public sealed class Site
{
    private readonly string folder;
    private readonly PageAssets assets;
    private readonly IReadOnlyList<ChapterLink> chapters;

    private Site(string folder, PageAssets assets, IReadOnlyList<ChapterLink> chapters) => (this.folder, this.assets, this.chapters) = (folder, assets, chapters);

    /// <summary>
    /// The site in <paramref name="folder"/> about to get the pages of <paramref name="notebooks"/>: writes its
    /// assets folder (unless <paramref name="selfContained"/>) and reads the chapters its index already lists, so
    /// that the new pages link their neighbours among all of them.
    /// </summary>
    public static Site Open(string folder, IEnumerable<NotebookDocument> notebooks, bool selfContained = false)
    {
        if (!selfContained)
        {
            HtmlAssets.WriteTo(folder);
        }

        var added = notebooks.Select(notebook => new ChapterLink(PageName(notebook), Chapter.Title(notebook)));
        return new Site(folder, selfContained ? PageAssets.SelfContained : PageAssets.Shared(), IndexPage.Chapters(folder, added));
    }

    /// <summary>The file name of <paramref name="notebook"/>'s page.</summary>
    public static string PageName(NotebookDocument notebook) => Path.ChangeExtension(notebook.FileName, ".html");

    /// <summary>Writes the page of <paramref name="run"/>; returns its path and its row of the index.</summary>
    public (string Path, IndexEntry Entry) WritePage(NotebookRunResult run)
    {
        var name = PageName(run.Source);
        var path = Path.Combine(folder, name);
        AtomicFile.WriteAllText(path, HtmlRenderer.Render(run, new PageOptions(Assets: assets, Navigation: Navigation.Of(chapters, name))));
        return (path, IndexEntry.Of(run, name));
    }

    /// <summary>Writes the index with <paramref name="entries"/> updated (<see cref="IndexPage.Update"/>); returns its path.</summary>
    public string WriteIndex(IReadOnlyList<IndexEntry> entries) => IndexPage.Update(folder, entries, assets);
}
