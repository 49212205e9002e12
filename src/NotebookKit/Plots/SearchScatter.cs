using NotebookKit.Display;
using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>One trial of a hyperparameter search: two hyperparameters and the dev score they reached.</summary>
/// <param name="X">The first hyperparameter, e.g. the learning rate α.</param>
/// <param name="Y">The second, e.g. β or λ.</param>
/// <param name="Score">The dev score (higher is better), shown as the marker's colour.</param>
public readonly record struct Trial(double X, double Y, double Score);

/// <summary>A hyperparameter search as a scatter on log axes, coloured by dev score, the best trial marked.</summary>
public static class SearchScatter
{
    /// <summary>Plots the trials; axes are logarithmic unless turned off.</summary>
    public static PlotlyChart Plot(
        IReadOnlyList<Trial> trials, string xTitle, string yTitle, string scoreTitle, string title, bool logX = true, bool logY = true)
    {
        if (trials.Count == 0)
        {
            throw new ArgumentException("There are no trials to plot; run the search first.");
        }
        var traces = new List<Trace>
        {
            new Scatter
            {
                name = "trials",
                x = trials.Select(t => t.X).ToArray(),
                y = trials.Select(t => t.Y).ToArray(),
                text = ScoreTexts(trials, scoreTitle),
                mode = "markers",
                marker = new Marker
                {
                    color = trials.Select(t => t.Score).ToArray(),
                    colorscale = "Viridis",
                    showscale = true,
                    size = 9,
                    colorbar = new Colorbar { title = scoreTitle },
                },
            },
            BestTrial(trials, scoreTitle),
        };
        var layout = ChartStyle.Layout(title, xTitle, yTitle, logX, logY);
        return ChartStyle.Finish(Chart.Plot(traces, layout));
    }

    /// <summary>
    /// Several groups of trials on one chart, e.g. the rounds of a coarse-to-fine search: each group with its own marker
    /// symbol (circle, diamond, square, …) and legend entry, all coloured on one dev-score scale, the best trial starred.
    /// </summary>
    public static PlotlyChart PlotGroups(
        IReadOnlyList<(string Name, IReadOnlyList<Trial> Trials)> groups, string xTitle, string yTitle, string scoreTitle, string title,
        bool logX = true, bool logY = true)
    {
        var all = groups.SelectMany(g => g.Trials).ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException("There are no trials to plot; run the search first.");
        }
        string[] symbols = { "circle", "diamond", "square", "triangle-up", "cross" };
        double low = all.Min(t => t.Score), high = all.Max(t => t.Score);
        var traces = new List<Trace>();
        foreach (var ((name, trials), index) in groups.Select((g, i) => (g, i)))
        {
            var marker = new Marker
            {
                color = trials.Select(t => t.Score).ToArray(),
                colorscale = "Viridis",
                cmin = low,
                cmax = high,
                showscale = index == 0,
                symbol = symbols[index % symbols.Length],
                size = 10,
                line = new Line { color = "black", width = 1 },
            };
            if (index == 0)
            {
                // One colour bar for all groups: they share the scale cmin … cmax.
                marker.colorbar = new Colorbar { title = scoreTitle };
            }
            traces.Add(new Scatter
            {
                name = name,
                x = trials.Select(t => t.X).ToArray(),
                y = trials.Select(t => t.Y).ToArray(),
                text = ScoreTexts(trials, scoreTitle),
                mode = "markers",
                marker = marker,
            });
        }
        traces.Add(BestTrial(all, scoreTitle));
        return ChartStyle.Finish(Chart.Plot(traces, ChartStyle.Layout(title, xTitle, yTitle, logX, logY)));
    }

    private static string[] ScoreTexts(IEnumerable<Trial> trials, string scoreTitle) =>
        trials.Select(t => $"{scoreTitle} = {Show.Number(t.Score)}").ToArray();

    /// <summary>The best trial, starred in red.</summary>
    private static Scatter BestTrial(IEnumerable<Trial> trials, string scoreTitle)
    {
        var best = trials.MaxBy(t => t.Score);
        return new Scatter
        {
            name = $"best ({scoreTitle} = {Show.Number(best.Score)})",
            x = new[] { best.X },
            y = new[] { best.Y },
            mode = "markers",
            marker = new Marker { symbol = "star", size = 16, color = "red" },
        };
    }
}
