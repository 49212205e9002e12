using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// Display math written <c>$$…$$</c> in a paragraph, on one line or across several, as Jupyter and VS Code read it.
/// Markdig's own math parser takes math in a paragraph only when it stays on one line; a formula broken over lines
/// was left to the markdown, which ate its backslashes (<c>\,</c>) and read <c>^…^</c> as a superscript. The formula
/// becomes a <see cref="MathInline"/> with two delimiters, its text untouched.
/// </summary>
internal sealed class DisplayMathParser : InlineParser
{
    public DisplayMathParser() => OpeningCharacters = ['$'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '$' || slice.PeekCharExtra(-1) == '$')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start + 2;
        var close = -1;
        for (var i = start; i < slice.End; i++)
        {
            if (text[i] == '\\')
            {
                i++; // an escaped character, \$ included, never closes the formula
            }
            else if (text[i] == '$' && text[i + 1] == '$')
            {
                close = i;
                break;
            }
        }

        if (close < 0 || string.IsNullOrWhiteSpace(text[start..close]))
        {
            return false;
        }

        var math = new MathInline
        {
            Span = new SourceSpan(processor.GetSourcePosition(slice.Start, out var line, out var column), processor.GetSourcePosition(close + 1)),
            Line = line,
            Column = column,
            Delimiter = '$',
            DelimiterCount = 2,
            Content = new StringSlice(text, start, close - 1),
        };
        math.GetAttributes().AddClass("math");
        processor.Inline = math;
        slice.Start = close + 2;
        return true;
    }
}
