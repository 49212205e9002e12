using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// Markdown cells to HTML with Markdig, keeping LaTeX for KaTeX to draw: <c>$...$</c> inline, <c>$$...$$</c> as
/// display math wherever it stands and however many lines it takes (as Jupyter and VS Code show it). Headings get ids.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseMathematics()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Use<DisplayMathExtension>()
        .Build();

    /// <summary>
    /// The HTML of <paramref name="markdown"/>; math becomes elements of class <c>math</c> (plus <c>display</c> for
    /// <c>$$</c>). With an <paramref name="outline"/>, its headings get ids unique on the page, a link to themselves,
    /// and a place in the page's table of contents.
    /// </summary>
    public static string Render(string markdown, PageOutline? outline = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        outline?.Add(document, InlineHtml);
        return document.ToHtml(Pipeline);
    }

    /// <summary>True when rendered HTML holds math for KaTeX.</summary>
    public static bool HasMath(string html) => html.Contains("class=\"math", StringComparison.Ordinal);

    /// <summary>The HTML of a heading's or a paragraph's text, without its enclosing element.</summary>
    public static string InlineHtml(LeafBlock block)
    {
        using var writer = new StringWriter();
        var renderer = new MarkdigHtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.WriteLeafInline(block);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The HTML of a line of markdown (its first paragraph's), without a paragraph element around it.</summary>
    public static string InlineHtml(string markdown) =>
        Parse(markdown).OfType<ParagraphBlock>().FirstOrDefault() is { } paragraph ? InlineHtml(paragraph) : "";

    /// <summary>The blocks of <paramref name="markdown"/>, parsed as <see cref="Render"/> parses them.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Reads <c>$$...$$</c> in a paragraph as display math, on one line or several, and renders it as display math.</summary>
    private sealed class DisplayMathExtension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.InsertBefore<MathInlineParser>(new DisplayMathParser());

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is MarkdigHtmlRenderer html)
            {
                html.ObjectRenderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new MathInlineRenderer());
            }
        }
    }

    private sealed class MathInlineRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(MarkdigHtmlRenderer renderer, MathInline math)
        {
            var display = math.DelimiterCount >= 2;
            renderer.Write(display ? "<span class=\"math display\">\\[" : "<span class=\"math\">\\(");
            renderer.WriteEscape(ref math.Content);
            renderer.Write(display ? "\\]</span>" : "\\)</span>");
        }
    }
}
