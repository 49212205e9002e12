using System.Reflection;
using System.Text.RegularExpressions;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// The scripts and styles the HTML pages embed so they open offline: plotly.js and KaTeX, vendored under
/// <c>assets/</c> (see <c>assets/update-assets.sh</c>) and built into the runner as resources.
/// </summary>
public static partial class HtmlAssets
{
    private static readonly Lazy<string> Katex = new(() => ScriptSafe(Text("katex/katex.min.js")));
    private static readonly Lazy<string> KatexCss = new(() => InlineFonts(Text("katex/katex.min.css"), name => Bytes($"katex/fonts/{name}")));
    private static readonly Lazy<string> Plotly = new(() => ScriptSafe(Text("plotly/plotly.min.js")));

    /// <summary>The plotly.js version the pages embed.</summary>
    public const string PlotlyJsVersion = "2.35.3";

    /// <summary>plotly.js, ready to put in a script element.</summary>
    public static string PlotlyScript => Plotly.Value;

    /// <summary>plotly.js's licence notice.</summary>
    public static string PlotlyLicense => Text("plotly/LICENSE");

    /// <summary>KaTeX, ready to put in a script element.</summary>
    public static string KatexScript => Katex.Value;

    /// <summary>KaTeX's stylesheet with its fonts inlined as data URLs.</summary>
    public static string KatexStyle => KatexCss.Value;

    /// <summary>KaTeX's licence notice.</summary>
    public static string KatexLicense => Text("katex/LICENSE");

    /// <summary>
    /// Rewrites each <c>src:url(fonts/X.woff2) format("woff2"),...</c> of a KaTeX stylesheet to a woff2 data URL,
    /// reading the font bytes with <paramref name="font"/>.
    /// </summary>
    public static string InlineFonts(string css, Func<string, byte[]> font) =>
        FontSource().Replace(css, match =>
            $"src:url(data:font/woff2;base64,{Convert.ToBase64String(font(match.Groups["file"].Value))}) format(\"woff2\")");

    [GeneratedRegex("""src:url\(fonts/(?<file>[A-Za-z0-9_-]+\.woff2)\) format\("woff2"\)(,url\([^)]*\) format\("[a-z]+"\))*""")]
    private static partial Regex FontSource();

    /// <summary>Keeps a script from closing its script element early.</summary>
    private static string ScriptSafe(string script) => script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    private static string Text(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }

    private static byte[] Bytes(string name)
    {
        using var stream = Open(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The runner was built without its asset {name}; rebuild it (assets/ is part of the project).");
}
