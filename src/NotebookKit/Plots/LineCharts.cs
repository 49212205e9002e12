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
    /// <paramref name="yRange"/> fixes the cost axis (linear axis only), e.g. so that rare spikes of the raw curve do not
    /// squeeze the smoothed one: plotly otherwise fits the axis to every point.
    /// </summary>
    public static PlotlyChart CostCurves(
        IEnumerable<Series> runs, string title, string xTitle = "iteration", string yTitle = "cost",
        bool logY = false, int smoothing = 1, (double Min, double Max)? yRange = null)
    {
        if (yRange is { } range && (logY || !(range.Min < range.Max)))
        {
            throw new ArgumentException("yRange fixes a linear cost axis: pass (min, max) with min < max, and logY: false.", nameof(yRange));
        }
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
        var layout = ChartStyle.Layout(title, xTitle, yTitle, logY: logY);
        if (yRange is { } fixedRange)
        {
            layout.yaxis.range = new[] { fixedRange.Min, fixedRange.Max };
        }
        return Plot(traces, layout);
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
        IEnumerable<Series> schedules, string title, string xTitle = "epoch", string yTitle = "learning rate α", bool logY = false, bool steps = false) =>
        Lines(schedules, title, xTitle, yTitle, logY, steps: steps);

    /// <summary>
    /// Any family of curves on one set of axes, e.g. a gradient norm per layer for several networks; either axis may be
    /// logarithmic; <paramref name="yFromZero"/> starts a linear vertical axis at 0, so heights compare as ratios; the
    /// first <paramref name="faint"/> series are drawn faint, e.g. a noisy curve under the averages drawn over it;
    /// <paramref name="steps"/> holds each value until the next point (plotly's line shape "hv") instead of a ramp.
    /// </summary>
    public static PlotlyChart Lines(
        IEnumerable<Series> series, string title, string xTitle, string yTitle, bool logY = false, bool logX = false, bool yFromZero = false, int faint = 0,
        bool steps = false)
    {
        var traces = series.Select((s, index) =>
        {
            s.Validate();
            var line = Line(s, ChartStyle.Color(index), opacity: index < faint ? 0.3 : 1.0);
            if (steps)
            {
                line.line.shape = "hv";
            }
            return (Trace)line;
        }).ToList();
        var layout = ChartStyle.Layout(title, xTitle, yTitle, logX, logY);
        if (yFromZero && !logY)
        {
            layout.yaxis.rangemode = "tozero";
        }
        return Plot(traces, layout);
    }

    /// <summary>
    /// Several groups of runs (e.g. one optimizer over several seeds), each drawn as its mean curve with a shaded band
    /// from the lowest to the highest run at each point; every curve is first smoothed by a trailing moving average of
    /// <paramref name="smoothing"/> points. The runs of a group share their X.
    /// </summary>
    public static PlotlyChart MeanAndSpread(
        IEnumerable<(string Name, IReadOnlyList<Series> Runs)> groups, string title, string xTitle, string yTitle,
        bool logY = false, int smoothing = 1)
    {
        var traces = new List<Trace>();
        foreach (var ((name, runs), index) in groups.Select((group, index) => (group, index)))
        {
            if (runs.Count == 0)
            {
                throw new ArgumentException($"The group \"{name}\" has no runs.");
            }
            var smoothed = runs.Select(run =>
            {
                run.Validate();
                return smoothing > 1 ? run.Smoothed(smoothing) : run;
            }).ToList();
            var x = smoothed[0].X;
            if (smoothed.Any(run => run.X.Count != x.Count))
            {
                throw new ArgumentException($"The runs of \"{name}\" have different lengths: a mean and a spread need the same points.");
            }
            var at = Enumerable.Range(0, x.Count).ToList();
            var low = new Series($"{name}, lowest", x, at.Select(i => smoothed.Min(run => run.Y[i])).ToList()).Thinned(MaxPoints);
            var high = new Series($"{name}, highest", x, at.Select(i => smoothed.Max(run => run.Y[i])).ToList()).Thinned(MaxPoints);
            string color = ChartStyle.Color(index);
            traces.Add(new Scatter
            {
                name = $"{name}: lowest to highest of {runs.Count}",
                x = high.X.Concat(low.X.Reverse()).ToArray(),
                y = high.Y.Concat(low.Y.Reverse()).ToArray(),
                mode = "lines",
                fill = "toself",
                fillcolor = color,
                opacity = 0.25,
                line = new Line { color = color, width = 0 },
                hoverinfo = "skip",
                showlegend = false,
            });
            traces.Add(Line(new Series($"{name}, mean of {runs.Count}", x, at.Select(i => smoothed.Average(run => run.Y[i])).ToList()), color));
        }
        return Plot(traces, ChartStyle.Layout(title, xTitle, yTitle, logY: logY));
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
