using System.Text.Json.Nodes;

namespace NotebookKit.Runner.Notebooks;

/// <summary>One cell of a <see cref="NotebookDocument"/>: a view over its JSON that keeps every field it does not know.</summary>
public sealed class NotebookCell
{
    internal NotebookCell(JsonObject json, int number)
    {
        Json = json;
        Number = number;
    }

    /// <summary>The cell's JSON object, shared with the document.</summary>
    public JsonObject Json { get; }

    /// <summary>The cell's position in the notebook, counting every cell from 1.</summary>
    public int Number { get; }

    /// <summary>The cell's index in the notebook's <c>cells</c> array, from 0 (what error messages call "cell index i").</summary>
    public int Index => Number - 1;

    /// <summary>"code", "markdown" or "raw".</summary>
    public string CellType => Json["cell_type"]!.GetValue<string>();

    /// <summary>True for a code cell.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The cell's nbformat 4.5 id, when it has one.</summary>
    public string? Id => Json["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The cell's source text; setting it keeps the file's style (one string or an array of lines).</summary>
    public string Source
    {
        get => MultilineText.Read(Json["source"]);
        set => Json["source"] = Json["source"] is JsonArray ? MultilineText.ToLines(value) : JsonValue.Create(value);
    }

    /// <summary>The cell's metadata object (created empty when the file has none).</summary>
    public JsonObject Metadata
    {
        get
        {
            if (Json["metadata"] is not JsonObject metadata)
            {
                metadata = new JsonObject();
                Json["metadata"] = metadata;
            }

            return metadata;
        }
    }

    /// <summary>The execution count of a code cell, or null when it has not run.</summary>
    public int? ExecutionCount => Json["execution_count"] is JsonValue count && count.TryGetValue<int>(out var n) ? n : null;

    /// <summary>The outputs of a code cell (empty for other cells).</summary>
    public JsonArray Outputs => Json["outputs"] as JsonArray ?? [];

    /// <summary>Records a run of this code cell: its execution count (null when it did not run) and its outputs.</summary>
    public void SetExecution(int? executionCount, IEnumerable<CellOutput> outputs)
    {
        Json["execution_count"] = executionCount;
        Json["outputs"] = new JsonArray(outputs.Select(output => (JsonNode)output.ToJson()).ToArray());
    }

    /// <summary>Removes outputs and execution count, as a notebook is committed.</summary>
    public void ClearOutputs()
    {
        if (IsCode)
        {
            SetExecution(null, []);
        }
    }
}
