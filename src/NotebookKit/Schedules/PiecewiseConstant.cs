using System.Globalization;

namespace NotebookKit.Schedules;

/// <summary>
/// A discrete staircase: <c>α = α0·factors[k]</c> where k is the number of boundaries ≤ epoch. With
/// boundaries [2, 5] and factors [1, 0.1, 0.01], epochs 0–1 use α0, 2–4 use α0/10, 5 on α0/100 — PyTorch's
/// <c>MultiStepLR(milestones=[2, 5], gamma=0.1)</c>. This is also how to write down "manual decay" decided in
/// advance.
/// </summary>
public sealed class PiecewiseConstant : ILearningRateSchedule
{
    private readonly int[] _boundaries;
    private readonly double[] _factors;

    /// <summary>Creates the staircase.</summary>
    /// <param name="boundaries">Increasing epochs at which the next factor starts.</param>
    /// <param name="factors">One more factor than boundaries, each &gt; 0: before the first boundary, after it, ….</param>
    public PiecewiseConstant(IReadOnlyList<int> boundaries, IReadOnlyList<double> factors)
    {
        _boundaries = boundaries.ToArray();
        _factors = factors.ToArray();
        if (_factors.Length != _boundaries.Length + 1)
        {
            throw new ArgumentException(
                $"A staircase with {_boundaries.Length} boundaries needs {_boundaries.Length + 1} factors (one per step), not {_factors.Length}.", nameof(factors));
        }
        for (int i = 1; i < _boundaries.Length; i++)
        {
            if (_boundaries[i] <= _boundaries[i - 1])
            {
                throw new ArgumentException($"The boundaries must increase; {_boundaries[i]} follows {_boundaries[i - 1]}.", nameof(boundaries));
            }
        }
        if (_factors.Any(f => !(f > 0) || !double.IsFinite(f)))
        {
            throw new ArgumentException("Every factor must be a finite number > 0.", nameof(factors));
        }
    }

    /// <inheritdoc />
    public string Name => string.Create(CultureInfo.InvariantCulture,
        $"α0 × [{string.Join(", ", _factors)}] at epochs [0, {string.Join(", ", _boundaries)}]");

    /// <summary><c>α0·factors[k]</c>, k = the number of boundaries ≤ epoch.</summary>
    public double LearningRate(double initialRate, int epoch) => initialRate * _factors[_boundaries.Count(b => b <= epoch)];

    /// <inheritdoc />
    double ILearningRateSchedule.LearningRate(double initialRate, int epoch, long iteration) => LearningRate(initialRate, epoch);
}
