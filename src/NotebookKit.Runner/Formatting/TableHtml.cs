using System.Globalization;
using System.Net;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;

namespace NotebookKit.Runner.Formatting;

/// <summary>
/// HTML tables for the kit's data: MathNet matrices and vectors, and Microsoft.Data.Analysis data frames.
/// Large ones show their first rows and columns and say how many more there are.
/// </summary>
public static class TableHtml
{
    /// <summary>Rows shown before the rest is summarized.</summary>
    public const int MaxRows = 20;

    /// <summary>Columns shown before the rest is summarized.</summary>
    public const int MaxColumns = 20;

    /// <summary>A matrix as a table with 0-based row and column numbers.</summary>
    public static string Matrix(Matrix<double> matrix) => Table(
        $"{matrix.GetType().Name} {matrix.RowCount}×{matrix.ColumnCount}",
        Enumerable.Range(0, Math.Min(matrix.ColumnCount, MaxColumns)).Select(c => c.ToString(CultureInfo.InvariantCulture)).ToList(),
        matrix.RowCount,
        matrix.ColumnCount,
        (row, column) => Number(matrix[row, column]));

    /// <summary>A vector as a one-column table.</summary>
    public static string Vector(Vector<double> vector) => Table(
        $"{vector.GetType().Name} {vector.Count}",
        ["value"],
        vector.Count,
        1,
        (row, _) => Number(vector[row]));

    /// <summary>A data frame as a table headed by its column names.</summary>
    public static string DataFrame(DataFrame frame) => Table(
        $"DataFrame {frame.Rows.Count} rows × {frame.Columns.Count} columns",
        frame.Columns.Take(MaxColumns).Select(column => column.Name).ToList(),
        frame.Rows.Count,
        frame.Columns.Count,
        (row, column) => Value(frame.Columns[column][row]));

    private static string Table(string caption, IReadOnlyList<string> headers, long rowCount, int columnCount, Func<int, int, string> cell)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"notebookkit-table\"><caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption>");
        html.Append("<thead><tr><th></th>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        html.Append(columnCount > headers.Count ? $"<th>… {columnCount - headers.Count} more</th>" : "").Append("</tr></thead><tbody>");
        var shownRows = (int)Math.Min(rowCount, MaxRows);
        for (var row = 0; row < shownRows; row++)
        {
            html.Append("<tr><th>").Append(row).Append("</th>");
            for (var column = 0; column < headers.Count; column++)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell(row, column))).Append("</td>");
            }

            html.Append(columnCount > headers.Count ? "<td>…</td>" : "").Append("</tr>");
        }

        if (rowCount > shownRows)
        {
            html.Append($"<tr><td colspan=\"{headers.Count + 1 + (columnCount > headers.Count ? 1 : 0)}\">… {rowCount - shownRows} more rows</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A data frame cell as the tables show it: numbers to 6 significant digits, invariant culture.</summary>
    internal static string Value(object? value) => value switch
    {
        null => "null",
        double d => Number(d),
        float f => Number(f),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
