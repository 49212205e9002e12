using NotebookKit.Layers;

namespace NotebookKit.Tests.Layers;

public class LayerShapeTests
{
    [Fact]
    public void Dense_names_the_layer_and_both_shapes_when_the_input_does_not_fit()
    {
        var dense = new Dense(2, TestData.Randn(1, 5, 10), TestData.Randn(2, 5, 1));
        var error = Assert.Throws<ArgumentException>(() => dense.Forward(TestData.Randn(3, 4, 7), training: false));
        Assert.Contains("Dense 2", error.Message);
        Assert.Contains("(5, 10)", error.Message);
        Assert.Contains("(4, 7)", error.Message);
    }

    [Fact]
    public void Dense_rejects_a_bias_of_the_wrong_shape()
    {
        var error = Assert.Throws<ArgumentException>(() => new Dense(1, TestData.Randn(1, 5, 3), TestData.Randn(2, 1, 5)));
        Assert.Contains("b1", error.Message);
        Assert.Contains("(5, 1)", error.Message);
        Assert.Contains("(1, 5)", error.Message);
    }

    [Fact]
    public void Dense_forward_is_W_times_A_plus_b_broadcast_over_columns()
    {
        // Hand derivation: W = [[1, 2], [3, 4]], b = [[10], [20]], A = [[1, 0, 2], [0, 1, 1]].
        var dense = new Dense(1, TestData.FromRows(new double[,] { { 1, 2 }, { 3, 4 } }), TestData.FromRows(new double[,] { { 10 }, { 20 } }));
        var z = dense.Forward(TestData.FromRows(new double[,] { { 1, 0, 2 }, { 0, 1, 1 } }), training: false);
        TestData.AssertClose(new double[,] { { 11, 12, 14 }, { 23, 24, 30 } }, z, 0);
    }
}
