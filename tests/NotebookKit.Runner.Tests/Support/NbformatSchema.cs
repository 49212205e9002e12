using System.Text.Json.Nodes;
using NJsonSchema;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>The official nbformat 4.5 JSON schema (vendored unchanged in Schemas/, with its licence).</summary>
public static class NbformatSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>The schema violations of a notebook's JSON, one line each; empty when valid.</summary>
    public static IReadOnlyList<string> Problems(string notebookJson) =>
        Schema.Value.Validate(notebookJson).Select(error => error.ToString()).ToList();

    /// <summary>
    /// Loads the schema. It keeps some definitions one level down, under "definitions/misc", which NJsonSchema
    /// cannot resolve; they are lifted to "definitions/misc_NAME" (and their references rewritten), which
    /// changes no rule.
    /// </summary>
    private static JsonSchema Load()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "nbformat.v4.5.schema.json"));
        var schema = JsonNode.Parse(text.Replace("#/definitions/misc/", "#/definitions/misc_"))!.AsObject();
        var definitions = schema["definitions"]!.AsObject();
        var misc = definitions["misc"]!.AsObject();
        definitions.Remove("misc");
        foreach (var (name, definition) in misc.ToList())
        {
            misc.Remove(name);
            definitions[$"misc_{name}"] = definition;
        }

        return JsonSchema.FromJsonAsync(schema.ToJsonString()).GetAwaiter().GetResult();
    }
}
