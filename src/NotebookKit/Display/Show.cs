using System.Collections;
using System.Globalization;
using Microsoft.Data.Analysis;

namespace NotebookKit.Display;

/// <summary>
/// Numbers as a reader wants them, the same on every machine: at most 4 significant digits (more only when asked,
/// where the digits are the lesson), the invariant culture whatever the machine's (0.5, never 0,5), and small or large
/// numbers as <c>9.8e-18</c> or <c>1.235e+06</c>, never <c>9.8E-018</c>.
/// <code>
/// Show.Line($"cost after {i} iterations: {cost}, dev accuracy {accuracy:%}");   // cost after 100 iterations: 0.6931, dev accuracy 94.3 %
/// </code>
/// </summary>
public static class Show
{
    /// <summary>The significant digits a number is shown with unless a cell asks for more.</summary>
    public const int SignificantDigits = 4;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// <paramref name="value"/> rounded to <paramref name="significantDigits"/> significant digits, without trailing
    /// zeros: 0.9933333 → "0.9933", 1773.5859 → "1774", 123456.7 → "123457" (whole numbers up to 10⁶ keep their
    /// units), 9.8e-18 → "9.8e-18", 2.96e6 → "2.96e+06".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significantDigits"/> is not 1–17.</exception>
    public static string Number(double value, int significantDigits = SignificantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(significantDigits, 17);
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "-∞";
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= Math.Pow(10, significantDigits) && magnitude < 1e6)
        {
            return Math.Round(value).ToString("0", Invariant);
        }

        var rounded = double.Parse(value.ToString("G" + significantDigits, Invariant), Invariant);
        var shown = Math.Abs(rounded);
        if (rounded == 0 || (shown >= 1e-4 && shown < 1e6))
        {
            return rounded.ToString(Invariant);
        }

        return rounded.ToString("0." + new string('#', significantDigits - 1) + "e+00", Invariant);
    }

    /// <summary>A fraction as a percentage with <paramref name="decimals"/> decimals: 0.94333 → "94.3 %".</summary>
    public static string Percent(double fraction, int decimals = 1) =>
        (fraction * 100).ToString("F" + decimals, Invariant) + " %";

    /// <summary>
    /// The text with every value written invariantly: a <see cref="double"/> or <see cref="float"/> without a format
    /// as <see cref="Number"/>, a list of them as <c>[0.1, 0.2]</c>, <c>{x:%}</c> as <see cref="Percent"/> with one
    /// decimal (<c>{x:%2}</c> with two), any other format (<c>{x:F6}</c>, <c>{x:G17}</c>, <c>{x:R}</c>) as .NET's
    /// invariant culture writes it.
    /// </summary>
    public static string Text(FormattableString text) => text.ToString(ReaderFormat.Instance);

    /// <summary>Writes <see cref="Text"/> of <paramref name="text"/> as a line of the cell's output.</summary>
    public static void Line(FormattableString text) => Console.WriteLine(Text(text));

    /// <summary>
    /// A copy of <paramref name="frame"/> for reading: every column of floating-point numbers becomes a column of their
    /// <see cref="Number"/> texts (empty where a value is missing); other columns are kept.
    /// </summary>
    public static DataFrame Table(DataFrame frame, int significantDigits = SignificantDigits)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columns = frame.Columns.Select(column => column switch
        {
            PrimitiveDataFrameColumn<double> numbers => Texts(column.Name, numbers.Select(value => value is double v ? Number(v, significantDigits) : "")),
            PrimitiveDataFrameColumn<float> numbers => Texts(column.Name, numbers.Select(value => value is float v ? Number(v, significantDigits) : "")),
            _ => column.Clone(),
        });
        return new DataFrame(columns);
    }

    private static StringDataFrameColumn Texts(string name, IEnumerable<string> texts) => new(name, texts);

    private sealed class ReaderFormat : IFormatProvider, ICustomFormatter
    {
        public static readonly ReaderFormat Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => (format, arg) switch
        {
            (null or "", double value) => Number(value),
            (null or "", float value) => Number(value),
            (null or "", IEnumerable<double> values) => "[" + string.Join(", ", values.Select(value => Number(value))) + "]",
            ("%", IConvertible value) => Percent(value.ToDouble(Invariant)),
            (['%', var digit], IConvertible value) when char.IsAsciiDigit(digit) => Percent(value.ToDouble(Invariant), digit - '0'),
            (_, IFormattable value) => value.ToString(format, Invariant),
            (_, IEnumerable values and not string) => "[" + string.Join(", ", values.Cast<object?>().Select(value => Format(format, value, formatProvider))) + "]",
            _ => arg?.ToString() ?? "",
        };
    }
}
