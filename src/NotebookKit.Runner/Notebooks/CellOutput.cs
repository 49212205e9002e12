using System.Text.Json.Nodes;

namespace NotebookKit.Runner.Notebooks;

/// <summary>One output of a code cell, in the four nbformat kinds.</summary>
public abstract record CellOutput
{
    /// <summary>The output as an nbformat 4 output object.</summary>
    public abstract JsonObject ToJson();

    /// <summary>
    /// Converts a mime bundle to nbformat's "data" object: texts as arrays of lines, JSON mime types
    /// (<c>application/json</c>, <c>application/…+json</c>) as JSON, as nbformat wants them.
    /// </summary>
    protected static JsonObject DataJson(IReadOnlyDictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (mimeType, content) in data.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            json[mimeType] = IsJson(mimeType) ? JsonNode.Parse(content) : MultilineText.ToLines(content);
        }

        return json;
    }

    /// <summary>True for the mime types nbformat stores as JSON rather than text.</summary>
    public static bool IsJson(string mimeType) =>
        mimeType == "application/json" || (mimeType.StartsWith("application/", StringComparison.Ordinal) && mimeType.EndsWith("+json", StringComparison.Ordinal));
}

/// <summary>Text the cell wrote to standard output ("stdout") or standard error ("stderr").</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["output_type"] = "stream",
        ["name"] = Name,
        ["text"] = MultilineText.ToLines(Text),
    };
}

/// <summary>A value shown with <c>display(x)</c> or <c>x.Display()</c>: one representation per mime type.</summary>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data) : CellOutput
{
    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["output_type"] = "display_data",
        ["data"] = DataJson(Data),
        ["metadata"] = new JsonObject(),
    };
}

/// <summary>The value of the cell's trailing expression.</summary>
public sealed record ResultOutput(int ExecutionCount, IReadOnlyDictionary<string, string> Data) : CellOutput
{
    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["output_type"] = "execute_result",
        ["execution_count"] = ExecutionCount,
        ["data"] = DataJson(Data),
        ["metadata"] = new JsonObject(),
    };
}

/// <summary>A failure: exception, compile error, bad directive, time-out or the kernel ending.</summary>
/// <param name="Name">The kind of failure (the exception's type name, "CompilationError", "TimeoutError", "KernelExited").</param>
/// <param name="Value">The one-line message: notebook, In [k], cell index, line and what went wrong.</param>
/// <param name="Traceback">The message followed by the kernel's details (stack frames, every compile error).</param>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput
{
    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["output_type"] = "error",
        ["ename"] = Name,
        ["evalue"] = Value,
        ["traceback"] = new JsonArray(Traceback.Select(line => (JsonNode)JsonValue.Create(line)).ToArray()),
    };
}
