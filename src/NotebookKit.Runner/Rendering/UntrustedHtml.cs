using System.Text.Json.Nodes;
using Ganss.Xss;

namespace NotebookKit.Runner.Rendering;

/// <summary>
/// HTML from a submission (its markdown, its outputs), made safe to show on a graded or feedback page with
/// HtmlSanitizer: no script, no event handler, no <c>javascript:</c> link, no form, no style (so nothing can cover the
/// page's own header), only the page's own harmless classes (nothing can dress up as the header; <c>class</c> is allowed for those), and no resource
/// loaded from elsewhere — images only as <c>data:image/</c> URLs (an SVG shown as an image runs no script), links only to <c>http</c>, <c>https</c>, <c>mailto</c> or
/// within the page. A plotly figure's pictures likewise: its layout's images and its image traces keep only
/// <c>data:image/</c> sources, so a chart cannot load a remote image either.
/// </summary>
public static class UntrustedHtml
{
    private static readonly HashSet<string> RemoteLinkSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>The sanitized <paramref name="html"/>.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    /// <summary>A copy of the plotly <paramref name="figure"/> without any picture loaded from elsewhere (<c>layout.images</c>, image traces).</summary>
    public static JsonObject Figure(JsonObject figure)
    {
        var safe = (JsonObject)figure.DeepClone();
        if (safe["layout"]?["images"] is JsonArray images)
        {
            foreach (var image in images.Where(image => !IsDataImage(image?["source"])).ToList())
            {
                images.Remove(image);
            }
        }

        foreach (var trace in (safe["data"] as JsonArray ?? []).OfType<JsonObject>().Where(trace => trace["source"] is { } source && !IsDataImage(source)))
        {
            trace.Remove("source");
        }

        return safe;
    }

    private static bool IsDataImage(JsonNode? source) =>
        source is JsonValue value && value.TryGetValue<string>(out var text) && text.TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in new[] { "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedSchemes.Add("data");
        sanitizer.AllowedSchemes.Add("mailto");
        // Markdig's math, task lists and heading links, the library's tables, the kernel's plain-text values.
        foreach (var name in new[] { "math", "display", "contains-task-list", "task-list-item", "anchor", "notebookkit-table", "dni-plaintext" })
        {
            sanitizer.AllowedClasses.Add(name);
        }

        // A heading keeps its id: the page's contents and the heading's own link point to it (page.js uses no global
        // an id could stand in for without checking it).
        sanitizer.RemovingAttribute += (_, removing) =>
            removing.Cancel = removing.Attribute.Name == "id" && removing.Tag.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
        sanitizer.FilterUrl += (_, url) =>
        {
            if (url.SanitizedUrl is not { } kept)
            {
                return;
            }

            var scheme = Uri.TryCreate(kept, UriKind.Absolute, out var absolute) ? absolute.Scheme : null;
            var allowed = url.Tag.NodeName.Equals("A", StringComparison.OrdinalIgnoreCase)
                ? scheme is null ? kept.StartsWith('#') : RemoteLinkSchemes.Contains(scheme)
                : scheme == "data" && kept.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);
            if (!allowed)
            {
                url.SanitizedUrl = null;
            }
        };
        return sanitizer;
    }
}
