using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>
/// Axes on which one unit of x is as long as one unit of y (plotly's <c>scaleanchor</c>), so that the round bowl
/// x² + y² shows round contours and a path's angles are true. The plot area shrinks to keep the ratio
/// (<c>constrain = "domain"</c>) rather than showing space the picture does not cover. XPlot's axes name neither
/// attribute; they are declared here, named as plotly.js reads them.
/// </summary>
internal static class EqualScaleAxes
{
    public static Xaxis X(string title) => new ConstrainedXaxis { title = title, exponentformat = ChartStyle.ExponentFormat(log: false) };

    public static Yaxis Y(string title) => new AnchoredYaxis { title = title, exponentformat = ChartStyle.ExponentFormat(log: false) };

    private sealed class ConstrainedXaxis : Xaxis
    {
        public string constrain => "domain";
    }

    private sealed class AnchoredYaxis : Yaxis
    {
        public string scaleanchor => "x";

        public double scaleratio => 1;

        public string constrain => "domain";
    }
}
