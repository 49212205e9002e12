using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

/// <summary>
/// Bad numbers stop training where they enter: NaN or ±∞ in X or Y is refused with its position, a parameter that
/// becomes non-finite stops training with its name and the iteration, and activations keep a NaN a NaN.
/// </summary>
public class NonFiniteTests
{
    private static (Matrix<double> X, Matrix<double> Y, Model Model) Case()
    {
        var x = TestData.Randn(1, 2, 40);
        var y = TestData.BinaryLabels(2, 40);
        return (x, y, Model.Build(new[] { 2, 4, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3));
    }

    [Fact]
    public void Fit_refuses_a_NaN_in_X_naming_its_position()
    {
        var (x, y, model) = Case();
        x[1, 17] = double.NaN;
        var before = model.CopyParameters();
        var error = Assert.Throws<ArgumentException>(() => Trainer.Fit(model, x, y, new Adam(0.01), new FitOptions { Epochs = 50 }));
        Assert.Contains("Trainer.Fit: X[1, 17] is NaN", error.Message);
        Assert.Contains("example 17", error.Message);
        Assert.All(before, p => Assert.Equal(p.Value, model[p.Key]));
    }

    [Fact]
    public void Fit_refuses_an_infinite_label_and_a_NaN_in_the_dev_set()
    {
        var (x, y, model) = Case();
        var badY = y.Clone();
        badY[0, 3] = double.PositiveInfinity;
        Assert.Contains("Y[0, 3] is Infinity", Assert.Throws<ArgumentException>(() => Trainer.Fit(model, x, badY, new Sgd(0.1))).Message);
        var devX = x.Clone();
        devX[0, 5] = double.NaN;
        var error = Assert.Throws<ArgumentException>(() => Trainer.Fit(model, x, y, new Sgd(0.1), new FitOptions { Dev = (devX, y) }));
        Assert.Contains("the dev set's X[0, 5] is NaN", error.Message);
    }

    [Fact]
    public void GradientDescent_and_Backpropagate_refuse_non_finite_inputs()
    {
        var (x, y, model) = Case();
        x[0, 39] = double.NegativeInfinity;
        Assert.Contains("GradientDescent.Train: X[0, 39] is -Infinity",
            Assert.Throws<ArgumentException>(() => GradientDescent.Train(model, x, y, 0.1, 10)).Message);
        Assert.Contains("Model.Backpropagate: X[0, 39] is -Infinity",
            Assert.Throws<ArgumentException>(() => model.Backpropagate(x, y)).Message);
    }

    [Fact]
    public void A_parameter_that_becomes_NaN_stops_training_with_its_name_and_the_iteration_while_the_cost_is_finite()
    {
        var x = TestData.Randn(1, 2, 40);
        var y = TestData.BinaryLabels(2, 40);
        var gate = new NaNGradientAfter(steps: 3);
        var model = new Model(new ILayer[] { gate, new Dense(1, TestData.Randn(4, 1, 2) * 0.1, Matrix<double>.Build.Dense(1, 1)) }, new BinaryCrossEntropy());
        var error = Assert.Throws<TrainingDivergedException>(() => GradientDescent.Train(model, x, y, 0.1, 100));
        Assert.Equal("g", error.Parameter);
        Assert.Equal(3, error.Iteration);
        Assert.True(double.IsFinite(error.Cost));
        Assert.Contains("g[0, 0] became NaN in the update of iteration 3", error.Message);
        Assert.Contains("smaller learning rate", error.Message);

        var again = new NaNGradientAfter(steps: 2);
        var fitted = new Model(new ILayer[] { again, new Dense(1, TestData.Randn(4, 1, 2) * 0.1, Matrix<double>.Build.Dense(1, 1)) }, new BinaryCrossEntropy());
        var fitError = Assert.Throws<TrainingDivergedException>(() => Trainer.Fit(fitted, x, y, new Adam(0.01), new FitOptions { Epochs = 5, BatchSize = null }));
        Assert.Equal(("g", 2), (fitError.Parameter, fitError.Iteration));
    }

    [Fact]
    public void Activations_keep_NaN_a_NaN_forward_and_backward()
    {
        var z = Matrix<double>.Build.Dense(3, 7, (i, j) => i - j % 4 + 0.5);
        z[1, 5] = double.NaN;
        foreach (var layer in new ActivationLayer[] { new ReLU(1), new LeakyReLU(1), new Sigmoid(1), new Tanh(1) })
        {
            var a = layer.Forward(z, training: true);
            var dz = layer.Backward(Matrix<double>.Build.Dense(3, 7, 1.0));
            for (int j = 0; j < 7; j++)
            {
                for (int i = 0; i < 3; i++)
                {
                    bool bad = i == 1 && j == 5;
                    Assert.True(double.IsNaN(a[i, j]) == bad, $"{layer.Name}: A[{i}, {j}] = {a[i, j]}");
                    Assert.True(double.IsNaN(dz[i, j]) == bad, $"{layer.Name}: dZ[{i}, {j}] = {dz[i, j]}");
                }
            }
        }
    }

    [Fact]
    public void ReLU_is_unchanged_on_finite_numbers()
    {
        var relu = new ReLU(1);
        var z = Matrix<double>.Build.DenseOfColumnMajor(1, 9, new[] { -2.0, -0.0, 0.0, 1e-300, 3.5, -1e-300, 7, -7, 0.25 });
        var a = relu.Forward(z, training: true);
        var dz = relu.Backward(Matrix<double>.Build.Dense(1, 9, -2.0));
        Assert.Equal(new[] { 0.0, 0.0, 0.0, 1e-300, 3.5, 0.0, 7, 0.0, 0.25 }, a.ToColumnMajorArray());
        Assert.All(a.ToColumnMajorArray(), v => Assert.False(double.IsNegative(v), "max(0, z) is never −0"));
        Assert.Equal(new[] { -0.0, -0.0, -0.0, -2.0, -2.0, -0.0, -2.0, -0.0, -2.0 }, dz.ToColumnMajorArray());
    }

    /// <summary>
    /// A layer written against today's ILayer alone (no buffers): output = g·input with a 1 × 1 parameter g, whose
    /// gradient turns NaN after a number of backward steps — a parameter going bad while the cost is still finite.
    /// </summary>
    private sealed class NaNGradientAfter : ILayer
    {
        private readonly Parameter _g = new("g", ParameterKind.Weight, Matrix<double>.Build.Dense(1, 1, 1.0));
        private readonly int _steps;
        private int _backwardSteps;

        public NaNGradientAfter(int steps)
        {
            _steps = steps;
        }

        public string Name => "gate";

        public IReadOnlyList<Parameter> Parameters => new[] { _g };

        public Matrix<double> Forward(Matrix<double> input, bool training) => input * _g.Value[0, 0];

        public Matrix<double> Backward(Matrix<double> outputGradient)
        {
            _g.Gradient[0, 0] = ++_backwardSteps > _steps ? double.NaN : 0.01;
            return outputGradient * _g.Value[0, 0];
        }
    }
}
