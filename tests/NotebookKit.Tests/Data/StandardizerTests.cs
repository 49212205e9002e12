using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Data;

namespace NotebookKit.Tests.Data;

public class StandardizerTests
{
    [Fact]
    public void Fitted_on_train_gives_zero_mean_unit_variance_there()
    {
        var train = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 3, 4 }, { 10, 10, 30, 30 } });
        var scaler = new Standardizer();
        var scaled = scaler.FitTransform(train);
        Assert.Equal(new[] { 2.5, 20.0 }, scaler.Mean.ToArray());
        Assert.Equal(Math.Sqrt(1.25), scaler.StandardDeviation[0], 15);
        Assert.Equal(10.0, scaler.StandardDeviation[1], 15);
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(0.0, scaled.Row(i).Sum() / 4, 14);
            Assert.Equal(1.0, scaled.Row(i).PointwisePower(2).Sum() / 4, 14);
        }
        Assert.Equal(-1.0, scaled[1, 0], 15);
    }

    [Fact]
    public void Dev_and_test_use_the_training_statistics_unchanged()
    {
        var scaler = new Standardizer().Fit(Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 2 } }));
        var dev = Matrix<double>.Build.DenseOfArray(new double[,] { { 5, 7, 9 } });
        // μ = 1, σ = 1 from the training set, whatever dev's own statistics are.
        Assert.Equal(new[] { 4.0, 6.0, 8.0 }, scaler.Transform(dev).Row(0).ToArray());
        Assert.Equal(1.0, scaler.Mean[0]);
    }

    [Fact]
    public void Zero_variance_features_are_centered_not_divided()
    {
        var train = Matrix<double>.Build.DenseOfArray(new double[,] { { 0.1, 0.1, 0.1 }, { 1, 2, 3 } });
        var scaler = new Standardizer().Fit(train);
        Assert.Equal(new[] { 0 }, scaler.ConstantFeatures);
        Assert.Equal(new[] { 0.0, 0.0, 0.0 }, scaler.Transform(train).Row(0).ToArray());
        var other = Matrix<double>.Build.DenseOfArray(new double[,] { { 0.6 }, { 2 } });
        Assert.Equal(0.5, scaler.Transform(other)[0, 0], 15);
        Assert.True(scaler.Transform(other).Enumerate().All(double.IsFinite));
    }

    [Fact]
    public void Transform_before_fit_is_refused()
    {
        var scaler = new Standardizer();
        Assert.False(scaler.IsFitted);
        var error = Assert.Throws<InvalidOperationException>(() => scaler.Transform(Matrix<double>.Build.Dense(2, 2)));
        Assert.Contains("Call Fit(train.X)", error.Message);
        Assert.Throws<InvalidOperationException>(() => scaler.Mean);
    }

    [Fact]
    public void A_different_number_of_features_is_refused()
    {
        var scaler = new Standardizer().Fit(Matrix<double>.Build.Dense(3, 5, (i, j) => i * j));
        var error = Assert.Throws<ArgumentException>(() => scaler.Transform(Matrix<double>.Build.Dense(5, 3)));
        Assert.Contains("fitted on 3 features", error.Message);
    }

    [Fact]
    public void Non_finite_training_values_are_refused()
    {
        var train = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, double.NaN } });
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => new Standardizer().Fit(train)).Message);
    }
}
