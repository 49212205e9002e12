using System.Text.RegularExpressions;

namespace NotebookKit.Runner.Kernel;

/// <summary>
/// Charts in the kernel. The notebooks load XPlot.Plotly.Interactive (its kernel extension shows XPlot charts as
/// HTML). Where that package cannot be restored (an offline classroom, a mirror without it) the runner loads
/// XPlot.Plotly of the same version instead and registers a formatter with the same display; wherever it can be
/// restored, the real one runs. Either way every chart also carries <c>application/vnd.plotly.v1+json</c>.
/// </summary>
public static partial class PlotlyDisplay
{
    /// <summary>The plotly.js version the pages embed and the substitute display loads where a page has none.</summary>
    public const string PlotlyJsVersion = "2.35.3";

    /// <summary>The package the notebooks name for charts.</summary>
    public const string InteractivePackage = "XPlot.Plotly.Interactive";

    /// <summary>Kernel code registering the <c>application/vnd.plotly.v1+json</c> display of charts.</summary>
    public static string JsonFormatterCode { get; } = Script("plotly-json.csx");

    /// <summary>Kernel code registering the HTML display of charts that XPlot.Plotly.Interactive would have registered.</summary>
    public static string HtmlFormatterCode { get; } = Script("plotly-html.csx").Replace("@PLOTLY_JS_VERSION@", PlotlyJsVersion, StringComparison.Ordinal);

    /// <summary>True when <paramref name="code"/> loads XPlot.Plotly or XPlot.Plotly.Interactive with <c>#r "nuget: ..."</c>.</summary>
    public static bool LoadsXPlot(string code) => NuGetXPlot().IsMatch(code);

    /// <summary>True when <paramref name="failure"/> is the kernel saying that XPlot.Plotly.Interactive could not be restored.</summary>
    public static bool IsMissingInteractivePackage(string code, string failure) =>
        NuGetXPlot().Matches(code).Any(match => match.Groups["interactive"].Success)
        && failure.Contains(InteractivePackage, StringComparison.OrdinalIgnoreCase)
        && failure.Contains("NU1", StringComparison.Ordinal);

    /// <summary><paramref name="code"/> with each <c>#r "nuget: XPlot.Plotly.Interactive, v"</c> turned into <c>#r "nuget: XPlot.Plotly, v"</c>.</summary>
    public static string Substitute(string code) => NuGetXPlot().Replace(code, match => match.Value.Remove(match.Groups["interactive"].Index - match.Index, match.Groups["interactive"].Length));

    private static string Script(string name)
    {
        using var stream = typeof(PlotlyDisplay).Assembly.GetManifestResourceStream($"kernel/{name}")
            ?? throw new InvalidOperationException($"the runner was built without its kernel script {name}");
        return new StreamReader(stream).ReadToEnd();
    }

    [GeneratedRegex(@"^\s*#r\s+""nuget:\s*XPlot\.Plotly(?<interactive>\.Interactive)?\s*(,[^""]*)?""", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex NuGetXPlot();
}
