using System.Globalization;
using Microsoft.Data.Analysis;
using NotebookKit.Display;

namespace NotebookKit.Tests.Display;

public sealed class ShowTests
{
    // The numbers the chapters printed in full before (1773.5859549373838, 0.9933333333333333, 9.8E-018), and the edges
    // of the fixed range; expected texts by hand.
    [Theory]
    [InlineData(1773.5859549373838, "1774")]
    [InlineData(0.9933333333333333, "0.9933")]
    [InlineData(9.8e-18, "9.8e-18")]
    [InlineData(-0.38280512, "-0.3828")]
    [InlineData(26.0512, "26.05")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.0, "0")]
    [InlineData(123456.7, "123457")]
    [InlineData(2.96e6, "2.96e+06")]
    [InlineData(0.0001234567, "0.0001235")]
    [InlineData(0.00001234567, "1.235e-05")]
    [InlineData(9.99996, "10")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "∞")]
    public void Number_keeps_four_significant_digits_in_the_invariant_culture(double value, string shown)
    {
        Assert.Equal(shown, InGerman(() => Show.Number(value)));
    }

    [Fact]
    public void Number_keeps_more_digits_when_asked()
    {
        Assert.Equal("0.382805", Show.Number(0.38280512, 6));
        Assert.Equal("1.7864859451590758", Show.Number(1.7864859451590758, 17));
    }

    [Fact]
    public void Text_writes_every_value_for_a_reader_whatever_the_culture()
    {
        double cost = 0.69314718, accuracy = 0.94333;
        int iterations = 12000;
        double[] betas = [0.9, 0.999];

        var text = InGerman(() => Show.Text($"cost after {iterations} iterations: {cost}, dev {accuracy:%}, {accuracy:%2}, β = {betas}, {cost:F2}"));

        Assert.Equal("cost after 12000 iterations: 0.6931, dev 94.3 %, 94.33 %, β = [0.9, 0.999], 0.69", text);
    }

    [Fact]
    public void Table_writes_floating_point_columns_as_their_numbers()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("run", ["a", "b"]),
            new DoubleDataFrameColumn("cost", [0.123456789, null]),
            new Int32DataFrameColumn("epochs", [10, 20]));

        var table = InGerman(() => Show.Table(frame));

        Assert.Equal(["0.1235", ""], table["cost"].Cast<string>());
        Assert.Equal([10, 20], table["epochs"].Cast<int>());
        Assert.Equal(0.123456789, frame["cost"][0]);
    }

    private static T InGerman<T>(Func<T> action)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
