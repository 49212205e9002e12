using MathNet.Numerics.LinearAlgebra;
using Microsoft.AspNetCore.Html;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using XPlot.Plotly;

namespace NotebookKit.Runner.Formatting;

/// <summary>
/// Turns a displayed value into a mime bundle ("text/html", "text/plain", ...) with
/// Microsoft.DotNet.Interactive.Formatting, as the C# kernel does. The runner registers the formatters the
/// kernel's extensions would: plotly charts, data frames, MathNet matrices and vectors.
/// </summary>
public static class DisplayFormatter
{
    private const string Html = "text/html";
    private const string PlainText = "text/plain";
    private static readonly Lazy<bool> Registered = new(RegisterFormatters);

    /// <summary>
    /// The mime bundle for <paramref name="value"/>: the given mime types, or by default plain text for strings and
    /// scalars, HTML for charts and HTML content, HTML and plain text for everything else.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Format(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        _ = Registered.Value;
        var types = mimeTypes is { Count: > 0 } ? mimeTypes : DefaultMimeTypes(value);
        return types.Distinct().ToDictionary(type => type, type => value.ToDisplayString(type));
    }

    private static string[] DefaultMimeTypes(object? value) => value switch
    {
        null or string or decimal or Enum or DateTime or DateTimeOffset or TimeSpan or Guid => [PlainText],
        _ when value.GetType().IsPrimitive => [PlainText],
        IHtmlContent or PlotlyChart => [Html],
        _ => [Html, PlainText],
    };

    private static bool RegisterFormatters()
    {
        Formatter.Register<PlotlyChart>((chart, writer) => writer.Write(PlotlyHtml.Render(chart)), Html);
        Formatter.Register<Matrix<double>>((matrix, writer) => writer.Write(TableHtml.Matrix(matrix)), Html);
        Formatter.Register<Matrix<double>>((matrix, writer) => writer.Write(matrix.ToString()), PlainText);
        Formatter.Register<Vector<double>>((vector, writer) => writer.Write(TableHtml.Vector(vector)), Html);
        Formatter.Register<Vector<double>>((vector, writer) => writer.Write(vector.ToString()), PlainText);
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(TableHtml.DataFrame(frame)), Html);
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(TableText.DataFrame(frame)), PlainText);
        return true;
    }
}
