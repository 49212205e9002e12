using Microsoft.Data.Analysis;
using NotebookKit.Runner.Formatting;

namespace NotebookKit.Runner.Tests;

public sealed class TableTextTests
{
    [Fact]
    public void A_data_frame_reads_as_aligned_columns_two_spaces_apart()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("optimizer", new[] { "SGD", "Momentum" }),
            new DoubleDataFrameColumn("x after 30", new[] { -0.3503929957523197, 0.8964138584937322 }));

        Assert.Equal(
            "optimizer  x after 30\n" +
            "SGD        -0.350393\n" +
            "Momentum   0.896414\n",
            TableText.DataFrame(frame).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Long_frames_say_how_many_rows_are_not_shown()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("t", Enumerable.Range(0, TableHtml.MaxRows + 5)));

        Assert.EndsWith("… 5 more rows\n", TableText.DataFrame(frame).ReplaceLineEndings("\n"));
    }
}
