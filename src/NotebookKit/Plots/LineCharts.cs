using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>Line charts of several runs on one set of axes: cost curves, learning-rate schedules, any family of curves.</summary>
public static class LineCharts
{
    /// <summary>The most points a line keeps (see <see cref="Series.Thinned"/>): about three per pixel of a chart's width.</summary>
    public const int MaxPoints = 2000;

    /// <summary>
    /// Cost curves of several runs on one chart, optionally on a logarithmic cost axis and smoothed by a
    /// trailing moving average of <paramref name="smoothing"/> points (the raw curve stays, faint).
    /// </summary>
    public static PlotlyChart CostCurves(
        IEnumerable<Series> runs, string title, string xTitle = "iteration", string yTitle = "cost",
        bool logY = false, int smoothing = 1)
    {
        var traces = new List<Trace>();
        foreach (var (run, index) in runs.Select((run, index) => (run, index)))
        {
            run.Validate();
            string color = ChartStyle.Color(index);
            if (smoothing > 1)
            {
                traces.Add(Line(run, color, opacity: 0.3, showLegend: false));
                traces.Add(Line(run.Smoothed(smoothing), color));
            }
            else
            {
                traces.Add(Line(run, color));
            }
        }
        return Plot(traces, ChartStyle.Layout(title, xTitle, yTitle, logY: logY));
    }

    /// <summary>Learning rate against epoch for one or more schedules.</summary>
    /// <param name="schedules">One series per schedule: X the epoch (or a fraction of one), Y the rate.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="xTitle">The horizontal axis's title.</param>
    /// <param name="yTitle">The vertical axis's title.</param>
    /// <param name="logY">A logarithmic rate axis.</param>
    /// <param name="steps">Draw each rate as held until the next point (a step, plotly's line shape "hv") rather than
    /// joined to it by a ramp: a schedule's α is constant from one epoch, or mini-batch, to the next.</param>
    public static PlotlyChart LearningRateSchedule(
        IEnumerable<Series> schedules, string title, string xTitle = "epoch", string yTitle = "learning rate α", bool logY = false, bool steps = false)
    {
        if (!steps)
        {
            return Lines(schedules, title, xTitle, yTitle, logY);
        }
        var traces = schedules.Select((s, index) =>
        {
            s.Validate();
            var line = Line(s, ChartStyle.Color(index));
            line.line.shape = "hv";
            return (Trace)line;
        }).ToList();
        return Plot(traces, ChartStyle.Layout(title, xTitle, yTitle, false, logY));
    }

    /// <summary>Any family of curves on one set of axes, e.g. a gradient norm per layer for several networks; either axis may be logarithmic.</summary>
    public static PlotlyChart Lines(IEnumerable<Series> series, string title, string xTitle, string yTitle, bool logY = false, bool logX = false)
    {
        var traces = series.Select((s, index) =>
        {
            s.Validate();
            return (Trace)Line(s, ChartStyle.Color(index));
        }).ToList();
        return Plot(traces, ChartStyle.Layout(title, xTitle, yTitle, logX, logY));
    }

    private static PlotlyChart Plot(List<Trace> traces, Layout.Layout layout)
    {
        if (traces.Count == 0)
        {
            throw new ArgumentException("There is nothing to plot: pass at least one series.");
        }
        return ChartStyle.Finish(Chart.Plot(traces, layout));
    }

    private static Scatter Line(Series series, string color, double opacity = 1.0, bool showLegend = true)
    {
        var drawn = series.Thinned(MaxPoints);
        return new Scatter
        {
            line = new Line { color = color },
            name = drawn.Name,
            x = drawn.X,
            y = drawn.Y,
            mode = "lines",
            opacity = opacity,
            showlegend = showLegend,
        };
    }
}
