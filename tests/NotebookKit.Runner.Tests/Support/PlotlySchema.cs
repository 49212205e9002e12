using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>
/// plotly.js's own check of figures, <c>Plotly.validate(data, layout)</c>, run with the plotly.js the pages embed in
/// Debian's headless Chromium (the package <c>chromium</c>, which <c>.ci/run</c> installs).
/// </summary>
public static partial class PlotlySchema
{
    /// <summary>Every problem plotly.js finds in <paramref name="figures"/>, each prefixed with the figure's name.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<(string Name, JsonNode Figure)> figures)
    {
        using var folder = new TempFolder();
        var page = folder.File("validate.html");
        var plotly = new Uri(Path.Combine(Repository.Root, "src", "NotebookKit.Runner", "assets", "plotly", "plotly.min.js")).AbsoluteUri;
        var named = new JsonArray(figures.Select(figure => (JsonNode)new JsonArray(figure.Name, figure.Figure.DeepClone())).ToArray());
        File.WriteAllText(page, $$"""
            <!DOCTYPE html>
            <html><head><script src="{{plotly}}"></script></head><body><script>
            var problems = [];
            {{named.ToJsonString()}}.forEach(function (named) {
                (Plotly.validate(named[1].data, named[1].layout) || []).forEach(function (problem) { problems.push(named[0] + ": " + problem.msg); });
            });
            document.body.textContent = JSON.stringify(problems);
            </script></body></html>
            """);
        var dom = DumpDom(page, folder.File("profile"));
        var body = Body().Match(dom);
        Assert.True(body.Success, $"Chromium did not render the validation page:\n{dom[..Math.Min(dom.Length, 2000)]}");
        return JsonSerializer.Deserialize<string[]>(WebUtility.HtmlDecode(body.Groups["text"].Value))!;
    }

    private static string DumpDom(string page, string profile)
    {
        var start = new ProcessStartInfo("chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--dump-dom", new Uri(page).AbsoluteUri])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process chromium;
        try
        {
            chromium = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("Chromium is not installed; the chart checks need it: apt-get install chromium (Debian's package; .ci/run installs it).");
        }

        using (chromium)
        {
            var error = chromium.StandardError.ReadToEndAsync();
            var dom = chromium.StandardOutput.ReadToEnd();
            Assert.True(chromium.WaitForExit(TimeSpan.FromMinutes(2)), "Chromium did not finish within 2 minutes");
            return dom.Length > 0 ? dom : error.Result;
        }
    }

    [GeneratedRegex("<body>(?<text>.*?)</body>", RegexOptions.Singleline)]
    private static partial Regex Body();
}
