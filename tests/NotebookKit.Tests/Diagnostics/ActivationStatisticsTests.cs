using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Diagnostics;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Randomness;
using NotebookKit.Tests.Reference;

namespace NotebookKit.Tests.Diagnostics;

public class ActivationStatisticsTests
{
    public static TheoryData<int> Runs() => new() { 0, 1, 2, 3, 4 };

    /// <summary>
    /// The seeded run of Deep Learning from Scratch's weight_init_activation_histogram.py in numpy 1.24.2
    /// (tests/reference/make_numpy_reference.py): same draws, so same means, stds, shares and 30-bin counts.
    /// Means and stds to 1e-12 (the matrix products sum in another order than numpy's BLAS).
    /// </summary>
    [Theory]
    [MemberData(nameof(Runs))]
    public void Experiment_matches_the_books_script_run_in_numpy(int run)
    {
        var reference = ReferenceValues.Root.GetProperty("activationExperiment")[run];
        var activation = Enum.Parse<Activation>(reference.GetProperty("activation").GetString()!);
        var initializer = reference.GetProperty("init").GetString() switch
        {
            "std 1" => Initializer.RandomNormal(1.0),
            "std 0.01" => Initializer.RandomNormal(0.01),
            "Xavier" => Initializer.Xavier,
            "He" => Initializer.He,
            var other => throw new ArgumentException(other),
        };
        var range = reference.GetProperty("range");
        var layers = ActivationExperiment.Run(activation, initializer, new NumpyRandomState(reference.GetProperty("seed").GetInt32()),
            histogramRange: (range[0].GetDouble(), range[1].GetDouble()));
        Assert.Equal(5, layers.Count);
        for (int l = 0; l < 5; l++)
        {
            var expected = reference.GetProperty("layers")[l];
            var actual = layers[l];
            string where = $"{activation} with {initializer}, layer {l + 1}";
            Assert.True(Math.Abs(expected.GetProperty("mean").GetDouble() - actual.Mean) < 1e-12, where);
            Assert.True(Math.Abs(expected.GetProperty("std").GetDouble() - actual.StandardDeviation) < 1e-12, where);
            Assert.Equal(Nullable(expected.GetProperty("saturated")), actual.FractionSaturated);
            Assert.Equal(Nullable(expected.GetProperty("dead")), actual.FractionDead);
            Assert.Equal(expected.GetProperty("counts").EnumerateArray().Select(v => v.GetInt64()), actual.Histogram.Counts);
        }
    }

    [Fact]
    public void The_books_lesson_shows_in_the_numbers()
    {
        var large = ActivationExperiment.Run(Activation.Sigmoid, Initializer.RandomNormal(1.0), new NumpyRandomState(1));
        var tiny = ActivationExperiment.Run(Activation.Sigmoid, Initializer.RandomNormal(0.01), new NumpyRandomState(1));
        var xavier = ActivationExperiment.Run(Activation.Sigmoid, Initializer.Xavier, new NumpyRandomState(1));
        Assert.True(large[4].FractionSaturated > 0.4);
        Assert.True(tiny[4].StandardDeviation < 0.2 * xavier[4].StandardDeviation);
        Assert.True(xavier[4].StandardDeviation > 0.1 && xavier[4].FractionSaturated < 0.01);
    }

    [Fact]
    public void Dead_relu_units_are_the_exact_zeros()
    {
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1, 0, 3 } });
        var stats = ActivationStatistics.Of("ReLU 1", a, Activation.ReLU);
        Assert.Equal(0.5, stats.FractionDead);
        Assert.Null(stats.FractionSaturated);
        Assert.Equal(1.0, stats.Mean);
        Assert.Equal(Math.Sqrt(1.5), stats.StandardDeviation, 15);
        Assert.Equal((0.0, 3.0), (stats.Histogram.Edges[0], stats.Histogram.Edges[^1]));
    }

    [Fact]
    public void Of_model_summarizes_each_hidden_activation()
    {
        var model = Model.Build(new[] { 2, 6, 4, 1 }, Activation.Tanh, new BinaryCrossEntropy(), Initializer.Xavier, seed: 3);
        var x = new NumpyRandomState(0).Randn(2, 50);
        var layers = ActivationStatistics.OfModel(model, x);
        Assert.Equal(new[] { "Tanh 1", "Tanh 2" }, layers.Select(s => s.Layer));
        var a1 = (model.Layers[1] as ActivationLayer)!.Forward(model.Layers[0].Forward(x, false), false);
        Assert.Equal(a1.Enumerate().Average(), layers[0].Mean, 14);
        Assert.Equal(300, layers[0].Count);
        var table = ActivationStatistics.ToDataFrame(layers);
        Assert.Equal(2, table.Rows.Count);
        Assert.Null(table["dead"][0]);
        Assert.Contains("Tanh 2", ActivationStatistics.ToText(layers));
    }

    [Fact]
    public void The_spread_across_examples_leaves_out_how_the_units_differ()
    {
        // By hand: row 1 (1, 3) has variance 1 over the examples, row 2 (10, 10) has 0, so the root mean square is √(1/2);
        // all four entries have mean 6 and variance (25 + 9 + 16 + 16)/4 = 16.5.
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 3 }, { 10, 10 } });
        var statistics = ActivationStatistics.Of("ReLU 1", a, Activation.ReLU);
        Assert.Equal(Math.Sqrt(0.5), statistics.SpreadAcrossExamples, 15);
        Assert.Equal(Math.Sqrt(16.5), statistics.StandardDeviation, 14);
    }

    [Fact]
    public void A_histogram_of_the_non_zero_values_leaves_out_relu_zeros_but_still_counts_them_dead()
    {
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0, 1, 2 } });
        var all = ActivationStatistics.Of("ReLU 1", a, Activation.ReLU, bins: 2);
        var nonZero = ActivationStatistics.Of("ReLU 1", a, Activation.ReLU, bins: 2, histogramOfNonZero: true);
        Assert.Equal(4L, all.Histogram.Counts.Sum());
        Assert.Equal(2L, nonZero.Histogram.Counts.Sum());
        Assert.Equal(0.5, nonZero.FractionDead);
    }

    private static double? Nullable(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
}
