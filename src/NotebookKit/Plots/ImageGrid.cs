using MathNet.Numerics.LinearAlgebra;
using XPlot.Plotly;

namespace NotebookKit.Plots;

/// <summary>Grey images side by side, e.g. a few inputs of a network before and after a change of resolution.</summary>
public static class ImageGrid
{
    private const int Gap = 2;

    /// <summary>
    /// Draws rows of grey images (each a matrix of pixel values, row 0 at the top; 0 drawn white and <paramref name="full"/> black, as ink on paper)
    /// as one heatmap with square pixels. A smaller image is enlarged by repeating each pixel, so every image fills the
    /// same square and a 14 × 14 image shows its blocks beside the 28 × 28 one it came from.
    /// </summary>
    /// <param name="rows">The images, row by row; every row has as many images as <paramref name="columnNames"/>.</param>
    /// <param name="columnNames">A name under each column, e.g. the class of the image.</param>
    /// <param name="rowNames">A name beside each row, e.g. "28 × 28".</param>
    /// <param name="title">The chart title.</param>
    /// <param name="full">The pixel value drawn black.</param>
    public static PlotlyChart Plot(
        IReadOnlyList<IReadOnlyList<Matrix<double>>> rows, IReadOnlyList<string> columnNames, IReadOnlyList<string> rowNames,
        string title, double full = 1)
    {
        if (rows.Count == 0 || rows.Count != rowNames.Count || rows.Any(row => row.Count != columnNames.Count || row.Count == 0))
        {
            throw new ArgumentException($"Pass one name per row ({rows.Count} rows, {rowNames.Count} names) and one per column: every row needs {columnNames.Count} images.");
        }
        ChartStyle.RequireTitles(title, "image", "image");
        int side = rows.SelectMany(row => row).Max(image => Math.Max(image.RowCount, image.ColumnCount));
        if (rows.SelectMany(row => row).Any(image => image.RowCount != image.ColumnCount || side % image.RowCount != 0))
        {
            throw new ArgumentException($"Every image must be square, with a side that divides {side}, the largest side.");
        }
        int cell = side + Gap, height = rows.Count * cell - Gap, width = columnNames.Count * cell - Gap;
        var z = new double?[height][];
        for (int y = 0; y < height; y++)
        {
            z[y] = new double?[width];
            for (int x = 0; x < width; x++)
            {
                if (y % cell >= side || x % cell >= side)
                {
                    continue; // the gap between images stays blank
                }
                var image = rows[y / cell][x / cell];
                int scale = side / image.RowCount;
                z[y][x] = image[y % cell / scale, x % cell / scale];
            }
        }
        var centres = (int count) => Enumerable.Range(0, count).Select(k => k * cell + (side - 1) / 2.0).ToArray();
        var layout = new Layout.Layout
        {
            title = title,
            showlegend = false,
            autosize = true,
            xaxis = new Xaxis { tickvals = centres(columnNames.Count), ticktext = columnNames.ToArray(), showgrid = false, zeroline = false, ticks = "" },
            yaxis = new ImageYaxis { autorange = "reversed", tickvals = centres(rows.Count), ticktext = rowNames.ToArray(), showgrid = false, zeroline = false, ticks = "" },
        };
        var heatmap = new Heatmap { z = z, colorscale = "Greys", reversescale = true, zmin = 0, zmax = full, showscale = false, hoverinfo = "z" };
        return ChartStyle.Finish(Chart.Plot(heatmap, layout), height: 120 + 140 * rows.Count);
    }

    /// <summary>A y axis (set to run down, as image rows do) with pixels as tall as they are wide.</summary>
    private sealed class ImageYaxis : Yaxis
    {
        public string scaleanchor => "x";

        public double scaleratio => 1;
    }
}
