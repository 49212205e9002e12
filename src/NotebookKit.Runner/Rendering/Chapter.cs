using System.Text.RegularExpressions;
using Markdig.Syntax;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Rendering;

/// <summary>What the index and the chapter links say about a notebook, read from the notebook itself.</summary>
public static partial class Chapter
{
    /// <summary>The notebook's title: its first markdown heading, else its file name.</summary>
    public static string Title(NotebookDocument notebook)
    {
        var heading = notebook.Cells
            .Where(cell => cell.CellType == "markdown")
            .SelectMany(cell => cell.Source.Split('\n'))
            .FirstOrDefault(line => line.StartsWith('#'));
        return heading?.TrimStart('#').Trim() is { Length: > 0 } text ? text : notebook.FileName;
    }

    /// <summary>
    /// The notebook's one-line topic, as markdown: the first sentence of its first paragraph (the chapter's opening
    /// line); empty when its markdown has no paragraph.
    /// </summary>
    public static string Topic(NotebookDocument notebook)
    {
        foreach (var cell in notebook.Cells.Where(cell => cell.CellType == "markdown"))
        {
            if (MarkdownHtml.Parse(cell.Source).OfType<ParagraphBlock>().FirstOrDefault() is { } paragraph)
            {
                var text = Whitespace().Replace(cell.Source.Substring(paragraph.Span.Start, paragraph.Span.Length), " ").Trim();
                return SentenceEnd().Match(text) is { Success: true } end ? text[..end.Index] : text;
            }
        }

        return "";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The space after a sentence: its full stop (or ? or !, perhaps closing emphasis, a quote or a parenthesis), then a capital (or emphasis, a quote, a parenthesis, math or code).</summary>
    [GeneratedRegex(@"(?<=[.!?][*_)""”’]*)\s+(?=[\p{Lu}*_""“‘(\[$`])")]
    private static partial Regex SentenceEnd();
}
