using NotebookKit.Diagnostics;

namespace NotebookKit.Tests.Diagnostics;

/// <summary>The four cases of the bias/variance lecture (base error ≈ 0) and the human-level examples.</summary>
public class BiasVarianceTests
{
    [Theory]
    [InlineData(0.01, 0.11, BiasVarianceVerdict.HighVariance)]
    [InlineData(0.15, 0.16, BiasVarianceVerdict.HighBias)]
    [InlineData(0.15, 0.30, BiasVarianceVerdict.HighBiasAndHighVariance)]
    [InlineData(0.005, 0.01, BiasVarianceVerdict.Neither)]
    public void Lecture_cases_get_the_lectures_verdict(double train, double dev, BiasVarianceVerdict expected)
    {
        Assert.Equal(expected, BiasVariance.Diagnose(train, dev).Verdict);
    }

    [Fact]
    public void Base_error_changes_the_avoidable_bias()
    {
        // Train 8 %, dev 10 %: with human error 1 % the bias dominates; with 7.5 % the variance does.
        var farFromHuman = BiasVariance.Diagnose(0.08, 0.10, baseError: 0.01);
        Assert.Equal(0.07, farFromHuman.AvoidableBias, 12);
        Assert.True(farFromHuman.HighBias);
        var nearHuman = BiasVariance.Diagnose(0.08, 0.10, baseError: 0.075);
        Assert.Equal(0.005, nearHuman.AvoidableBias, 12);
        Assert.Equal(0.02, nearHuman.Variance, 12);
        Assert.Equal(BiasVarianceVerdict.HighVariance, nearHuman.Verdict);
    }

    [Fact]
    public void Threshold_decides_what_counts_as_high()
    {
        Assert.Equal(BiasVarianceVerdict.Neither, BiasVariance.Diagnose(0.15, 0.16, baseError: 0.14).Verdict);
        Assert.Equal(BiasVarianceVerdict.HighBiasAndHighVariance, BiasVariance.Diagnose(0.15, 0.16, baseError: 0.14, threshold: 0.005).Verdict);
    }

    [Fact]
    public void Next_steps_follow_the_basic_recipe_bias_first()
    {
        var both = BiasVariance.Diagnose(0.15, 0.30);
        Assert.StartsWith("Bigger network", both.NextSteps[0]);
        Assert.Contains(both.NextSteps, s => s.StartsWith("Train longer"));
        Assert.Contains(both.NextSteps, s => s.StartsWith("More data"));
        Assert.Contains(both.NextSteps, s => s.StartsWith("Regularization"));
        Assert.Single(both.NextSteps, s => s.Contains("architecture"));
        var variance = BiasVariance.Diagnose(0.01, 0.11);
        Assert.StartsWith("More data", variance.NextSteps[0]);
        Assert.DoesNotContain(variance.NextSteps, s => s.StartsWith("Bigger network"));
    }

    [Fact]
    public void A_dev_error_below_the_base_error_asks_to_check_the_base_error_instead_of_a_remedy()
    {
        // The lecture's cases with e* = 15 %: dev 11 % and dev 1 % are below the best achievable error.
        var blurry = new[] { (0.01, 0.11), (0.15, 0.16), (0.15, 0.30), (0.005, 0.01) }
            .Select(c => BiasVariance.Diagnose(c.Item1, c.Item2, baseError: 0.15)).ToList();
        Assert.Equal(new[] { true, false, false, true }, blurry.Select(d => d.DevErrorBelowBaseError));
        Assert.All(new[] { blurry[0], blurry[3] }, d =>
        {
            Assert.Equal("none: the dev error is below the base error", d.VerdictText);
            Assert.StartsWith("Check the base error", d.NextSteps[0]);
        });
        Assert.Equal(BiasVarianceVerdict.HighVariance, blurry[0].Verdict);
        Assert.Equal("low bias and low variance", blurry[1].VerdictText);
        Assert.Equal("high variance", blurry[2].VerdictText);
        Assert.StartsWith("Done", blurry[1].NextSteps[0]);
    }

    [Fact]
    public void Renders_as_text_and_as_a_table()
    {
        var diagnosis = BiasVariance.Diagnose(0.15, 0.16, label: "model A");
        string text = diagnosis.ToString();
        Assert.Contains("Verdict: high bias", text);
        Assert.Contains("15.0 %", text);
        Assert.Contains("- Bigger network", text);
        var table = BiasVariance.ToDataFrame(new[] { diagnosis, BiasVariance.Diagnose(0.01, 0.11, label: "model B") });
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("model B", table["model"][1]);
        Assert.Equal("high variance", table["verdict"][1]);
        Assert.Equal(0.10, (double)table["variance"][1]!, 12);
        Assert.Equal(0.01, (double)table["variance"][0]!);   // 0.16 − 0.15 = 0.010000000000000009, shown rounded
    }

    [Fact]
    public void Errors_outside_zero_one_are_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BiasVariance.Diagnose(15, 16));
        Assert.Contains("0.15 for 15 %", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => BiasVariance.Diagnose(0.1, 0.2, threshold: 0));
    }
}
