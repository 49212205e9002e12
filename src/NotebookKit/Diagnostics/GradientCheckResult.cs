using System.Globalization;
using System.Text;
using NotebookKit.Display;

namespace NotebookKit.Diagnostics;

/// <summary>The verdict bands of a gradient check's relative difference d.</summary>
public enum GradientVerdict
{
    /// <summary>d &lt; 1e-7: backprop is right.</summary>
    Correct,

    /// <summary>1e-7 ≤ d &lt; 1e-5: very probably right (roundoff, or a kink of ReLU near a probe).</summary>
    ProbablyCorrect,

    /// <summary>1e-5 ≤ d ≤ 1e-3: look closer at the parameter with the largest difference.</summary>
    LookCloser,

    /// <summary>d &gt; 1e-3: almost surely a bug in backprop.</summary>
    Bug,
}

/// <summary>The relative difference of one parameter's gradient.</summary>
/// <param name="Name">The parameter, e.g. <c>W2</c>.</param>
/// <param name="Difference">‖g − g̃‖₂ / (‖g‖₂ + ‖g̃‖₂) over this parameter's entries.</param>
/// <param name="MaxAbsoluteError">The largest |g_i − g̃_i| among its entries.</param>
/// <param name="Count">How many entries it has.</param>
public sealed record ParameterCheck(string Name, double Difference, double MaxAbsoluteError, int Count);

/// <summary>The outcome of a gradient check: the overall relative difference, its verdict, and a per-parameter breakdown.</summary>
public sealed class GradientCheckResult
{
    /// <summary>Creates a result.</summary>
    public GradientCheckResult(double difference, double epsilon, IReadOnlyList<ParameterCheck> breakdown)
    {
        Difference = difference;
        Epsilon = epsilon;
        Breakdown = breakdown;
    }

    /// <summary>The relative difference over the whole θ.</summary>
    public double Difference { get; }

    /// <summary>The ε of the two-sided differences.</summary>
    public double Epsilon { get; }

    /// <summary>One line per parameter, in θ's order.</summary>
    public IReadOnlyList<ParameterCheck> Breakdown { get; }

    /// <summary>The parameter whose gradient is furthest off.</summary>
    public ParameterCheck Worst => Breakdown.MaxBy(p => p.Difference)!;

    /// <summary>The band <see cref="Difference"/> falls in.</summary>
    public GradientVerdict Verdict => Classify(Difference);

    /// <summary>The band of a relative difference: 1e-7, 1e-5 and 1e-3 are the course's landmarks.</summary>
    public static GradientVerdict Classify(double difference) => difference switch
    {
        < 1e-7 => GradientVerdict.Correct,
        < 1e-5 => GradientVerdict.ProbablyCorrect,
        <= 1e-3 => GradientVerdict.LookCloser,
        _ => GradientVerdict.Bug,
    };

    /// <summary>A sentence a student can act on.</summary>
    public string Message => Verdict switch
    {
        GradientVerdict.Correct => "Your backward propagation works: the gradients agree with the two-sided differences.",
        GradientVerdict.ProbablyCorrect => "Very probably right; such a difference comes from roundoff or a ReLU kink.",
        GradientVerdict.LookCloser => $"Look closer: {Worst.Name} differs most from its numerical gradient.",
        _ => $"There is almost surely a mistake in the backward propagation: check d{Worst.Name} first.",
    };

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"relative difference = {Show.Number(Difference)} (ε = {Show.Number(Epsilon)}) → {Verdict}: {Message}");
        text.AppendLine("parameter   entries   relative difference   max |g − g̃|");
        foreach (var p in Breakdown)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{p.Name,-9} {p.Count,9}   {Show.Number(p.Difference),19}   {Show.Number(p.MaxAbsoluteError),11}");
        }
        return text.ToString();
    }
}
