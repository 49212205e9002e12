using System.Text.Json.Nodes;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>Builds small Polyglot notebooks (nbformat 4.5, C# cells with the kernel's metadata) for tests.</summary>
public sealed class NotebookBuilder
{
    private readonly JsonArray cells = [];

    public NotebookBuilder Code(string source, JsonObject? notebookkit = null)
    {
        var metadata = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        };
        if (notebookkit is not null)
        {
            metadata["notebookkit"] = notebookkit;
        }

        return Cell(new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = $"cell-{cells.Count + 1}",
            ["metadata"] = metadata,
            ["outputs"] = new JsonArray(),
            ["source"] = MultilineText.ToLines(source),
        });
    }

    public NotebookBuilder Exercise(string name, string source) => Code(source, new JsonObject { ["exercise"] = name });

    public NotebookBuilder Check(string name, string source) => Code(source, new JsonObject { ["exercise"] = name, ["check"] = true });

    public NotebookBuilder Markdown(string source) => Cell(new JsonObject
    {
        ["cell_type"] = "markdown",
        ["id"] = $"cell-{cells.Count + 1}",
        ["metadata"] = new JsonObject(),
        ["source"] = MultilineText.ToLines(source),
    });

    public NotebookBuilder Cell(JsonObject cell)
    {
        cells.Add(cell);
        return this;
    }

    public JsonObject Build() => new()
    {
        ["cells"] = cells.DeepClone(),
        ["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
            ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
            ["polyglot_notebook"] = new JsonObject
            {
                ["kernelInfo"] = new JsonObject
                {
                    ["defaultKernelName"] = "csharp",
                    ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                },
            },
        },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    };

    public string ToJson() => Build().ToJsonString();

    /// <summary>The notebook as if read from <paramref name="path"/> (relative #r paths resolve from its folder).</summary>
    public NotebookDocument Document(string path) => NotebookDocument.Parse(ToJson(), path);

    /// <summary>Writes the notebook to <paramref name="path"/> and returns the path.</summary>
    public string Save(string path)
    {
        Document(path).Save(path);
        return path;
    }

    /// <summary>Runs the notebook in-process as if it were at <paramref name="path"/>.</summary>
    public Task<NotebookRunResult> RunAsync(string path, RunOptions? options = null) =>
        new NotebookRunner(options ?? new RunOptions()).RunAsync(Document(path));
}
