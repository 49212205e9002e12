using NotebookKit.Training;

namespace NotebookKit.Optimizers;

/// <summary>
/// An exponentially weighted (moving) average of a series θ1, θ2, …:
/// <c>v_t = β·v_{t−1} + (1 − β)·θ_t</c> with <c>v_0 = 0</c>. It averages over roughly the last
/// <c>1/(1 − β)</c> values (β = 0.9: 10 days of temperatures; 0.98: 50). Because v starts at 0, the first
/// values are too small; bias correction divides by <c>1 − β^t</c>, which matters early and fades as t grows.
/// Momentum, RMSProp and Adam keep such averages of the gradients.
/// </summary>
public sealed class ExponentiallyWeightedAverage
{
    /// <summary>Starts an average with <c>v_0 = 0</c>.</summary>
    /// <param name="beta">β in [0, 1): the weight kept from the previous average.</param>
    public ExponentiallyWeightedAverage(double beta)
    {
        Beta = Hyperparameter.DecayRate(beta, "averaging weight β", "0.9 averages about 10 values");
    }

    /// <summary>β.</summary>
    public double Beta { get; }

    /// <summary>The number of values added so far, t.</summary>
    public int Count { get; private set; }

    /// <summary>The average <c>v_t</c>, without bias correction (0 before the first value).</summary>
    public double Value { get; private set; }

    /// <summary>The bias-corrected average <c>v_t / (1 − β^t)</c>; the first value itself when t = 1.</summary>
    public double Corrected => Count == 0 ? 0 : Value / (1 - Math.Pow(Beta, Count));

    /// <summary>About how many recent values the average covers: <c>1/(1 − β)</c>.</summary>
    public double Window => 1 / (1 - Beta);

    /// <summary>Adds θ_t: <c>v_t = β·v_{t−1} + (1 − β)·θ_t</c>; returns <c>v_t</c>.</summary>
    public double Add(double theta)
    {
        if (!double.IsFinite(theta))
        {
            throw new ArgumentException($"Value {Count + 1} of the series is {theta}; an average needs finite numbers.", nameof(theta));
        }
        Count++;
        Value = Beta * Value + (1 - Beta) * theta;
        return Value;
    }

    /// <summary>The averages <c>v_1, …, v_n</c> of a whole series, bias-corrected if asked.</summary>
    /// <param name="series">θ_1, …, θ_n.</param>
    /// <param name="beta">β in [0, 1).</param>
    /// <param name="biasCorrection">Divide each <c>v_t</c> by <c>1 − β^t</c>.</param>
    public static double[] Of(IEnumerable<double> series, double beta, bool biasCorrection = false)
    {
        var average = new ExponentiallyWeightedAverage(beta);
        return series.Select(theta =>
        {
            average.Add(theta);
            return biasCorrection ? average.Corrected : average.Value;
        }).ToArray();
    }

    /// <summary>
    /// A smoothed cost curve: the bias-corrected average of the recorded costs, at the same iterations
    /// (a noisy mini-batch cost curve becomes readable).
    /// </summary>
    public static IReadOnlyList<CostPoint> Smooth(IReadOnlyList<CostPoint> costs, double beta)
    {
        var smoothed = Of(costs.Select(p => p.Cost), beta, biasCorrection: true);
        return costs.Select((p, i) => new CostPoint(p.Iteration, smoothed[i])).ToArray();
    }
}
