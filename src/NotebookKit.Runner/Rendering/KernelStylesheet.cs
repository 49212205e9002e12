using System.Text.RegularExpressions;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// The stylesheet the kernel appends to each display it formats as HTML (a data frame, an object's tree): a
/// <c>&lt;style&gt;</c> of <c>.dni-…</c> classes and page-wide <c>table</c> rules, repeated with every output. A page
/// drops it: its own stylesheet styles those classes once, and its tables keep the page's look.
/// </summary>
public static partial class KernelStylesheet
{
    /// <summary><paramref name="html"/> without the kernel's stylesheet.</summary>
    public static string Remove(string html) => Stylesheet().Replace(html, "");

    [GeneratedRegex(@"<style>\s*\.dni-code-hint\s*\{[^<]*</style>")]
    private static partial Regex Stylesheet();
}
