using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Optimizers;
using NotebookKit.Randomness;
using NotebookKit.Training;

namespace NotebookKit.Benchmarks;

/// <summary>
/// The work being timed: one epoch of mini-batch Adam (α = 0.001, batch 128) on a 784-H-H-10 ReLU network
/// with a softmax output, over random inputs in [0, 1) and random one-hot labels — shuffle, then for each batch
/// forward, cost, backward and the Adam step. benchmarks/torch_epoch.py does the same in PyTorch.
/// </summary>
public sealed class AdamEpoch
{
    public const int Features = 784, Classes = 10, BatchSize = 128;

    private readonly Matrix<double> _x;
    private readonly Matrix<double> _y;
    private readonly Model _model;
    private readonly Adam _adam = new(0.001);
    private readonly MiniBatch[] _batches;
    private int _epoch;

    public AdamEpoch(int examples, int hidden)
    {
        var random = new NumpyRandomState(0);
        _x = random.Rand(Features, examples);
        _y = Matrix<double>.Build.Dense(Classes, examples);
        for (int j = 0; j < examples; j++)
        {
            _y[(int)(random.RandomSample() * Classes), j] = 1.0;
        }
        _model = Model.Build(new[] { Features, hidden, hidden, Classes }, Activation.ReLU, new SoftmaxCrossEntropy(), Initializer.He, seed: 1);
        _batches = MiniBatches.Allocate(Features, Classes, examples, BatchSize);
    }

    public int Examples => _x.ColumnCount;

    /// <summary>
    /// Trains one epoch as <see cref="Trainer.Fit"/> does (shuffled columns written into the same batch matrices, the
    /// training step, Adam), without Fit's evaluation of the training set, and returns the epoch's mean cost.
    /// </summary>
    public double Run()
    {
        MiniBatches.Fill(_x, _y, new NumpyRandomState(++_epoch).Permutation(Examples), _batches);
        double total = 0;
        foreach (var batch in _batches)
        {
            total += _model.TrainingStep(batch.X, batch.Y) * batch.Size;
            _adam.Step(_model.Parameters);
        }
        return total / Examples;
    }
}
