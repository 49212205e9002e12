using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Optimizers;
using NotebookKit.Tests.Reference;

namespace NotebookKit.Tests.Optimizers;

/// <summary>
/// Every optimizer against torch.optim's own trajectories (Reference/torch_optimizer_reference.json, from
/// tests/reference/make_torch_optimizer_reference.py): 15 steps on a quadratic and on a small network,
/// matched to 1e-10 relative. Values below 1e-6, which come from cancellations such as Adam's first step on a
/// parameter near 0.1 landing near 0, are compared to 1e-16 absolute: rounding in the operands is all that differs.
/// </summary>
public class TorchTrajectoryTests
{
    private const double Relative = 1e-10;

    public static TheoryData<string> Runs()
    {
        var data = new TheoryData<string>();
        foreach (var name in TorchReference.RunNames("quadratic"))
        {
            data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Quadratic_trajectory_matches_torch(string name)
    {
        var run = TorchReference.Run("quadratic", name);
        var optimizer = TorchReference.Optimizer(run);
        var start = TorchReference.Doubles(TorchReference.Root.GetProperty("quadratic").GetProperty("start"));
        var theta = new Parameter("θ", ParameterKind.Weight, MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfColumnArrays(start));
        int step = 0;
        foreach (var expected in run.GetProperty("path").EnumerateArray().Select(TorchReference.Doubles))
        {
            step++;
            // f(x, y) = x²/20 + y², so ∇f = (x/10, 2y), as the script sets it.
            theta.Gradient[0, 0] = theta.Value[0, 0] / 10.0;
            theta.Gradient[1, 0] = 2.0 * theta.Value[1, 0];
            optimizer.Step(new[] { theta });
            for (int i = 0; i < 2; i++)
            {
                AssertRelative(expected[i], theta.Value[i, 0], $"{name} ({TorchReference.Version}), step {step}, coordinate {i}");
            }
        }
        Assert.Equal(TorchReference.Root.GetProperty("steps").GetInt32(), step);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Network_trajectory_matches_torch(string name)
    {
        var network = TorchReference.Root.GetProperty("network");
        var run = TorchReference.Run("network", name);
        var optimizer = TorchReference.Optimizer(run);
        var model = new Model(
            new ILayer[]
            {
                new Dense(1, TorchReference.Matrix(network.GetProperty("W1")), TorchReference.Matrix(network.GetProperty("b1"))),
                new Tanh(1),
                new Dense(2, TorchReference.Matrix(network.GetProperty("W2")), TorchReference.Matrix(network.GetProperty("b2"))),
            },
            new BinaryCrossEntropy());
        var x = TorchReference.Matrix(network.GetProperty("X"));
        var y = TorchReference.Matrix(network.GetProperty("Y"));
        var costs = TorchReference.Doubles(run.GetProperty("costs"));
        var steps = run.GetProperty("parameters").EnumerateArray().ToArray();
        for (int k = 0; k < steps.Length; k++)
        {
            double cost = model.Backpropagate(x, y);
            AssertRelative(costs[k], cost, $"{name}: cost before step {k + 1}");
            optimizer.Step(model.Parameters);
            foreach (var p in model.Parameters)
            {
                var expected = TorchReference.Matrix(steps[k].GetProperty(p.Name));
                for (int i = 0; i < expected.RowCount; i++)
                {
                    for (int j = 0; j < expected.ColumnCount; j++)
                    {
                        AssertRelative(expected[i, j], p.Value[i, j], $"{name} ({TorchReference.Version}): {p.Name}[{i}, {j}] after step {k + 1}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Defaults_are_torch_1_13_defaults()
    {
        var adam = new Adam();
        Assert.Equal((1e-3, 0.9, 0.999, 1e-8, 0.0), (adam.LearningRate, adam.Beta1, adam.Beta2, adam.Epsilon, adam.WeightDecay));
        var adamW = new AdamW();
        Assert.Equal((1e-3, 0.9, 0.999, 1e-8, 1e-2), (adamW.LearningRate, adamW.Beta1, adamW.Beta2, adamW.Epsilon, adamW.WeightDecay));
        var adaGrad = new AdaGrad();
        Assert.Equal((1e-2, 1e-10, 0.0, 0.0, 0.0), (adaGrad.LearningRate, adaGrad.Epsilon, adaGrad.LearningRateDecay, adaGrad.InitialAccumulatorValue, adaGrad.WeightDecay));
        var rmsProp = new RmsProp();
        Assert.Equal((1e-2, 0.99, 1e-8, 0.0, false, 0.0), (rmsProp.LearningRate, rmsProp.Beta, rmsProp.Epsilon, rmsProp.Momentum, rmsProp.Centered, rmsProp.WeightDecay));
        var sgd = new Sgd(0.1);
        Assert.Equal((0.0, 0.0, 0.0, false), (sgd.Momentum, sgd.Dampening, sgd.WeightDecay, sgd.Nesterov));
    }

    private static void AssertRelative(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= Relative * Math.Max(Math.Abs(expected), 1e-6),
            $"{what}: expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2})");
}
