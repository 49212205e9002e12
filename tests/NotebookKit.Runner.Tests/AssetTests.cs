using System.Security.Cryptography;
using NotebookKit.Runner.Rendering;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>The vendored plotly.js and KaTeX: unchanged, of the pinned versions, embedded so pages work offline.</summary>
public sealed class AssetTests
{
    private static readonly string Assets = Path.Combine(Repository.Root, "src", "NotebookKit.Runner", "assets");

    [Fact]
    public void The_vendored_files_match_their_checksums()
    {
        var lines = File.ReadAllLines(Path.Combine(Assets, "SHA256SUMS"));

        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var (expected, file) = (line[..64], line[66..]);
            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Assets, file))));
            Assert.True(expected == actual, $"{file} differs from SHA256SUMS: re-run assets/update-assets.sh");
        }
    }

    [Fact]
    public void The_bundled_plotly_is_the_version_the_runner_names_and_the_update_script_pins()
    {
        Assert.Contains($"plotly.js v{HtmlAssets.PlotlyJsVersion}", HtmlAssets.PlotlyScript[..200]);
        Assert.Contains($"PLOTLY_VERSION={HtmlAssets.PlotlyJsVersion}", File.ReadAllText(Path.Combine(Assets, "update-assets.sh")));
    }

    [Fact]
    public void KaTeX_fonts_are_inlined_so_math_renders_offline()
    {
        var css = HtmlAssets.KatexStyle;

        Assert.DoesNotContain("url(fonts/", css);
        Assert.Equal(20, css.Split("url(data:font/woff2;base64,").Length - 1);
    }

    [Fact]
    public void Inlining_rewrites_each_font_source_to_one_woff2_data_url()
    {
        const string Css = "@font-face{font-family:A;src:url(fonts/A-Regular.woff2) format(\"woff2\"),url(fonts/A-Regular.woff) format(\"woff\"),url(fonts/A-Regular.ttf) format(\"truetype\")}";

        var inlined = HtmlAssets.InlineFonts(Css, name => name == "A-Regular.woff2" ? [1, 2, 3] : throw new FileNotFoundException(name));

        Assert.Equal("@font-face{font-family:A;src:url(data:font/woff2;base64,AQID) format(\"woff2\")}", inlined);
    }
}
