using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Training;

/// <summary>
/// Polyak (iterate) averaging: the running mean of the parameters over the steps taken,
/// <c>θ̄_k = θ̄_{k−1} + (θ_k − θ̄_{k−1}) / k</c>, i.e. <c>θ̄_k = (θ_1 + … + θ_k) / k</c>. SGD's iterates bounce
/// around a minimum with the noise of the mini-batches; their mean sits closer to it. Training keeps using θ;
/// θ̄ is only for evaluation (load it into the model, or into a copy).
/// </summary>
public sealed class PolyakAverage
{
    private readonly Dictionary<string, Matrix<double>> _average = new();

    /// <summary>The number of iterates averaged, k.</summary>
    public long Count { get; private set; }

    /// <summary>θ̄ by parameter name; empty before the first <see cref="Add"/>.</summary>
    public IReadOnlyDictionary<string, Matrix<double>> Parameters => _average;

    /// <summary>Adds the current values of <paramref name="parameters"/> as iterate θ_k.</summary>
    public void Add(IReadOnlyList<Parameter> parameters)
    {
        Count++;
        foreach (var p in parameters)
        {
            if (!_average.TryGetValue(p.Name, out var average))
            {
                _average[p.Name] = p.Value.Clone();
                continue;
            }
            var mean = average.AsColumnMajorArray()!;
            var theta = p.Value.AsColumnMajorArray() ?? p.Value.ToColumnMajorArray();
            double weight = 1.0 / Count;
            for (int i = 0; i < mean.Length; i++)
            {
                mean[i] += (theta[i] - mean[i]) * weight;
            }
        }
    }
}
