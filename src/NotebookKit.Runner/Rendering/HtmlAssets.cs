using System.Reflection;
using System.Text.RegularExpressions;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// What the HTML pages need besides their own HTML: plotly.js and KaTeX with its fonts, vendored under
/// <c>assets/</c> (see <c>assets/update-assets.sh</c>), and the pages' own stylesheet and script
/// (<c>assets/notebookkit/</c>), all built into the runner as resources. A site's pages link them from one
/// <see cref="FolderName"/> folder (<see cref="WriteTo"/>); a self-contained page embeds them.
/// </summary>
public static partial class HtmlAssets
{
    /// <summary>The plotly.js version the pages draw their charts with.</summary>
    public const string PlotlyJsVersion = "2.35.3";

    /// <summary>The folder, beside a site's pages, that holds the assets they link.</summary>
    public const string FolderName = "assets";

    /// <summary>The pages' stylesheet.</summary>
    public const string PageStyleFile = "notebookkit/page.css";

    /// <summary>The pages' script: draws their math and charts.</summary>
    public const string PageScriptFile = "notebookkit/page.js";

    /// <summary>plotly.js.</summary>
    public const string PlotlyFile = "plotly/plotly.min.js";

    /// <summary>KaTeX.</summary>
    public const string KatexFile = "katex/katex.min.js";

    /// <summary>KaTeX's stylesheet; it loads its fonts from <c>fonts/</c> beside it.</summary>
    public const string KatexStyleFile = "katex/katex.min.css";

    private static readonly string[] Folders = ["plotly/", "katex/", "notebookkit/"];

    private static readonly Lazy<string> Katex = new(() => ScriptSafe(Text(KatexFile)));
    private static readonly Lazy<string> KatexCss = new(() => InlineFonts(Text(KatexStyleFile), name => Bytes($"katex/fonts/{name}")));
    private static readonly Lazy<string> Plotly = new(() => ScriptSafe(Text(PlotlyFile)));

    /// <summary>The pages' stylesheet, ready to put in a style element.</summary>
    public static string PageStyle => Text(PageStyleFile);

    /// <summary>The pages' script, ready to put in a script element.</summary>
    public static string PageScript => ScriptSafe(Text(PageScriptFile));

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

    /// <summary>Every asset's name, its path under <see cref="FolderName"/> (licences included).</summary>
    public static IReadOnlyList<string> Files { get; } = Assembly.GetExecutingAssembly().GetManifestResourceNames()
        .Where(name => Folders.Any(folder => name.StartsWith(folder, StringComparison.Ordinal)))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Writes every asset under <paramref name="siteFolder"/>/<see cref="FolderName"/>, the folder a site's pages
    /// link; a file already there with the same bytes is left alone.
    /// </summary>
    public static void WriteTo(string siteFolder)
    {
        var folder = Path.Combine(siteFolder, FolderName);
        foreach (var name in Files)
        {
            var target = Path.Combine(folder, name);
            var bytes = Bytes(name);
            if (!File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
            {
                AtomicFile.WriteAllBytes(target, bytes);
            }
        }
    }

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
