using System.Text.Json.Nodes;
using NotebookKit.Runner.Exercises;
using NotebookKit.Runner.Execution;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>What the runner writes is valid nbformat 4.5, by the official schema.</summary>
public sealed class SchemaTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_schema_accepts_a_polyglot_notebook_and_rejects_a_cell_without_id_or_a_bad_output()
    {
        var notebook = new NotebookBuilder().Markdown("# T").Code("1").Build();
        Assert.Empty(NbformatSchema.Problems(notebook.ToJsonString()));

        var withoutId = notebook.DeepClone();
        withoutId["cells"]![1]!.AsObject().Remove("id");
        Assert.NotEmpty(NbformatSchema.Problems(withoutId.ToJsonString()));

        var streamWithoutName = notebook.DeepClone();
        streamWithoutName["cells"]![1]!["outputs"]!.AsArray().Add(new JsonObject { ["output_type"] = "stream", ["text"] = "x" });
        Assert.NotEmpty(NbformatSchema.Problems(streamWithoutName.ToJsonString()));
    }

    [Fact]
    public async Task Executed_notebooks_with_every_kind_of_output_and_student_copies_are_valid()
    {
        var run = await new NotebookBuilder()
            .Markdown("# Outputs")
            .Code("Console.WriteLine(\"out\");\nConsole.Error.WriteLine(\"err\");\ndisplay(new { A = 1 });\n42")
            .Code("#!fsharp\n1 + 1")
            .Exercise("E", "// BEGIN SOLUTION\nthrow new Exception(\"fails\");\n// END SOLUTION")
            .Code("var notRun = 1;")
            .RunAsync(folder.File("outputs.ipynb"));
        Assert.False(run.Succeeded);

        Assert.Empty(NbformatSchema.Problems(run.Executed.ToJson()));
        Assert.Empty(NbformatSchema.Problems(StudentCopy.Create(run.Executed).ToJson()));
    }
}
