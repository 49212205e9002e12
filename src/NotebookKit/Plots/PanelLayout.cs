using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// A layout of up to <see cref="Histograms.MaxPanels"/> panels that wraps into rows of at most
/// <see cref="PerRow"/>, so that it fits a page's column however many panels there are. Every panel has its own x
/// axis, titled with its series' name; each row has a y axis, and all rows share one scale (plotly's <c>matches</c>).
/// XPlot's layout names only <c>xaxis</c>, <c>xaxis2</c>, <c>yaxis</c> and <c>yaxis2</c>; the further axes are
/// declared here, named as plotly.js reads them.
/// </summary>
internal sealed class PanelLayout : Layout.Layout
{
    /// <summary>The most panels side by side: three of about 200 px in a 640 px chart.</summary>
    public const int PerRow = 3;

    /// <summary>The height of one row of panels, in pixels.</summary>
    public const int RowHeight = 250;

    public PanelLayout(IReadOnlyList<string> panelNames, string title, string xTitle, string yTitle)
    {
        int panels = panelNames.Count, columns = Math.Min(panels, PerRow);
        Rows = (panels + PerRow - 1) / PerRow;
        this.title = title;
        showlegend = false; // each panel's axis names its series
        autosize = true;
        var yAxes = Enumerable.Range(0, Rows).Select(row =>
        {
            double top = 1 - (double)row / Rows, bottom = 1 - (row + 1.0) / Rows;
            return new SharedYaxis
            {
                title = yTitle,
                exponentformat = ChartStyle.ExponentFormat(log: false),
                domain = new[] { bottom + 0.2 / Rows, top - 0.02 / Rows },
                anchor = AxisName("x", row * PerRow),
                matches = row == 0 ? null : "y",
            };
        }).Concat(Enumerable.Repeat<SharedYaxis?>(null, 3 - Rows)).ToArray();
        var xAxes = Enumerable.Range(0, panels).Select(k => new Xaxis
        {
            title = $"{panelNames[k]}: {xTitle}",
            exponentformat = ChartStyle.ExponentFormat(log: false),
            domain = new[] { (double)(k % PerRow) / columns + 0.02, (k % PerRow + 1.0) / columns - 0.02 },
            anchor = AxisName("y", k / PerRow),
        }).Concat(Enumerable.Repeat<Xaxis?>(null, Histograms.MaxPanels - panels)).ToArray();
        // XPlot writes its own axes only once they are set.
        yaxis = yAxes[0]!;
        if (yAxes[1] is { } second)
        {
            yaxis2 = second;
        }
        yaxis3 = yAxes[2];
        xaxis = xAxes[0]!;
        if (xAxes[1] is { } secondX)
        {
            xaxis2 = secondX;
        }
        xaxis3 = xAxes[2];
        xaxis4 = xAxes[3];
        xaxis5 = xAxes[4];
        xaxis6 = xAxes[5];
        xaxis7 = xAxes[6];
        xaxis8 = xAxes[7];
    }

    /// <summary>How many rows the panels wrap into.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public int Rows { get; }

    public Yaxis? yaxis3 { get; }

    public Xaxis? xaxis3 { get; }

    public Xaxis? xaxis4 { get; }

    public Xaxis? xaxis5 { get; }

    public Xaxis? xaxis6 { get; }

    public Xaxis? xaxis7 { get; }

    public Xaxis? xaxis8 { get; }

    /// <summary>The name plotly.js gives the axis of <paramref name="letter"/> with 0-based <paramref name="index"/>: x, x2, x3, …</summary>
    public static string AxisName(string letter, int index) =>
        index == 0 ? letter : FormattableString.Invariant($"{letter}{index + 1}");

    // Json.NET consults ShouldSerialize{Name}, as XPlot does for its own properties: unused axes stay out of the page.
    public bool ShouldSerializeyaxis3() => yaxis3 is not null;

    public bool ShouldSerializexaxis3() => xaxis3 is not null;

    public bool ShouldSerializexaxis4() => xaxis4 is not null;

    public bool ShouldSerializexaxis5() => xaxis5 is not null;

    public bool ShouldSerializexaxis6() => xaxis6 is not null;

    public bool ShouldSerializexaxis7() => xaxis7 is not null;

    public bool ShouldSerializexaxis8() => xaxis8 is not null;

    /// <summary>A y axis that can follow another's range (<c>matches = "y"</c>), so every row reads on one count scale.</summary>
    internal sealed class SharedYaxis : Yaxis
    {
        public string? matches { get; init; }

        public bool ShouldSerializematches() => matches is not null;
    }
}
