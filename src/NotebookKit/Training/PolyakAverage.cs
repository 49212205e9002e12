using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Training;

/// <summary>
/// Polyak (iterate) averaging: an average of the parameters over the steps taken. SGD's iterates bounce around a
/// minimum with the noise of the mini-batches; their average sits closer to it. Training keeps using θ; θ̄ is only
/// for evaluation (load it into the model, or into a copy). Two forms:
/// <list type="bullet">
/// <item>the uniform mean (Polyak and Juditsky), <c>θ̄_k = θ̄_{k−1} + (θ_k − θ̄_{k−1}) / k</c>, i.e. <c>θ̄_k = (θ_1 + … + θ_k) / k</c>;</item>
/// <item>the decaying average of CS231n's notes, <c>θ̄_k = β θ̄_{k−1} + (1 − β) θ_k</c> (e.g. β = 0.995), an
/// exponentially weighted average over about 1/(1 − β) recent steps that forgets the far-off early iterates by
/// itself; it starts at <c>θ̄_1 = θ_1</c>, so no bias correction is needed.</item>
/// </list>
/// </summary>
public sealed class PolyakAverage
{
    private readonly Dictionary<string, Matrix<double>> _average = new();

    /// <summary>The uniform mean of every iterate added.</summary>
    public PolyakAverage()
    {
    }

    /// <summary>The decaying average <c>θ̄ = β θ̄ + (1 − β) θ</c> with <paramref name="decay"/> β in [0, 1).</summary>
    public PolyakAverage(double decay)
    {
        if (!(decay >= 0 && decay < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(decay), decay, "The decay β of a decaying parameter average must be in [0, 1), e.g. 0.995 (an average over about 200 steps).");
        }
        Decay = decay;
    }

    /// <summary>β of the decaying average; null for the uniform mean.</summary>
    public double? Decay { get; }

    /// <summary>The number of iterates averaged, k.</summary>
    public long Count { get; private set; }

    /// <summary>θ̄ by parameter name; empty before the first <see cref="Add"/>.</summary>
    public IReadOnlyDictionary<string, Matrix<double>> Parameters => _average;

    /// <summary>Adds the current values of <paramref name="parameters"/> as iterate θ_k.</summary>
    public void Add(IReadOnlyList<Parameter> parameters)
    {
        Count++;
        // The weight of the new iterate: 1/k for the mean, 1 − β for the decaying average.
        double weight = Decay is { } beta ? 1 - beta : 1.0 / Count;
        foreach (var p in parameters)
        {
            if (!_average.TryGetValue(p.Name, out var average))
            {
                _average[p.Name] = p.Value.Clone();
                continue;
            }
            var mean = average.AsColumnMajorArray()!;
            var theta = p.Value.AsColumnMajorArray() ?? p.Value.ToColumnMajorArray();
            for (int i = 0; i < mean.Length; i++)
            {
                mean[i] += (theta[i] - mean[i]) * weight;
            }
        }
    }
}
