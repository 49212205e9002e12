using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace NotebookKit.Diagnostics;

/// <summary>
/// Bias and variance read off the errors, as in the lectures: with base error e* (human-level error as a
/// proxy for Bayes error; 0 when unknown), training error e_train and dev error e_dev,
/// <c>avoidable bias = e_train − e*</c> and <c>variance = e_dev − e_train</c>. A gap counts as high when it is
/// at least <see cref="Threshold"/> (compared with a 1e-12 allowance so that, e.g., 0.10 − 0.08 counts as 0.02).
/// The basic recipe then says what to try next: bias first, then variance.
/// </summary>
public sealed class BiasVariance
{
    /// <summary>The default threshold: two percentage points.</summary>
    public const double DefaultThreshold = 0.02;

    private const double Allowance = 1e-12;

    private static readonly string[] BiasSteps =
    {
        "Bigger network (more hidden units or more layers)",
        "Train longer (or use a better optimization algorithm)",
        "(Search for a better neural network architecture)",
    };

    private static readonly string[] VarianceSteps =
    {
        "More data (or data augmentation)",
        "Regularization (L2, dropout)",
        "(Search for a better neural network architecture)",
    };

    private BiasVariance(double trainError, double devError, double baseError, double threshold, string label)
    {
        TrainError = trainError;
        DevError = devError;
        BaseError = baseError;
        Threshold = threshold;
        Label = label;
    }

    /// <summary>A name for the model or experiment, shown in tables.</summary>
    public string Label { get; }

    /// <summary>e_train, the error on the training set (a fraction, 0.15 for 15 %).</summary>
    public double TrainError { get; }

    /// <summary>e_dev, the error on the dev set.</summary>
    public double DevError { get; }

    /// <summary>e*, the base (human-level / Bayes) error.</summary>
    public double BaseError { get; }

    /// <summary>The gap from which bias or variance counts as high.</summary>
    public double Threshold { get; }

    /// <summary><c>e_train − e*</c>. Negative when the training error is below the base error.</summary>
    public double AvoidableBias => TrainError - BaseError;

    /// <summary><c>e_dev − e_train</c>.</summary>
    public double Variance => DevError - TrainError;

    /// <summary>Whether <c>avoidable bias ≥ threshold</c>.</summary>
    public bool HighBias => AvoidableBias >= Threshold - Allowance;

    /// <summary>Whether <c>variance ≥ threshold</c>.</summary>
    public bool HighVariance => Variance >= Threshold - Allowance;

    /// <summary>
    /// Whether <c>e_dev &lt; e*</c>: a dev error below the best achievable one cannot be, so the estimate of e* (or the dev
    /// set) is wrong and the gaps mean nothing until it is fixed. (A training error below e* can be: a model can
    /// memorize its training set, noise included.)
    /// </summary>
    public bool DevErrorBelowBaseError => DevError < BaseError - Allowance;

    /// <summary>High bias, high variance, both or neither.</summary>
    public BiasVarianceVerdict Verdict => (HighBias, HighVariance) switch
    {
        (true, true) => BiasVarianceVerdict.HighBiasAndHighVariance,
        (true, false) => BiasVarianceVerdict.HighBias,
        (false, true) => BiasVarianceVerdict.HighVariance,
        _ => BiasVarianceVerdict.Neither,
    };

    /// <summary>The verdict in the lecture's words, or a warning when <see cref="DevErrorBelowBaseError"/>.</summary>
    public string VerdictText => DevErrorBelowBaseError ? "none: the dev error is below the base error" : Verdict switch
    {
        BiasVarianceVerdict.HighBiasAndHighVariance => "high bias and high variance",
        BiasVarianceVerdict.HighBias => "high bias",
        BiasVarianceVerdict.HighVariance => "high variance",
        _ => "low bias and low variance",
    };

    /// <summary>
    /// The basic recipe's next steps: for high bias a bigger network, training longer, (another architecture);
    /// for high variance more data, regularization, (another architecture); bias first when both are high. When the
    /// dev error is below the base error, the first step is to re-estimate e*.
    /// </summary>
    public IReadOnlyList<string> NextSteps
    {
        get
        {
            var steps = new List<string>();
            if (DevErrorBelowBaseError)
            {
                steps.Add("Check the base error: a dev error below e* means the estimate of e* (or the dev set) is wrong");
            }
            if (HighBias)
            {
                steps.AddRange(BiasSteps);
            }
            if (HighVariance)
            {
                steps.AddRange(VarianceSteps.Where(s => !steps.Contains(s)));
            }
            if (!HighBias && !HighVariance && !DevErrorBelowBaseError)
            {
                steps.Add("Done: both gaps are small. Measure the test error once, at the end.");
            }
            return steps;
        }
    }

    /// <summary>Diagnoses a model from its errors, all fractions in [0, 1].</summary>
    /// <param name="trainError">The training-set error, e.g. 0.01 for 1 %.</param>
    /// <param name="devError">The dev-set error.</param>
    /// <param name="baseError">Human-level or Bayes error; 0 when unknown (the lecture's default assumption).</param>
    /// <param name="threshold">The gap that counts as high (default 0.02, two percentage points).</param>
    /// <param name="label">An optional name shown in tables.</param>
    public static BiasVariance Diagnose(double trainError, double devError, double baseError = 0, double threshold = DefaultThreshold, string label = "")
    {
        RequireError(trainError, nameof(trainError));
        RequireError(devError, nameof(devError));
        RequireError(baseError, nameof(baseError));
        if (!(threshold > 0 && threshold < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold,
                "The threshold is a gap between errors, as a fraction: pass a number in (0, 1), e.g. 0.02 for two percentage points.");
        }
        return new BiasVariance(trainError, devError, baseError, threshold, label ?? "");
    }

    /// <summary>Readable text: the errors, both gaps with their verdicts, and the next steps.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Bias and variance{(Label.Length > 0 ? " of " + Label : "")} (a gap of {Percent(Threshold)} or more is high)"));
        text.AppendLine(Invariant($"  base error      {Percent(BaseError),8}"));
        text.AppendLine(Invariant($"  training error  {Percent(TrainError),8}   avoidable bias {Percent(AvoidableBias),8}  {(HighBias ? "high" : "low")}"));
        text.AppendLine(Invariant($"  dev error       {Percent(DevError),8}   variance       {Percent(Variance),8}  {(HighVariance ? "high" : "low")}"));
        text.AppendLine($"Verdict: {VerdictText}");
        text.AppendLine("Next steps (basic recipe):");
        foreach (string step in NextSteps)
        {
            text.AppendLine("  - " + step);
        }
        return text.ToString();
    }

    /// <summary>
    /// One row per diagnosis: label, errors, gaps (fractions rounded to 4 decimals, a hundredth of a percentage point,
    /// so that 0.16 − 0.15 shows as 0.01), verdict and the first next step.
    /// </summary>
    public static DataFrame ToDataFrame(IEnumerable<BiasVariance> diagnoses)
    {
        var list = diagnoses.ToList();
        DoubleDataFrameColumn Column(string name, Func<BiasVariance, double> value) => new(name, list.Select(d => Math.Round(value(d), 4)));
        return new DataFrame(
            new StringDataFrameColumn("model", list.Select(d => d.Label)),
            Column("base error", d => d.BaseError),
            Column("train error", d => d.TrainError),
            Column("dev error", d => d.DevError),
            Column("avoidable bias", d => d.AvoidableBias),
            Column("variance", d => d.Variance),
            new StringDataFrameColumn("verdict", list.Select(d => d.VerdictText)),
            new StringDataFrameColumn("next step", list.Select(d => d.NextSteps[0])));
    }

    /// <summary>This diagnosis as a one-row table (see <see cref="ToDataFrame(IEnumerable{BiasVariance})"/>).</summary>
    public DataFrame ToDataFrame() => ToDataFrame(new[] { this });

    private static void RequireError(double error, string name)
    {
        if (!(error >= 0 && error <= 1))
        {
            throw new ArgumentOutOfRangeException(name, error,
                $"{name} must be a fraction between 0 and 1 (0.15 for 15 %); if you have an accuracy, pass 1 − accuracy.");
        }
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.0#", CultureInfo.InvariantCulture) + " %";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
