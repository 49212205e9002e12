using System.Text.Json.Nodes;

namespace NotebookKit.Runner.Notebooks;

/// <summary>Reads nested metadata without throwing when a level is missing or of another kind.</summary>
public static class JsonPath
{
    /// <summary>The node at <paramref name="keys"/> below <paramref name="node"/>, or null.</summary>
    public static JsonNode? Get(JsonNode? node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = node is JsonObject json && json.TryGetPropertyValue(key, out var child) ? child : null;
        }

        return node;
    }

    /// <summary>The non-empty string at <paramref name="keys"/>, or null.</summary>
    public static string? GetString(JsonNode? node, params string[] keys) =>
        Get(node, keys) is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    /// <summary>True when the value at <paramref name="keys"/> is the JSON literal <c>true</c>.</summary>
    public static bool IsTrue(JsonNode? node, params string[] keys) =>
        Get(node, keys) is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
