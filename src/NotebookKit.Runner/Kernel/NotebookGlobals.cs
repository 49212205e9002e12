using Microsoft.AspNetCore.Html;

namespace NotebookKit.Runner.Kernel;

/// <summary>
/// The global functions the C# kernel gives every cell, emulated for the headless runner: a cell calls them
/// unqualified, e.g. <c>display(chart)</c>.
/// </summary>
public sealed class NotebookGlobals
{
#pragma warning disable IDE1006 // The kernel's names are lower-case; notebooks call them so.
    /// <summary>Shows <paramref name="value"/> as a display output of the running cell (optionally only in the given mime types).</summary>
    public void display(object? value, params string[] mimeTypes) => value.Display(mimeTypes);

    /// <summary>Wraps an HTML string so that displaying it renders the HTML.</summary>
    public IHtmlContent HTML(string html) => new HtmlString(html);
#pragma warning restore IDE1006
}
