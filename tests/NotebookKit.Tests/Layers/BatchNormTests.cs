using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Diagnostics;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Tests.Reference;

namespace NotebookKit.Tests.Layers;

/// <summary>
/// Batch normalization: its backward pass against two-sided differences (alone and inside a model), and its forward
/// pass, running averages and gradients against PyTorch's BatchNorm1d in float64
/// (Reference/torch_batchnorm_reference.json, written by tests/reference/make_torch_batchnorm_reference.py).
/// </summary>
public class BatchNormTests
{
    private static readonly Matrix<double> Z = TestData.Randn(21, 4, 7) * 3 + 2;

    private static BatchNorm Layer(int index = 1, double epsilon = BatchNorm.DefaultEpsilon) =>
        new(index, TestData.Randn(22, 4, 1) * 0.5 + 1, TestData.Randn(23, 4, 1), epsilon);

    [Fact]
    public void Training_backward_matches_numerical_gradient()
    {
        var result = GradientCheck.CheckLayer(Layer(), Z, training: true);
        Assert.True(result.Difference < 1e-7, result.ToString());
        Assert.Equal(new[] { "gamma1", "beta1", "input" }, result.Breakdown.Select(p => p.Name));
    }

    [Fact]
    public void Inference_backward_matches_numerical_gradient_after_training_batches()
    {
        var layer = Layer(2);
        layer.Forward(TestData.Randn(24, 4, 5) - 1, training: true);
        layer.Forward(TestData.Randn(25, 4, 6) * 2, training: true);
        var result = GradientCheck.CheckLayer(layer, Z, training: false);
        Assert.True(result.Difference < 1e-7, result.ToString());
        Assert.Equal(new[] { "gamma2", "beta2", "input" }, result.Breakdown.Select(p => p.Name));
    }

    [Fact]
    public void A_backward_pass_without_the_terms_through_the_mean_and_variance_is_caught()
    {
        // dz = γ/√(σ² + ε) · dz̃ is the inference derivative; in training it leaves out how μ and σ² move with z.
        var layer = Layer();
        var output = layer.Forward(Z, training: true);
        var r = TestData.Randn(1, output.RowCount, output.ColumnCount);
        layer.Backward(r);
        var statistics = Z.EnumerateRows().Select(row => Math.Sqrt(row.Select(v => Math.Pow(v - row.Average(), 2)).Average() + layer.Epsilon)).ToArray();
        var naive = r.MapIndexed((i, _, d) => d * layer.Gamma.Value[i, 0] / statistics[i]);
        var check = GradientCheck.Compare(new[] { new CheckedMatrix("input", Z.Clone(), naive) },
            () => layer.Forward(Z, training: true).PointwiseMultiply(r).Enumerate().Sum());
        Assert.Equal(GradientVerdict.Bug, check.Verdict);
    }

    [Theory]
    [InlineData(Activation.Tanh, 0.0)]
    [InlineData(Activation.ReLU, 0.0)]
    [InlineData(Activation.Sigmoid, 0.8)]
    public void A_model_with_batch_normalization_passes_the_gradient_check(Activation hidden, double lambda)
    {
        var model = Model.Build(new[] { 3, 5, 4, 3 }, hidden, new SoftmaxCrossEntropy(), Initializer.He, seed: 3, l2Lambda: lambda, batchNorm: true);
        var x = TestData.Randn(11, 3, 8);
        var result = GradientCheck.Check(model, x, TestData.OneHot(3, 3, 8));
        Assert.True(result.Difference < 1e-7, result.ToString());
        Assert.Equal(new[] { "W1", "gamma1", "beta1", "W2", "gamma2", "beta2", "W3", "b3" }, result.Breakdown.Select(p => p.Name));
    }

    [Fact]
    public void Build_places_batch_normalization_before_each_hidden_activation_and_drops_the_hidden_biases()
    {
        var model = Model.Build(new[] { 3, 5, 4, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3, batchNorm: true);
        Assert.Equal("Model: Dense 1 → BatchNorm 1 → ReLU 1 → Dense 2 → BatchNorm 2 → ReLU 2 → Dense 3 → binary cross-entropy", model.ToString());
        Assert.Equal(new[] { "W1", "gamma1", "beta1", "W2", "gamma2", "beta2", "W3", "b3" }, model.Parameters.Select(p => p.Name));
        Assert.Equal(Matrix<double>.Build.Dense(5, 1, 1.0), model["gamma1"]);
        Assert.Equal(Matrix<double>.Build.Dense(4, 1), model["beta2"]);
        Assert.Throws<KeyNotFoundException>(() => model["b1"]);
        var plain = Model.Build(new[] { 3, 5, 4, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3);
        Assert.Equal(plain["W2"], model["W2"]);
        Assert.Equal(new[] { "W1", "b1", "W2", "b2", "W3", "b3" }, plain.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void A_dense_layer_without_bias_computes_W_times_A_and_has_only_W()
    {
        var w = TestData.Randn(2, 3, 4);
        var dense = new Dense(1, w, bias: null);
        Assert.Equal(new[] { "W1" }, dense.Parameters.Select(p => p.Name));
        var a = TestData.Randn(4, 4, 6);
        Assert.True((dense.Forward(a, training: true) - w * a).Enumerate().All(v => Math.Abs(v) < 1e-14));
        var result = GradientCheck.CheckLayer(dense, a);
        Assert.True(result.Difference < 1e-7, result.ToString());
        Assert.Equal(new[] { "W1", "input" }, result.Breakdown.Select(p => p.Name));
    }

    [Fact]
    public void With_gamma_one_and_beta_zero_each_unit_has_mean_zero_and_variance_one_over_the_batch()
    {
        var output = new BatchNorm(1, 4).Forward(Z, training: true);
        foreach (var row in output.EnumerateRows())
        {
            Assert.Equal(0, row.Average(), 12);
            Assert.Equal(1, row.Select(v => v * v).Average(), 4);   // σ²/(σ² + ε), ε = 1e-5
        }
    }

    [Fact]
    public void One_example_in_training_is_refused_and_allowed_at_inference()
    {
        var layer = new BatchNorm(3, 4);
        var error = Assert.Throws<ArgumentException>(() => layer.Forward(Z.SubMatrix(0, 4, 0, 1), training: true));
        Assert.Contains("BatchNorm 3", error.Message);
        Assert.Contains("at least 2 examples", error.Message);
        var single = layer.Forward(Z.SubMatrix(0, 4, 0, 1), training: false);
        Assert.Equal(Z.SubMatrix(0, 4, 0, 1) / Math.Sqrt(1 + BatchNorm.DefaultEpsilon), single);   // μ_run = 0, σ²_run = 1 before training
    }

    [Fact]
    public void Bad_shapes_and_settings_are_reported_by_name()
    {
        var wrongRows = Assert.Throws<ArgumentException>(() => new BatchNorm(2, 3).Forward(Z, training: true));
        Assert.Contains("gamma2 has 3 rows", wrongRows.Message);
        Assert.Contains("(4, 7)", wrongRows.Message);
        var wrongBeta = Assert.Throws<ArgumentException>(() => new BatchNorm(1, Matrix<double>.Build.Dense(3, 1), Matrix<double>.Build.Dense(2, 1)));
        Assert.Contains("beta1 should have shape (3, 1)", wrongBeta.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchNorm(1, 3, epsilon: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchNorm(1, 3, averagingWeight: 1));
        Assert.Throws<InvalidOperationException>(() => new BatchNorm(1, 4).Backward(Z));
    }

    public static TheoryData<string> TorchCases() => new(TorchCaseNames());

    [Theory]
    [MemberData(nameof(TorchCases))]
    public void Training_batches_match_torch_output_running_averages_and_gradients(string name)
    {
        var reference = TorchCase(name);
        var torchLayout = Layer(reference, unbiasedRunningVariance: true);
        var courseLayout = Layer(reference, unbiasedRunningVariance: false);
        foreach (var step in reference.GetProperty("training").EnumerateArray())
        {
            var z = M(step, "Z");
            AssertClose(M(step, "Ztilde"), torchLayout.Forward(z, training: true), name);
            AssertClose(M(step, "runningMean"), torchLayout.RunningMean, name);
            AssertClose(M(step, "runningVariance"), torchLayout.RunningVariance, name);
            AssertGradients(step, torchLayout, name);
            courseLayout.Forward(z, training: true);
            AssertClose(M(step, "runningMean"), courseLayout.RunningMean, name);
            AssertClose(M(step, "runningBiasedVariance"), courseLayout.RunningVariance, name);
        }
        var inference = reference.GetProperty("inference");
        AssertClose(M(inference, "Ztilde"), torchLayout.Forward(M(inference, "Z"), training: false), name);
        AssertGradients(inference, torchLayout, name);
    }

    [Fact]
    public void The_reference_file_says_where_it_came_from_and_covers_the_conventions()
    {
        var root = BatchNormReference.Value.RootElement;
        Assert.Equal("tests/reference/make_torch_batchnorm_reference.py", root.GetProperty("generatedBy").GetString());
        Assert.StartsWith("1.13", root.GetProperty("torch").GetString());
        var cases = root.GetProperty("cases").EnumerateArray().ToList();
        Assert.Contains(cases, c => c.GetProperty("momentum").GetDouble() != 0.1 && c.GetProperty("eps").GetDouble() != 1e-5);
        Assert.All(cases, c => Assert.Equal(1 - c.GetProperty("momentum").GetDouble(), c.GetProperty("averagingWeight").GetDouble(), 15));
    }

    private static readonly Lazy<JsonDocument> BatchNormReference = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "torch_batchnorm_reference.json"))));

    private static IEnumerable<string> TorchCaseNames() =>
        BatchNormReference.Value.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("name").GetString()!);

    private static JsonElement TorchCase(string name) =>
        BatchNormReference.Value.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static Matrix<double> M(JsonElement element, string property) => ReferenceValues.Matrix(element.GetProperty(property));

    /// <summary>The kit's layer for a torch case: torch's momentum is 1 − β_avg.</summary>
    private static BatchNorm Layer(JsonElement reference, bool unbiasedRunningVariance) => new(
        1, M(reference, "gamma"), M(reference, "beta"), reference.GetProperty("eps").GetDouble(),
        averagingWeight: 1 - reference.GetProperty("momentum").GetDouble(), unbiasedRunningVariance);

    private static void AssertGradients(JsonElement step, BatchNorm layer, string name)
    {
        AssertClose(M(step, "dZ"), layer.Backward(M(step, "R")), name);
        AssertClose(M(step, "dgamma"), layer.Gamma.Gradient, name);
        AssertClose(M(step, "dbeta"), layer.Beta.Gradient, name);
    }

    /// <summary>Equal to torch's float64 result up to the rounding of a different order of sums.</summary>
    private static void AssertClose(Matrix<double> expected, Matrix<double> actual, string name)
    {
        Assert.Equal((expected.RowCount, expected.ColumnCount), (actual.RowCount, actual.ColumnCount));
        double worst = (expected - actual).Enumerate().Max(Math.Abs);
        Assert.True(worst < 1e-12, $"{name}: largest difference from torch {worst:E2}");
    }
}
