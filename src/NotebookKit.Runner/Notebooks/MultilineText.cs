using System.Text.Json.Nodes;

namespace NotebookKit.Runner.Notebooks;

/// <summary>
/// nbformat's "multiline string": either one string or an array of lines that each keep their trailing newline.
/// </summary>
public static class MultilineText
{
    /// <summary>The text of a multiline string node; empty for a missing node.</summary>
    public static string Read(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>() ?? "")),
        _ => node.GetValue<string>(),
    };

    /// <summary>Splits <paramref name="text"/> into the array-of-lines form, as Jupyter and VS Code write it.</summary>
    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines;
    }

    /// <summary>True when <paramref name="node"/> is a string or an array of strings.</summary>
    public static bool IsValid(JsonNode? node) => node switch
    {
        JsonValue value => value.TryGetValue<string>(out _),
        JsonArray lines => lines.All(line => line is JsonValue v && v.TryGetValue<string>(out _)),
        _ => false,
    };
}
