using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Runner.Notebooks;

/// <summary>
/// An nbformat 4 notebook held as its JSON, so that writing it back keeps every field, known or not.
/// </summary>
public sealed class NotebookDocument
{
    private static readonly string[] CellTypes = ["code", "markdown", "raw"];

    private NotebookDocument(JsonObject json, string path)
    {
        Json = json;
        Path = System.IO.Path.GetFullPath(path);
        Cells = ((JsonArray)json["cells"]!).Select((cell, index) => new NotebookCell((JsonObject)cell!, index + 1)).ToList();
    }

    /// <summary>The notebook's JSON object.</summary>
    public JsonObject Json { get; }

    /// <summary>Full path of the file the notebook was read from.</summary>
    public string Path { get; }

    /// <summary>The path as messages show it: relative to the current folder when inside it.</summary>
    public string DisplayName => DisplayPath.Of(Path);

    /// <summary>The file name, e.g. <c>02-regularization.ipynb</c>.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The folder of the notebook: relative paths in <c>#r</c> resolve from here, as in VS Code.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The cells in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The notebook-level metadata object (created empty when missing).</summary>
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

    /// <summary>Reads and checks a notebook file.</summary>
    /// <exception cref="NotebookFormatException">The file is missing or is not an nbformat 4 notebook.</exception>
    public static NotebookDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            var what = Directory.Exists(path) ? "is a folder, not a notebook file" : "no such file";
            throw new NotebookFormatException(DisplayPath.Of(path), $"{what}. Give the path of an .ipynb file (or of a folder of them), relative to {Environment.CurrentDirectory}.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and checks notebook JSON; <paramref name="path"/> names it in messages and anchors relative paths.</summary>
    /// <exception cref="NotebookFormatException">The text is not an nbformat 4 notebook.</exception>
    public static NotebookDocument Parse(string json, string path)
    {
        var name = DisplayPath.Of(path);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new NotebookFormatException(name, "the file is empty. Restore it from version control, or re-save it from VS Code.");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
            throw new NotebookFormatException(name, $"not valid JSON{where} ({e.Message.Split(" Path:")[0].TrimEnd('.')}). A notebook is a JSON file: fix the syntax there, or restore the file from version control.", e);
        }

        if (root is not JsonObject notebook)
        {
            throw new NotebookFormatException(name, "the JSON is not a notebook: its top level must be an object with \"cells\", \"metadata\" and \"nbformat\".");
        }

        CheckVersion(notebook, name);
        if (notebook["cells"] is not JsonArray cells)
        {
            var problem = notebook.ContainsKey("cells") ? "\"cells\" is not an array" : "there is no \"cells\" array";
            throw new NotebookFormatException(name, $"{problem}, so this is not an nbformat 4 notebook. Re-save it from VS Code (Polyglot Notebooks) or Jupyter.");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            CheckCell(cells[i], i + 1, name);
        }

        return new NotebookDocument(notebook, path);
    }

    /// <summary>A deep copy, with the same path.</summary>
    public NotebookDocument Clone() => new((JsonObject)Json.DeepClone(), Path);

    /// <summary>The notebook as JSON text, indented by one space as Jupyter and VS Code write it.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 1,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            Json.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes the notebook to <paramref name="path"/> atomically.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    private static void CheckVersion(JsonObject notebook, string name)
    {
        if (notebook["nbformat"] is not JsonNode version)
        {
            return;
        }

        if (version is not JsonValue value || !value.TryGetValue<int>(out var major))
        {
            throw new NotebookFormatException(name, "\"nbformat\" must be an integer (4 for current notebooks).");
        }

        if (major < 4)
        {
            throw new NotebookFormatException(name, $"nbformat {major} is too old: the runner reads nbformat 4. Convert it with `jupyter nbconvert --to notebook --nbformat 4 --output converted.ipynb {System.IO.Path.GetFileName(name)}`, or open and re-save it in VS Code.");
        }
    }

    private static void CheckCell(JsonNode? cell, int number, string name)
    {
        if (cell is not JsonObject json)
        {
            throw new NotebookFormatException(name, $"cell {number} is not a JSON object.");
        }

        var type = json["cell_type"] is JsonValue t && t.TryGetValue<string>(out var text) ? text : null;
        if (type is null || !CellTypes.Contains(type))
        {
            throw new NotebookFormatException(name, $"cell {number} has no valid \"cell_type\" (expected \"code\", \"markdown\" or \"raw\").");
        }

        if (!MultilineText.IsValid(json["source"]))
        {
            throw new NotebookFormatException(name, $"cell {number} has no \"source\" (a string or an array of strings).");
        }
    }
}
