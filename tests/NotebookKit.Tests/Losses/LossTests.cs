using NotebookKit.Diagnostics;
using NotebookKit.Losses;

namespace NotebookKit.Tests.Losses;

public class LossTests
{
    [Fact]
    public void Binary_cross_entropy_gradient_matches_numerical_gradient()
    {
        var result = GradientCheck.CheckLoss(new BinaryCrossEntropy(), TestData.Randn(1, 1, 8), TestData.BinaryLabels(2, 8));
        Assert.True(result.Difference < 1e-7, result.ToString());
    }

    [Fact]
    public void Softmax_cross_entropy_gradient_matches_numerical_gradient()
    {
        var result = GradientCheck.CheckLoss(new SoftmaxCrossEntropy(), TestData.Randn(1, 4, 6), TestData.OneHot(2, 4, 6));
        Assert.True(result.Difference < 1e-7, result.ToString());
    }

    [Fact]
    public void Mean_squared_error_gradient_matches_numerical_gradient()
    {
        var result = GradientCheck.CheckLoss(new MeanSquaredError(), TestData.Randn(1, 2, 6), TestData.Randn(2, 2, 6));
        Assert.True(result.Difference < 1e-7, result.ToString());
    }

    [Fact]
    public void Binary_cross_entropy_from_logits_equals_the_course_formula_and_stays_finite_where_it_is_not()
    {
        var logits = TestData.FromRows(new double[,] { { -2.0, 0.5, 3.0 } });
        var labels = TestData.FromRows(new double[,] { { 0, 1, 1 } });
        var loss = new BinaryCrossEntropy();
        // Hand derivation: −(1/3)[log(1 − σ(−2)) + log σ(0.5) + log σ(3)].
        double expected = -(Math.Log(1 - 1 / (1 + Math.Exp(2))) + Math.Log(1 / (1 + Math.Exp(-0.5))) + Math.Log(1 / (1 + Math.Exp(-3)))) / 3;
        Assert.Equal(expected, loss.Cost(logits, labels), 14);
        Assert.Equal(expected, BinaryCrossEntropy.CostFromProbabilities(loss.Output(logits), labels), 14);

        // σ(40) rounds to exactly 1.0, so log(1 − a) is −∞ for a label 0; from the logits the cost is 40/1.
        var saturated = TestData.FromRows(new double[,] { { 40.0 } });
        var zero = TestData.FromRows(new double[,] { { 0.0 } });
        Assert.Equal(double.PositiveInfinity, BinaryCrossEntropy.CostFromProbabilities(loss.Output(saturated), zero));
        Assert.Equal(40.0, loss.Cost(saturated, zero), 12);
    }

    [Fact]
    public void Softmax_of_equal_logits_is_uniform_and_its_cost_is_log_C()
    {
        var logits = TestData.FromRows(new double[,] { { 1000 }, { 1000 }, { 1000 }, { 1000 } });
        var labels = TestData.FromRows(new double[,] { { 0 }, { 1 }, { 0 }, { 0 } });
        var loss = new SoftmaxCrossEntropy();
        Assert.All(loss.Output(logits).Enumerate(), p => Assert.Equal(0.25, p, 14));
        Assert.Equal(Math.Log(4), loss.Cost(logits, labels), 12);
    }

    [Fact]
    public void A_loss_names_both_shapes_when_labels_do_not_match()
    {
        var error = Assert.Throws<ArgumentException>(() => new BinaryCrossEntropy().Cost(TestData.Randn(1, 1, 5), TestData.Randn(1, 5, 1)));
        Assert.Contains("(1, 5)", error.Message);
        Assert.Contains("(5, 1)", error.Message);
    }
}
