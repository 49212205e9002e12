using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Data;

namespace NotebookKit.Tests.Data;

public class OneHotTests
{
    [Fact]
    public void Encode_puts_a_one_in_the_labels_row_and_decode_inverts_it()
    {
        var labels = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0, 1, 2 } });
        var encoded = OneHot.Encode(labels, 3);
        var expected = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 1, 0, 0, 1 } });
        Assert.Equal(expected, encoded);
        Assert.Equal(labels, OneHot.Decode(encoded));
    }

    [Fact]
    public void Decode_takes_the_most_probable_class()
    {
        var probabilities = Matrix<double>.Build.DenseOfArray(new double[,] { { 0.1, 0.7 }, { 0.6, 0.2 }, { 0.3, 0.1 } });
        Assert.Equal(new[] { 1.0, 0.0 }, OneHot.Decode(probabilities).Row(0).ToArray());
    }

    [Fact]
    public void Labels_outside_the_classes_are_refused()
    {
        var labels = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 3 } });
        Assert.Contains("Label 3 of example 1", Assert.Throws<ArgumentException>(() => OneHot.Encode(labels, 3)).Message);
        Assert.Contains("1 × m", Assert.Throws<ArgumentException>(() => OneHot.Encode(Matrix<double>.Build.Dense(2, 2), 3)).Message);
        var fractional = Matrix<double>.Build.DenseOfArray(new double[,] { { 0.5 } });
        Assert.Throws<ArgumentException>(() => OneHot.Encode(fractional, 3));
    }
}
