using System.Globalization;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using NotebookKit.Layers;
using NotebookKit.Networks;

namespace NotebookKit.Diagnostics;

/// <summary>
/// How one layer's activations A[l] are spread: mean, standard deviation, the share of saturated units
/// (sigmoid: a &lt; 0.01 or a &gt; 0.99; tanh: |a| &gt; 0.99, where the gradient g′(z) is nearly 0) or of dead
/// units (ReLU: a = 0 exactly, where g′(z) = 0), and a histogram. Healthy layers keep a spread-out
/// distribution; collapsed (std ≈ 0) or saturated ones stop learning — the picture of
/// "activation distribution by initialization".
/// </summary>
public sealed class ActivationStatistics
{
    /// <summary>A sigmoid unit is saturated below this value or above 1 minus it; a tanh unit beyond ±(1 − it).</summary>
    public const double SaturationMargin = 0.01;

    /// <summary>The number of histogram bins by default, as in the book's experiment.</summary>
    public const int DefaultBins = 30;

    private ActivationStatistics(string layer, Activation activation, int count, double mean, double std, double spreadAcrossExamples, double? saturated, double? dead, Histogram histogram)
    {
        SpreadAcrossExamples = spreadAcrossExamples;
        Layer = layer;
        Activation = activation;
        Count = count;
        Mean = mean;
        StandardDeviation = std;
        FractionSaturated = saturated;
        FractionDead = dead;
        Histogram = histogram;
    }

    /// <summary>The layer's name, e.g. <c>Sigmoid 2</c>.</summary>
    public string Layer { get; }

    /// <summary>The activation function g.</summary>
    public Activation Activation { get; }

    /// <summary>How many values (units × examples).</summary>
    public int Count { get; }

    /// <summary>The mean of all values, <c>(1/N) Σ a</c>.</summary>
    public double Mean { get; }

    /// <summary>The population standard deviation, <c>√((1/N) Σ (a − mean)²)</c>.</summary>
    public double StandardDeviation { get; }

    /// <summary>
    /// How much a unit's activation varies from example to example: each unit's population standard deviation over the
    /// examples (a row of A[l]), as a root mean square over the units, <c>√((1/n) Σᵢ Varⱼ(a[i, j]))</c>. Unlike
    /// <see cref="StandardDeviation"/>, it ignores how the units differ from each other, which the weights fix whatever the
    /// input: it is the spread of the signal about the input.
    /// </summary>
    public double SpreadAcrossExamples { get; }

    /// <summary>The share of saturated values (sigmoid and tanh); null for ReLU-like activations.</summary>
    public double? FractionSaturated { get; }

    /// <summary>The share of values exactly 0 (ReLU); null for the others.</summary>
    public double? FractionDead { get; }

    /// <summary>The histogram of the values.</summary>
    public Histogram Histogram { get; }

    /// <summary>
    /// Statistics of one activation matrix. The histogram range defaults to the activation's range: (0, 1)
    /// for sigmoid, (−1, 1) for tanh, and (0, max a) for ReLU and leaky ReLU (or (min a, max a) when values are negative).
    /// </summary>
    /// <param name="layer">A name for the layer.</param>
    /// <param name="activations">A[l], units × examples.</param>
    /// <param name="activation">The activation g that produced it.</param>
    /// <param name="bins">The number of histogram bins.</param>
    /// <param name="histogramRange">An explicit histogram range, e.g. (0, 1) for every layer as in the book.</param>
    /// <param name="histogramOfNonZero">
    /// Counts only the values that are not exactly 0 in the histogram, so that ReLU's spike of zeros (about half of the
    /// values) does not flatten the rest; <see cref="FractionDead"/> still reports the zeros.
    /// </param>
    public static ActivationStatistics Of(string layer, Matrix<double> activations, Activation activation, int bins = DefaultBins, (double Min, double Max)? histogramRange = null, bool histogramOfNonZero = false)
    {
        ArgumentNullException.ThrowIfNull(activations);
        double[] values = activations.ToColumnMajorArray();
        if (values.Length == 0)
        {
            throw new ArgumentException($"{layer}: the activation matrix is empty; pass A[l] with at least one unit and one example.", nameof(activations));
        }
        int n = values.Length;
        double mean = values.Sum() / n;
        double std = Math.Sqrt(values.Sum(a => (a - mean) * (a - mean)) / n);
        double? saturated = activation switch
        {
            Activation.Sigmoid => values.Count(a => a < SaturationMargin || a > 1 - SaturationMargin) / (double)n,
            Activation.Tanh => values.Count(a => Math.Abs(a) > 1 - SaturationMargin) / (double)n,
            _ => null,
        };
        double? dead = activation == Activation.ReLU ? values.Count(a => a == 0) / (double)n : null;
        double spreadAcrossExamples = Math.Sqrt(activations.EnumerateRows().Average(row =>
        {
            double unitMean = row.Average();
            return row.Select(a => (a - unitMean) * (a - unitMean)).Average();
        }));
        var (min, max) = histogramRange ?? DefaultRange(activation, values);
        var counted = histogramOfNonZero ? values.Where(a => a != 0).ToArray() : values;
        return new ActivationStatistics(layer, activation, n, mean, std, spreadAcrossExamples, saturated, dead, Histogram.Of(counted, bins, min, max));
    }

    /// <summary>
    /// Runs <paramref name="x"/> forward through <paramref name="model"/> (inference mode: no dropout) and returns
    /// the statistics of every hidden activation layer's output A[1], …, A[L−1], in order.
    /// </summary>
    /// <param name="model">The network.</param>
    /// <param name="x">Examples, features × m.</param>
    /// <param name="bins">The number of histogram bins.</param>
    /// <param name="histogramRange">An explicit histogram range for every layer.</param>
    public static IReadOnlyList<ActivationStatistics> OfModel(Model model, Matrix<double> x, int bins = DefaultBins, (double Min, double Max)? histogramRange = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = new List<ActivationStatistics>();
        var a = x;
        foreach (var layer in model.Layers)
        {
            a = layer.Forward(a, training: false);
            if (layer is ActivationLayer activationLayer)
            {
                result.Add(Of(layer.Name, a, KindOf(activationLayer), bins, histogramRange));
            }
        }
        return result;
    }

    /// <summary>One row per layer: layer, activation, mean, std, fraction saturated, fraction dead.</summary>
    public static DataFrame ToDataFrame(IEnumerable<ActivationStatistics> layers)
    {
        var list = layers.ToList();
        return new DataFrame(
            new StringDataFrameColumn("layer", list.Select(s => s.Layer)),
            new StringDataFrameColumn("activation", list.Select(s => s.Activation.ToString())),
            new DoubleDataFrameColumn("mean", list.Select(s => s.Mean)),
            new DoubleDataFrameColumn("std", list.Select(s => s.StandardDeviation)),
            new DoubleDataFrameColumn("saturated", list.Select(s => s.FractionSaturated)),
            new DoubleDataFrameColumn("dead", list.Select(s => s.FractionDead)));
    }

    /// <summary>The same table as aligned text, percentages for the fractions and "–" where a column does not apply.</summary>
    public static string ToText(IEnumerable<ActivationStatistics> layers)
    {
        var text = new StringBuilder();
        text.AppendLine($"{"layer",-12} {"mean",9} {"std",9} {"saturated",10} {"dead",8}");
        foreach (var s in layers)
        {
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-12} {1,9:0.0000} {2,9:0.0000} {3,10} {4,8}",
                s.Layer, s.Mean, s.StandardDeviation, Percent(s.FractionSaturated), Percent(s.FractionDead)));
        }
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToText(new[] { this }).TrimEnd();

    private static string Percent(double? fraction) =>
        fraction is double f ? (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";

    private static (double, double) DefaultRange(Activation activation, double[] values)
    {
        switch (activation)
        {
            case Activation.Sigmoid:
                return (0, 1);
            case Activation.Tanh:
                return (-1, 1);
            default:
                double min = Math.Min(0, values.Min());
                double max = values.Max();
                return max > min ? (min, max) : (min, min + 1);
        }
    }

    private static Activation KindOf(ActivationLayer layer) => layer switch
    {
        Sigmoid => Activation.Sigmoid,
        Tanh => Activation.Tanh,
        ReLU => Activation.ReLU,
        LeakyReLU => Activation.LeakyReLU,
        _ => throw new ArgumentException($"{layer.Name}: no activation statistics are defined for {layer.GetType().Name}."),
    };
}
