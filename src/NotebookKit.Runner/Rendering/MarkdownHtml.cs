using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// Markdown cells to HTML with Markdig, keeping LaTeX for KaTeX to draw: <c>$...$</c> inline, <c>$$...$$</c> as
/// display math wherever it stands (as Jupyter and VS Code show it).
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseMathematics()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .Use<DisplayMathExtension>()
        .Build();

    /// <summary>The HTML of <paramref name="markdown"/>; math becomes elements of class <c>math</c> (plus <c>display</c> for <c>$$</c>).</summary>
    public static string Render(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>True when rendered HTML holds math for KaTeX.</summary>
    public static bool HasMath(string html) => html.Contains("class=\"math", StringComparison.Ordinal);

    /// <summary>Renders inline <c>$$...$$</c> as display math instead of Markdig's inline math.</summary>
    private sealed class DisplayMathExtension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
        }

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
