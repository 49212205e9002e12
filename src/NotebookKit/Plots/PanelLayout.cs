using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// A layout with up to <see cref="Histograms.MaxPanels"/> x axes side by side sharing one y axis. XPlot's
/// layout names only <c>xaxis</c> and <c>xaxis2</c>; the further axes are declared here, named as plotly.js reads them.
/// </summary>
internal sealed class PanelLayout : Layout.Layout
{
    public PanelLayout(int panels, Layout.Layout style)
    {
        title = style.title;
        showlegend = style.showlegend;
        yaxis = style.yaxis;
        var axes = Enumerable.Range(0, panels).Select(k => new Xaxis
        {
            title = style.xaxis.title,
            domain = new[] { (double)k / panels + 0.01, (k + 1.0) / panels - 0.01 },
            anchor = "y",
        }).Concat(Enumerable.Repeat<Xaxis?>(null, Histograms.MaxPanels - panels)).ToArray();
        xaxis = axes[0]!;
        xaxis2 = axes[1]!;
        xaxis3 = axes[2];
        xaxis4 = axes[3];
        xaxis5 = axes[4];
        xaxis6 = axes[5];
        xaxis7 = axes[6];
        xaxis8 = axes[7];
    }

    public Xaxis? xaxis3 { get; }

    public Xaxis? xaxis4 { get; }

    public Xaxis? xaxis5 { get; }

    public Xaxis? xaxis6 { get; }

    public Xaxis? xaxis7 { get; }

    public Xaxis? xaxis8 { get; }

    // Json.NET consults ShouldSerialize{Name}, as XPlot does for its own properties: unused axes stay out of the page.
    public bool ShouldSerializexaxis3() => xaxis3 is not null;

    public bool ShouldSerializexaxis4() => xaxis4 is not null;

    public bool ShouldSerializexaxis5() => xaxis5 is not null;

    public bool ShouldSerializexaxis6() => xaxis6 is not null;

    public bool ShouldSerializexaxis7() => xaxis7 is not null;

    public bool ShouldSerializexaxis8() => xaxis8 is not null;
}
