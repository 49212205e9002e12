// What a chapter's text says of its outputs, held against what its cells computed. The tests send this cell, then the
// chapter's notebooks/claims/NN-topic.csx, then Claims.Report(), to the kernel right after the chapter's own cells.
// Each claim prints a line "✓ «quote» …" or "✗ «quote» …"; the test finds every quote in the chapter's text.

static class Claims
{
    // A number as prose writes it: 26.05, −0.5, 1 265 (a thin or no-break space groups thousands), 1.2e-5, 3.8 × 10⁻¹³, 83.5 %.
    static readonly System.Text.RegularExpressions.Regex QuotedNumber = new(
        @"(?<![\w.])(?<sign>[-−])?(?<digits>\d{1,3}(?:[\u00A0\u2009\u202F ]\d{3})+|\d+)(?:\.(?<decimals>\d+))?" +
        @"(?:e(?<exponent>[-+]?\d+)|\s?×\s?10(?<power>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?(?<percent>\s?%)?(?![\w])");

    static readonly List<string> Failed = new();
    static int count;

    /// <summary>
    /// The text quotes <paramref name="quote"/> (found word for word in a markdown cell); each number in it, in order,
    /// is what the matching value rounds to at the precision quoted: "to 26.05" holds for 26.0512 and not for 26.0449.
    /// A number followed by % is a percentage of a fraction: "83.5 %" holds for 0.8351.
    /// </summary>
    public static void Quote(string quote, params double[] values) =>
        Record(quote, Numbers(quote, values.Length) is { } numbers
            ? numbers.Zip(values, (number, value) => number.Holds(value) ? null : $"{Full(value)} does not round to {number.Text}").FirstOrDefault(problem => problem is not null)
            : $"it has {QuotedNumber.Matches(quote).Count} numbers, {values.Length} values were given", values);

    /// <summary>The text quotes a range, "between 0.3827 and 0.3828": the value lies in it, at the precision quoted.</summary>
    public static void Range(string quote, double value) =>
        Record(quote, Numbers(quote, 2) is [var low, var high]
            ? low.Value - low.Unit / 2 <= value * low.Scale && value * high.Scale <= high.Value + high.Unit / 2 ? null : $"{Full(value)} lies outside {low.Text} … {high.Text}"
            : "a range quotes two numbers", [value]);

    /// <summary>A statement the text makes that is not one number, e.g. an order: "Momentum ends below SGD on every seed".</summary>
    public static void That(string statement, bool holds)
    {
        count++;
        Console.WriteLine(holds ? $"✓ {statement}" : $"✗ {statement}: it does not hold");
        if (!holds)
        {
            Failed.Add($"{statement}: it does not hold");
        }
    }

    /// <summary>Fails the cell, naming every claim that did not hold.</summary>
    public static void Report()
    {
        if (Failed.Count > 0)
        {
            throw new Exception($"{Failed.Count} of {count} claims of the text do not match the output: " + string.Join("; ", Failed));
        }

        Console.WriteLine($"all {count} claims hold");
    }

    static void Record(string quote, string? problem, double[] values)
    {
        count++;
        var shown = string.Join(", ", values.Select(Full));
        Console.WriteLine(problem is null ? $"✓ «{quote}» {shown}" : $"✗ «{quote}» {problem}");
        if (problem is not null)
        {
            Failed.Add($"«{quote}»: {problem}");
        }
    }

    static string Full(double value) => value.ToString("G17", System.Globalization.CultureInfo.InvariantCulture);

    static QuotedValue[]? Numbers(string quote, int expected)
    {
        var matches = QuotedNumber.Matches(quote);
        return matches.Count == expected ? matches.Select(QuotedValue.Of).ToArray() : null;
    }

    sealed record QuotedValue(string Text, double Value, double Unit, double Scale)
    {
        public bool Holds(double value) => Math.Abs(value * Scale - Value) <= Unit / 2 * (1 + 1e-9);

        public static QuotedValue Of(System.Text.RegularExpressions.Match match)
        {
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            var digits = new string(match.Groups["digits"].Value.Where(char.IsAsciiDigit).ToArray());
            var decimals = match.Groups["decimals"].Value;
            var exponent = match.Groups["exponent"].Success ? int.Parse(match.Groups["exponent"].Value, invariant)
                : match.Groups["power"].Success ? int.Parse(string.Concat(match.Groups["power"].Value.Select(c => "⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c) switch { 0 => '-', 1 => '+', var k => (char)('0' + k - 2) })), invariant)
                : 0;
            var sign = match.Groups["sign"].Success ? -1 : 1;
            var value = sign * double.Parse($"{digits}.{(decimals.Length > 0 ? decimals : "0")}e{exponent}", invariant);
            return new QuotedValue(match.Value, value, Math.Pow(10, exponent - decimals.Length), match.Groups["percent"].Success ? 100 : 1);
        }
    }
}
