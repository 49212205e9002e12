using System.Text.Json.Nodes;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>Reading notebooks (and refusing what is not one), writing them back without loss, atomically.</summary>
public sealed class NotebookDocumentTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_missing_file_is_named_with_how_to_fix_it()
    {
        var path = folder.File("missing.ipynb");

        var error = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Load(path));

        Assert.StartsWith($"{path}: no such file.", error.Message);
        Assert.Contains("Give the path of an .ipynb file", error.Message);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("{\"cells\": [", "not valid JSON at line 1")]
    [InlineData("{\n \"cells\": [],\n \"metadata\": {},,\n}", "not valid JSON at line 3")]
    [InlineData("[1, 2]", "its top level must be an object")]
    [InlineData("{\"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}", "there is no \"cells\" array")]
    [InlineData("{\"cells\": {}, \"nbformat\": 4}", "\"cells\" is not an array")]
    [InlineData("{\"worksheets\": [], \"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0}", "nbformat 3 is too old")]
    [InlineData("{\"cells\": [{\"cell_type\": \"code\"}], \"nbformat\": 4}", "cell 1 has no \"source\"")]
    [InlineData("{\"cells\": [{\"cell_type\": \"picture\", \"source\": \"\"}], \"nbformat\": 4}", "cell 1 has no valid \"cell_type\"")]
    public void Malformed_notebooks_are_refused_with_the_file_and_the_problem(string json, string problem)
    {
        var path = folder.File("bad.ipynb");
        File.WriteAllText(path, json);

        var error = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Load(path));

        Assert.StartsWith($"{path}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void An_old_notebook_is_told_how_to_convert()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Parse("{\"nbformat\": 3, \"worksheets\": []}", folder.File("old.ipynb")));

        Assert.Contains("jupyter nbconvert --to notebook --nbformat 4", error.Message);
    }

    [Fact]
    public void Writing_back_keeps_unknown_fields_and_the_source_style()
    {
        var json = new NotebookBuilder().Code("var x = 1;\nx").Build();
        json["metadata"]!["custom"] = new JsonObject { ["kept"] = true };
        json["cells"]![0]!["source"] = "var x = 1;\nx";
        var notebook = NotebookDocument.Parse(json.ToJsonString(), folder.File("n.ipynb"));

        var reread = JsonNode.Parse(notebook.ToJson())!;

        Assert.True(JsonNode.DeepEquals(json, reread));
        Assert.StartsWith("{\n \"cells\": [", notebook.ToJson());
    }

    [Fact]
    public void Saving_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        var path = folder.File("n.ipynb");
        File.WriteAllText(path, "old content");

        new NotebookBuilder().Code("1").Document(path).Save(path);

        Assert.Equal(["n.ipynb"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Equal("1", NotebookDocument.Load(path).Cells[0].Source);
    }

    [Fact]
    public void A_failed_atomic_write_leaves_no_temporary_file_behind()
    {
        var target = folder.File("taken");
        Directory.CreateDirectory(target);

        // The final move onto a folder fails: the folder stays as it was and the temporary file is removed.
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(target, "new"));

        Assert.True(Directory.Exists(target));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
