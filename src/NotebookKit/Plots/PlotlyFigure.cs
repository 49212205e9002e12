using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// A chart as plotly.js's figure, <c>{ "data": [...], "layout": {...} }</c>, written the way plotly.js's own schema
/// (<c>Plotly.validate</c>) expects it and no heavier than a picture needs:
/// <list type="bullet">
/// <item>every <c>title</c> is an object, <c>{ "text": "..." }</c> (XPlot writes the plain strings plotly.js 1 took);</item>
/// <item>no key of XPlot's own bookkeeping (<c>_isSubplotObj</c>): plotly.js has no attribute that starts with <c>_</c>;</item>
/// <item>every number rounded to <see cref="SignificantDigits"/> significant digits: a 640-pixel chart and its
/// hover labels need no more, and 0.6931471805599453 takes three times the bytes of 0.693147.</item>
/// </list>
/// </summary>
internal static partial class PlotlyFigure
{
    /// <summary>The significant digits a number of a chart keeps.</summary>
    public const int SignificantDigits = 6;

    /// <summary>The figure of <paramref name="chart"/>; a layout that does not size itself to its container keeps the chart's width.</summary>
    public static JsonObject Of(PlotlyChart chart)
    {
        var statements = Statement().Matches(chart.GetInlineJS()).ToDictionary(match => match.Groups["name"].Value, match => match.Groups["json"].Value);
        var layout = JsonNode.Parse(statements["layout"]) as JsonObject ?? new JsonObject();
        if (layout["autosize"]?.GetValue<bool>() != true)
        {
            layout["width"] ??= chart.Width;
        }

        layout["height"] ??= chart.Height;
        var figure = new JsonObject { ["data"] = JsonNode.Parse(statements["data"]), ["layout"] = layout };
        return (JsonObject)Normalized(figure, key: null)!;
    }

    private static JsonNode? Normalized(JsonNode? node, string? key) => node switch
    {
        JsonObject fields => new JsonObject(fields
            .Where(field => !field.Key.StartsWith('_'))
            .Select(field => KeyValuePair.Create(field.Key, Normalized(field.Value, field.Key)))),
        JsonArray items => new JsonArray(items.Select(item => Normalized(item, key: null)).ToArray()),
        JsonValue text when key == "title" && text.TryGetValue<string>(out var title) => new JsonObject { ["text"] = title },
        JsonValue number when number.TryGetValue<double>(out var value) && double.IsFinite(value) => JsonValue.Create(Rounded(value)),
        _ => node?.DeepClone(),
    };

    /// <summary><paramref name="value"/> to <see cref="SignificantDigits"/> significant digits, written back as the shortest double that prints so.</summary>
    private static double Rounded(double value) =>
        double.Parse(value.ToString($"G{SignificantDigits}", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>XPlot's <c>var data = [...];</c> and <c>var layout = {...};</c> lines.</summary>
    [GeneratedRegex(@"^\s*var (?<name>data|layout) = (?<json>.*);\s*$", RegexOptions.Multiline)]
    private static partial Regex Statement();
}
