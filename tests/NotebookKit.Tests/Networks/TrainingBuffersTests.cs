using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Networks;

/// <summary>
/// The training path reuses buffers; what a caller holds is never overwritten, the numbers are those of the public
/// layer-by-layer path, and an iteration allocates nothing once the model has seen its batch sizes. The allocation
/// counts run alone (see <see cref="AllocationCounting"/>).
/// </summary>
[Collection(nameof(AllocationCounting))]
public class TrainingBuffersTests
{
    private static Model SoftmaxModel(int seed = 3) =>
        Model.Build(new[] { 20, 16, 8, 3 }, Activation.ReLU, new SoftmaxCrossEntropy(), Initializer.He, seed);

    [Fact]
    public void Results_a_caller_holds_are_not_overwritten_by_training()
    {
        var x = TestData.Randn(1, 20, 64);
        var y = TestData.OneHot(2, 3, 64);
        var model = SoftmaxModel();
        var output = model.Forward(x);
        var logits = model.Logits(x);
        var predictions = model.Predict(x);
        var layerOutput = model.Layers[0].Forward(x, training: true);
        var (outputCopy, logitsCopy, predictionsCopy, layerCopy) = (output.Clone(), logits.Clone(), predictions.Clone(), layerOutput.Clone());

        Trainer.Fit(model, x, y, new Adam(0.01), new FitOptions { Epochs = 3, BatchSize = 16 });
        model.Backpropagate(x, y);

        Assert.Equal(outputCopy, output);
        Assert.Equal(logitsCopy, logits);
        Assert.Equal(predictionsCopy, predictions);
        Assert.Equal(layerCopy, layerOutput);
        Assert.NotSame(model.Forward(x), model.Forward(x));
        Assert.NotEqual(logitsCopy, model.Logits(x));
    }

    [Fact]
    public void Backpropagate_gives_the_numbers_of_the_public_layer_by_layer_path()
    {
        var x = TestData.Randn(4, 20, 50);
        var y = TestData.OneHot(5, 3, 50);
        var buffered = SoftmaxModel();
        var reference = SoftmaxModel();
        for (int step = 0; step < 3; step++)
        {
            double cost = buffered.Backpropagate(x, y);

            var a = x;
            foreach (var layer in reference.Layers)
            {
                a = layer.Forward(a, training: true);
            }
            Assert.Equal(reference.Loss.Cost(a, y), cost);
            var gradient = reference.Loss.Gradient(a, y);
            Assert.Equal((reference.Loss.Output(a) - y) / 50, gradient);
            for (int i = reference.Layers.Count - 1; i >= 0; i--)
            {
                gradient = reference.Layers[i].Backward(gradient);
            }
            foreach (var p in reference.Parameters)
            {
                Assert.Equal(p.Gradient, buffered[p.GradientName]);
            }
            new Sgd(0.1).Step(buffered.Parameters);
            new Sgd(0.1).Step(reference.Parameters);
        }
    }

    [Fact]
    public void Each_loss_gradient_is_MathNets_A_minus_Y_over_m()
    {
        var logits = TestData.Randn(6, 3, 7);
        var oneHot = TestData.OneHot(7, 3, 7);
        var binary = TestData.BinaryLabels(8, 7);
        var softmax = new SoftmaxCrossEntropy();
        Assert.Equal((softmax.Output(logits) - oneHot) / 7, softmax.Gradient(logits, oneHot));
        var bce = new BinaryCrossEntropy();
        var row = logits.SubMatrix(0, 1, 0, 7);
        Assert.Equal((bce.Output(row) - binary) / 7, bce.Gradient(row, binary));
        var mse = new MeanSquaredError();
        Assert.Equal((logits - oneHot) / 7, mse.Gradient(logits, oneHot));
    }

    [Fact]
    public void A_training_iteration_allocates_nothing_once_the_batch_sizes_were_seen()
    {
        var x = TestData.Randn(9, 20, 80);
        var y = TestData.OneHot(10, 3, 80);
        var (full, rest) = (x.SubMatrix(0, 20, 0, 50), x.SubMatrix(0, 20, 50, 30));
        var (fullY, restY) = (y.SubMatrix(0, 3, 0, 50), y.SubMatrix(0, 3, 50, 30));
        // Many fresh models, so that a rare allocation (one in a few thousand iterations) is caught, not left to chance.
        var allocated = new long[100];
        for (int run = 0; run < allocated.Length; run++)
        {
            var model = SoftmaxModel();
            var adam = new Adam(0.01);
            void Iteration()
            {
                model.Backpropagate(full, fullY);
                adam.Step(model.Parameters);
                model.Backpropagate(rest, restY);
                adam.Step(model.Parameters);
            }
            Iteration();
            Iteration();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 50; i++)
            {
                Iteration();
            }
            allocated[run] = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.Equal(new long[allocated.Length], allocated);
    }

    [Fact]
    public void Gradient_descent_allocates_nothing_per_iteration()
    {
        var x = TestData.Randn(1, 2, 300);
        var y = TestData.BinaryLabels(2, 300);
        var model = Model.Build(new[] { 2, 10, 5, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, seed: 3);
        GradientDescent.Train(model, x, y, 0.01, 100);
        long Allocated(int iterations)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            GradientDescent.Train(model, x, y, 0.01, iterations, recordEvery: 1000);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        long short_ = Allocated(100), long_ = Allocated(1100);
        // 1000 more iterations record one more cost point (a list entry) and nothing else.
        Assert.True(long_ - short_ < 256, $"{long_ - short_} bytes for 1000 more iterations");
    }
}
