using System.Text;
using Microsoft.Data.Analysis;

namespace NotebookKit.Runner.Formatting;

/// <summary>
/// The plain-text version of a data frame: columns padded to their widest entry and separated by two spaces,
/// the same cells as <see cref="TableHtml"/>, so long numbers never run into each other.
/// </summary>
public static class TableText
{
    /// <summary>The first <see cref="TableHtml.MaxRows"/> rows of <paramref name="frame"/> as aligned text.</summary>
    public static string DataFrame(DataFrame frame)
    {
        var shownRows = (int)Math.Min(frame.Rows.Count, TableHtml.MaxRows);
        var columns = frame.Columns
            .Select(column => new[] { column.Name }.Concat(Enumerable.Range(0, shownRows).Select(row => TableHtml.Value(column[row]))).ToArray())
            .ToList();
        var widths = columns.Select(cells => cells.Max(cell => cell.Length)).ToArray();
        var text = new StringBuilder();
        for (var line = 0; line <= shownRows; line++)
        {
            text.AppendLine(string.Join("  ", columns.Select((cells, k) => cells[line].PadRight(widths[k]))).TrimEnd());
        }

        if (frame.Rows.Count > shownRows)
        {
            text.AppendLine($"… {frame.Rows.Count - shownRows} more rows");
        }

        return text.ToString();
    }
}
