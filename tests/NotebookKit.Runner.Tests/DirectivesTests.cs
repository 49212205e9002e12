using NotebookKit.Runner.Execution;

namespace NotebookKit.Runner.Tests;

/// <summary>Parsing the kernel directives of a C# cell.</summary>
public sealed class DirectivesTests
{
    [Fact]
    public void Directive_lines_become_blank_so_line_numbers_stay_those_of_the_cell()
    {
        var prepared = Directives.Prepare("#!csharp\n#r \"nuget: MathNet.Numerics, 5.0.0\"\n#i \"nuget: https://example.org/feed\"\n#r \"lib/My.dll\"\nvar x = 1;");

        Assert.Equal("\n\n\n\nvar x = 1;", prepared.Code);
        Assert.Equal<Directive>([new NuGetReference(2, "MathNet.Numerics", "5.0.0"), new AssemblyReference(4, "lib/My.dll")], prepared.Directives);
    }

    [Theory]
    [InlineData("#r \"nuget:MathNet.Numerics,5.0.0\"", "MathNet.Numerics", "5.0.0")]
    [InlineData("  #r  \"nuget: XPlot.Plotly.Interactive ,  4.1.0 \"", "XPlot.Plotly.Interactive", "4.1.0")]
    [InlineData("#r \"nuget: Microsoft.Data.Analysis\"", "Microsoft.Data.Analysis", null)]
    public void NuGet_references_are_read_with_and_without_spaces_and_version(string line, string package, string? version)
    {
        var reference = Assert.IsType<NuGetReference>(Assert.Single(Directives.Prepare(line).Directives));

        Assert.Equal(new NuGetReference(1, package, version), reference);
    }

    [Fact]
    public void Other_preprocessor_lines_and_comments_are_left_to_the_compiler()
    {
        const string Source = "#region setup\n// #r \"nuget: Foo, 1.0\"\n#pragma warning disable CS0168\n#endregion";

        var prepared = Directives.Prepare(Source);

        Assert.Equal(Source, prepared.Code);
        Assert.Empty(prepared.Directives);
    }

    [Theory]
    [InlineData("var x = 1;\n#r nuget: Foo", 2, "malformed")]
    [InlineData("#r \"nuget: , 1.0\"", 1, "malformed")]
    [InlineData("#!time\nvar x = 1;", 1, "#!time is not supported by the headless runner")]
    [InlineData("var x = 1;\n#!fsharp\nprintfn \"x\"", 2, "switches to the fsharp kernel")]
    public void Bad_directives_name_their_line(string source, int line, string message)
    {
        var error = Assert.Throws<DirectiveException>(() => Directives.Prepare(source));

        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }
}
