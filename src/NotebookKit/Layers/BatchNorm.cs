using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Optimizers;

namespace NotebookKit.Layers;

/// <summary>
/// Batch normalization of layer l, placed between <c>Z[l] = W[l]·A[l−1]</c> and the activation (the course's
/// placement). For a mini-batch of m examples (columns), unit by unit (row i):
/// <code>
/// μ = (1/m) Σ_j z_j        σ² = (1/m) Σ_j (z_j − μ)²        ẑ_j = (z_j − μ) / √(σ² + ε)        z̃_j = γ·ẑ_j + β
/// </code>
/// with learned γ[l] and β[l] (n[l] × 1, named <c>gamma1</c>, <c>beta1</c>, … as in the course; neither is penalized
/// by L2). β takes the place of the bias, so the Dense layer before it has none.
/// <para>
/// Running averages for inference, the exponentially weighted average of notebook 05 over the training batches:
/// <c>μ_run = β_avg·μ_run + (1 − β_avg)·μ</c>, <c>σ²_run = β_avg·σ²_run + (1 − β_avg)·σ²</c>, starting at 0 and 1
/// (PyTorch's start) with β_avg = 0.9. PyTorch's <c>momentum</c> is <c>1 − β_avg</c> (0.1). PyTorch averages the
/// unbiased variance <c>m/(m−1)·σ²</c>; CS231n and Deep Learning from Scratch average σ² itself (the default here).
/// At inference (<c>training: false</c>) μ_run and σ²_run replace μ and σ², so an example's output does not depend on
/// the other examples it is evaluated with.
/// </para>
/// <para>
/// Backward, with s = √(σ² + ε) and dẑ = γ ⊙ dz̃: <c>dγ = Σ_j dz̃_j ẑ_j</c>, <c>dβ = Σ_j dz̃_j</c>. In training μ and σ²
/// depend on every z_k: <c>dσ² = −½ s⁻³ Σ_k dẑ_k (z_k − μ)</c>, <c>dμ = −(1/s) Σ_k dẑ_k</c> (the term of dσ² through μ is
/// zero since Σ_k (z_k − μ) = 0), and <c>dz_j = dẑ_j/s + dσ²·2(z_j − μ)/m + dμ/m</c>, which simplifies to
/// <code>
/// dz_j = (1/s) · (dẑ_j − (1/m) Σ_k dẑ_k − ẑ_j · (1/m) Σ_k dẑ_k ẑ_k)
/// </code>
/// At inference μ and σ² are constants and <c>dz_j = dẑ_j / s</c>.
/// </para>
/// </summary>
public sealed class BatchNorm : ILayer
{
    /// <summary>ε of PyTorch and CS231n (Deep Learning from Scratch uses 1e-6).</summary>
    public const double DefaultEpsilon = 1e-5;

    /// <summary>β_avg of the running averages: about the last 10 mini-batches (PyTorch's momentum 0.1).</summary>
    public const double DefaultAveragingWeight = 0.9;

    private Matrix<double>? _normalized;
    private double[]? _inverseStd;
    private bool _training;

    /// <summary>Creates batch normalization of layer <paramref name="index"/> with n[l] units, γ = 1 and β = 0.</summary>
    /// <param name="index">The layer number l, as in <c>gamma1</c>.</param>
    /// <param name="units">n[l], the rows of Z[l].</param>
    /// <param name="epsilon">ε &gt; 0, added to σ² inside the square root.</param>
    /// <param name="averagingWeight">β_avg in [0, 1) of the running averages.</param>
    /// <param name="unbiasedRunningVariance">Average <c>m/(m−1)·σ²</c> as PyTorch does, instead of σ².</param>
    public BatchNorm(int index, int units, double epsilon = DefaultEpsilon, double averagingWeight = DefaultAveragingWeight, bool unbiasedRunningVariance = false)
        : this(index, Matrix<double>.Build.Dense(Positive(units), 1, 1.0), Matrix<double>.Build.Dense(units, 1), epsilon, averagingWeight, unbiasedRunningVariance)
    {
    }

    /// <summary>Creates batch normalization of layer <paramref name="index"/> with the given γ and β (used, not copied).</summary>
    /// <param name="index">The layer number l, as in <c>gamma1</c>.</param>
    /// <param name="gamma">γ[l], n[l] × 1.</param>
    /// <param name="beta">β[l], n[l] × 1.</param>
    /// <param name="epsilon">ε &gt; 0, added to σ² inside the square root.</param>
    /// <param name="averagingWeight">β_avg in [0, 1) of the running averages.</param>
    /// <param name="unbiasedRunningVariance">Average <c>m/(m−1)·σ²</c> as PyTorch does, instead of σ².</param>
    public BatchNorm(int index, Matrix<double> gamma, Matrix<double> beta, double epsilon = DefaultEpsilon, double averagingWeight = DefaultAveragingWeight, bool unbiasedRunningVariance = false)
    {
        if (index < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Layers are numbered from 1, as gamma1, beta1 in the course.");
        }
        Name = $"BatchNorm {index}";
        Shapes.Require(gamma, gamma.RowCount, 1, Name, $"gamma{index}");
        Shapes.Require(beta, gamma.RowCount, 1, Name, $"beta{index}");
        Index = index;
        Epsilon = Hyperparameter.Positive(epsilon, "ε", "batch normalization adds it to σ² under the square root; PyTorch uses 1e-5");
        AveragingWeight = Hyperparameter.DecayRate(averagingWeight, "β_avg", "the weight of batch normalization's running averages, 0.9 by default; PyTorch's momentum 0.1 is β_avg = 0.9");
        UnbiasedRunningVariance = unbiasedRunningVariance;
        Gamma = new Parameter($"gamma{index}", ParameterKind.Bias, gamma);
        Beta = new Parameter($"beta{index}", ParameterKind.Bias, beta);
        Parameters = new[] { Gamma, Beta };
        RunningMean = Matrix<double>.Build.Dense(Units, 1);
        RunningVariance = Matrix<double>.Build.Dense(Units, 1, 1.0);
    }

    /// <summary>The layer number l.</summary>
    public int Index { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>n[l].</summary>
    public int Units => Gamma.Value.RowCount;

    /// <summary>γ[l], the learned scale.</summary>
    public Parameter Gamma { get; }

    /// <summary>β[l], the learned shift.</summary>
    public Parameter Beta { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>β_avg of the running averages (PyTorch's momentum is 1 − β_avg).</summary>
    public double AveragingWeight { get; }

    /// <summary>Whether the running variance averages <c>m/(m−1)·σ²</c> (PyTorch) rather than σ².</summary>
    public bool UnbiasedRunningVariance { get; }

    /// <summary>μ_run, n[l] × 1: what inference uses for μ.</summary>
    public Matrix<double> RunningMean { get; }

    /// <summary>σ²_run, n[l] × 1: what inference uses for σ².</summary>
    public Matrix<double> RunningVariance { get; }

    /// <summary>ẑ of the last forward pass, n[l] × m (null before the first).</summary>
    public Matrix<double>? Normalized => _normalized;

    /// <inheritdoc />
    public IReadOnlyList<Parameter> Parameters { get; }

    /// <inheritdoc />
    public Matrix<double> Forward(Matrix<double> input, bool training)
    {
        if (input.RowCount != Units)
        {
            throw new ArgumentException(
                $"{Name}: gamma{Index} has {Units} rows, so Z[{Index}] must have {Units} rows (units × examples), but it has shape {Shapes.Of(input)}.");
        }
        int m = input.ColumnCount;
        double[] mean, variance;
        if (training)
        {
            if (m < 2)
            {
                throw new ArgumentException(
                    $"{Name}: a training mini-batch needs at least 2 examples, but Z[{Index}] has {m}. The variance of one example is 0, " +
                    "so ẑ would be 0 and the output β whatever the input. Evaluate single examples with training: false (the running " +
                    "averages), and choose a mini-batch size that does not leave a last batch of one example (m mod size ≠ 1).");
            }
            (mean, variance) = Statistics(input);
            UpdateRunningAverages(mean, variance, m);
        }
        else
        {
            mean = RunningMean.Column(0).ToArray();
            variance = RunningVariance.Column(0).ToArray();
        }
        var inverseStd = variance.Select(v => 1 / Math.Sqrt(v + Epsilon)).ToArray();
        var z = Values(input);
        var zHat = new double[z.Length];
        var output = new double[z.Length];
        var gamma = Gamma.Value.Column(0).ToArray();
        var beta = Beta.Value.Column(0).ToArray();
        for (int k = 0; k < z.Length; k++)
        {
            int i = k % Units;
            zHat[k] = (z[k] - mean[i]) * inverseStd[i];
            output[k] = gamma[i] * zHat[k] + beta[i];
        }
        _normalized = Matrix<double>.Build.Dense(Units, m, zHat);
        _inverseStd = inverseStd;
        _training = training;
        return Matrix<double>.Build.Dense(Units, m, output);
    }

    /// <inheritdoc />
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var normalized = _normalized ?? throw new InvalidOperationException($"{Name}: call Forward before Backward.");
        Shapes.RequireSame(outputGradient, $"dZtilde{Index}", normalized, $"Z{Index}", Name);
        int m = normalized.ColumnCount;
        var zHat = Values(normalized);
        var dZTilde = Values(outputGradient);
        var gamma = Gamma.Value.Column(0).ToArray();
        var dGamma = new double[Units];
        var dBeta = new double[Units];
        for (int k = 0; k < zHat.Length; k++)
        {
            int i = k % Units;
            dBeta[i] += dZTilde[k];
            dGamma[i] += dZTilde[k] * zHat[k];
        }
        Beta.Gradient.SetColumn(0, dBeta);
        Gamma.Gradient.SetColumn(0, dGamma);
        // Σ_k dẑ_k = γ·dβ and Σ_k dẑ_k ẑ_k = γ·dγ, since dẑ = γ ⊙ dz̃.
        var dZ = new double[zHat.Length];
        for (int k = 0; k < zHat.Length; k++)
        {
            int i = k % Units;
            double scale = gamma[i] * _inverseStd![i];
            dZ[k] = _training
                ? scale * (dZTilde[k] - dBeta[i] / m - zHat[k] * dGamma[i] / m)
                : scale * dZTilde[k];
        }
        return Matrix<double>.Build.Dense(Units, m, dZ);
    }

    /// <summary>The batch's μ and biased σ² of every unit (row).</summary>
    private (double[] Mean, double[] Variance) Statistics(Matrix<double> input)
    {
        var z = Values(input);
        int m = input.ColumnCount;
        var mean = new double[Units];
        var variance = new double[Units];
        for (int k = 0; k < z.Length; k++)
        {
            mean[k % Units] += z[k] / m;
        }
        for (int k = 0; k < z.Length; k++)
        {
            double centred = z[k] - mean[k % Units];
            variance[k % Units] += centred * centred / m;
        }
        return (mean, variance);
    }

    private static double[] Values(Matrix<double> m) => m.AsColumnMajorArray() ?? m.ToColumnMajorArray();

    private void UpdateRunningAverages(double[] mean, double[] variance, int m)
    {
        double varianceScale = UnbiasedRunningVariance ? m / (m - 1.0) : 1.0;
        for (int i = 0; i < Units; i++)
        {
            RunningMean[i, 0] = AveragingWeight * RunningMean[i, 0] + (1 - AveragingWeight) * mean[i];
            RunningVariance[i, 0] = AveragingWeight * RunningVariance[i, 0] + (1 - AveragingWeight) * varianceScale * variance[i];
        }
    }

    private static int Positive(int units) =>
        units >= 1 ? units : throw new ArgumentOutOfRangeException(nameof(units), units, "A batch-normalized layer needs at least one unit.");
}
