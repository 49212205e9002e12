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
        var best = trials.MaxBy(t => t.Score);
        var traces = new List<Trace>
        {
            new Scatter
            {
                name = "trials",
                x = trials.Select(t => t.X).ToArray(),
                y = trials.Select(t => t.Y).ToArray(),
                text = trials.Select(t => $"{scoreTitle} = {t.Score:G4}").ToArray(),
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
            new Scatter
            {
                name = $"best ({scoreTitle} = {best.Score:G4})",
                x = new[] { best.X },
                y = new[] { best.Y },
                mode = "markers",
                marker = new Marker { symbol = "star", size = 16, color = "red" },
            },
        };
        var layout = ChartStyle.Layout(title, xTitle, yTitle, logX, logY);
        return ChartStyle.Finish(Chart.Plot(traces, layout));
    }
}
