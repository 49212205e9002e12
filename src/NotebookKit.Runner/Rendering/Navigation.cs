using System.Net;

namespace NotebookKit.Runner.Rendering;

/// <summary>A page of a site: its file name beside the index and its title.</summary>
/// <param name="Page">The page's file name, e.g. <c>06-optimizers.html</c>.</param>
/// <param name="Title">The chapter's title (<see cref="Chapter.Title"/>).</param>
public sealed record ChapterLink(string Page, string Title);

/// <summary>A page's links to the rest of its site: the chapter before, the index, the chapter after.</summary>
/// <param name="Previous">The chapter before, or null for the first.</param>
/// <param name="Next">The chapter after, or null for the last.</param>
public sealed record Navigation(ChapterLink? Previous, ChapterLink? Next)
{
    /// <summary>The index page, beside the chapters.</summary>
    public const string IndexPage = "index.html";

    /// <summary>The links of <paramref name="page"/> among <paramref name="chapters"/>, in reading order.</summary>
    public static Navigation Of(IReadOnlyList<ChapterLink> chapters, string page)
    {
        var at = chapters.ToList().FindIndex(chapter => chapter.Page == page);
        return new Navigation(at > 0 ? chapters[at - 1] : null, at >= 0 && at + 1 < chapters.Count ? chapters[at + 1] : null);
    }

    /// <summary>The links as a <c>nav</c> element; <paramref name="place"/> is <c>top</c> or <c>bottom</c>.</summary>
    public string Render(string place)
    {
        var previous = Previous is { } before ? $"<a class=\"previous\" rel=\"prev\" href=\"{Href(before)}\" title=\"{Encode(before.Title)}\">← {Encode(before.Title)}</a>" : "";
        var next = Next is { } after ? $"<a class=\"next\" rel=\"next\" href=\"{Href(after)}\" title=\"{Encode(after.Title)}\">{Encode(after.Title)} →</a>" : "";
        return $"<nav class=\"chapters {place}\" aria-label=\"Chapters\">{previous}<a class=\"index\" href=\"{IndexPage}\">All notebooks</a>{next}</nav>\n";
    }

    private static string Href(ChapterLink chapter) => Uri.EscapeDataString(chapter.Page);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
