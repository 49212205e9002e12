using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Optimizers;

namespace NotebookKit.Tests.Reference;

/// <summary>
/// Reads Reference/torch_optimizer_reference.json, written by tests/reference/make_torch_optimizer_reference.py
/// with Debian's PyTorch 1.13 in float64 (the version is recorded in the file).
/// </summary>
internal static class TorchReference
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "torch_optimizer_reference.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static string Version => $"torch {Root.GetProperty("torch").GetString()}";

    public static JsonElement Run(string problem, string name) =>
        Root.GetProperty(problem).GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);

    public static IEnumerable<string> RunNames(string problem) =>
        Root.GetProperty(problem).GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("name").GetString()!);

    public static double[] Doubles(JsonElement list) => list.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static Matrix<double> Matrix(JsonElement rows) => ReferenceValues.Matrix(rows);

    /// <summary>
    /// The kit's optimizer for a torch.optim class and its keyword arguments. A keyword torch was not given
    /// takes torch 1.13's default, written here; a separate test checks that the kit's defaults are the same.
    /// </summary>
    public static IOptimizer Optimizer(JsonElement run)
    {
        var kwargs = run.GetProperty("kwargs");
        double D(string key, double torchDefault) => kwargs.TryGetProperty(key, out var v) ? v.GetDouble() : torchDefault;
        bool B(string key) => kwargs.TryGetProperty(key, out var v) && v.GetBoolean();
        double[] betas = kwargs.TryGetProperty("betas", out var b) ? Doubles(b) : new[] { 0.9, 0.999 };
        return run.GetProperty("optimizer").GetString() switch
        {
            "SGD" => new Sgd(D("lr", double.NaN), D("momentum", 0), D("dampening", 0), D("weight_decay", 0), B("nesterov")),
            "Adagrad" => new AdaGrad(D("lr", 1e-2), D("eps", 1e-10), D("lr_decay", 0), D("initial_accumulator_value", 0), D("weight_decay", 0)),
            "RMSprop" => new RmsProp(D("lr", 1e-2), D("alpha", 0.99), D("eps", 1e-8), D("momentum", 0), B("centered"), D("weight_decay", 0)),
            "Adam" => new Adam(D("lr", 1e-3), betas[0], betas[1], D("eps", 1e-8), D("weight_decay", 0)),
            "AdamW" => new AdamW(D("lr", 1e-3), betas[0], betas[1], D("eps", 1e-8), D("weight_decay", 1e-2)),
            var other => throw new InvalidOperationException($"No mapping for torch.optim.{other}."),
        };
    }
}
