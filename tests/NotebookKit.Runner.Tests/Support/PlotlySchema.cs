using System.Text.Json.Nodes;
using PuppeteerSharp;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>
/// plotly.js's own check of figures, <c>Plotly.validate(data, layout)</c>, run with the plotly.js the pages embed in
/// headless Chromium (see <see cref="Chromium"/>).
/// </summary>
public static class PlotlySchema
{
    /// <summary>Every problem plotly.js finds in <paramref name="figures"/>, each prefixed with the figure's name.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IReadOnlyList<(string Name, JsonNode Figure)> figures)
    {
        using var folder = new TempFolder();
        await using var browser = await Chromium.LaunchAsync(folder.File("profile"));
        await using var page = await browser.NewPageAsync();
        await page.AddScriptTagAsync(new AddTagOptions { Path = Path.Combine(Repository.Root, "src", "NotebookKit.Runner", "assets", "plotly", "plotly.min.js") });
        var named = new JsonArray(figures.Select(figure => (JsonNode)new JsonArray(figure.Name, figure.Figure.DeepClone())).ToArray());
        return await page.EvaluateFunctionAsync<string[]>("""
            (figures) => figures.flatMap(([name, figure]) =>
                (Plotly.validate(figure.data, figure.layout) || []).map(problem => name + ": " + problem.msg))
            """, named);
    }
}
