using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Randomness;

namespace NotebookKit.Diagnostics;

/// <summary>
/// The "activation distribution by initialization" experiment of Deep Learning from Scratch, ch. 6
/// (<c>weight_init_activation_histogram.py</c>): 1000 examples of 100 N(0, 1) features pass through 5 layers of
/// 100 units without biases, <c>A[l] = g(W[l]·A[l−1])</c>, and each layer's activations are summarized. With
/// sigmoid, weights of std 1 push the activations to 0 and 1 (saturated: vanishing gradients), std 0.01 makes
/// them collapse around 0.5 (every unit alike: little expressive power), Xavier √(1/n) keeps them spread; with
/// ReLU, He √(2/n) keeps the spread from layer to layer.
/// </summary>
public static class ActivationExperiment
{
    /// <summary>
    /// Draws, in the book's order and as numpy would after <c>np.random.seed</c>: the input
    /// <c>x = randn(examples, units)</c>, then per layer <c>w = randn(units, units) · scale</c> with
    /// <c>scale = initializer.Scale(units, units)</c>. The book computes <c>x·w</c> with examples as rows; the kit keeps
    /// examples as columns, so <c>X = xᵀ</c>, <c>W[l] = wᵀ</c> and <c>A[l] = g(W[l]·A[l−1]) = g(x·w)ᵀ</c> — the same numbers.
    /// </summary>
    /// <param name="activation">The activation g of every layer (the book: sigmoid, ReLU, tanh).</param>
    /// <param name="initializer">The weights' scale: <c>Initializer.RandomNormal(1)</c>, <c>RandomNormal(0.01)</c>, <c>Xavier</c>, <c>He</c>.</param>
    /// <param name="random">The generator.</param>
    /// <param name="layers">The number of layers (the book: 5).</param>
    /// <param name="units">Units per layer and input features (the book: 100).</param>
    /// <param name="examples">The number of examples (the book: 1000).</param>
    /// <param name="bins">Histogram bins (the book: 30).</param>
    /// <param name="histogramRange">The histogram range; null uses the activation's range (the book plots (0, 1)).</param>
    /// <param name="histogramOfNonZero">Leaves exact zeros (ReLU's dead units) out of the histograms.</param>
    /// <returns>The statistics of A[1], …, A[layers].</returns>
    public static IReadOnlyList<ActivationStatistics> Run(
        Activation activation, Initializer initializer, NumpyRandomState random,
        int layers = 5, int units = 100, int examples = 1000, int bins = ActivationStatistics.DefaultBins,
        (double Min, double Max)? histogramRange = null, bool histogramOfNonZero = false)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        ArgumentNullException.ThrowIfNull(random);
        if (layers < 1 || units < 1 || examples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(layers),
                $"The experiment needs at least one layer, unit and example; got {layers} layers, {units} units, {examples} examples.");
        }
        var a = random.Randn(examples, units).Transpose();
        var result = new List<ActivationStatistics>();
        for (int l = 1; l <= layers; l++)
        {
            var w = random.Randn(units, units) * initializer.Scale(units, units);
            var dense = new Dense(l, w.Transpose(), Matrix<double>.Build.Dense(units, 1));
            var g = Activations.Create(activation, l);
            a = g.Forward(dense.Forward(a, training: false), training: false);
            result.Add(ActivationStatistics.Of(g.Name, a, activation, bins, histogramRange, histogramOfNonZero));
        }
        return result;
    }
}
