using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Optimizers;

namespace NotebookKit.Tests.Optimizers;

/// <summary>
/// CS231n assignment 2's RMSProp and Adam checks (FullyConnectedNets.ipynb, reference facts §B.2): w, dw and the
/// state are linspace grids, expected arrays printed to 8 digits, "relative errors around e-7 or less".
/// </summary>
public class Cs231nCheckTests
{
    [Fact]
    public void RmsProp_matches_the_cs231n_check()
    {
        var w = new Parameter("w", ParameterKind.Weight, MomentumFormTests.LinspaceRows(-0.4, 0.6));
        MomentumFormTests.LinspaceRows(-0.6, 0.4).CopyTo(w.Gradient);
        var rmsProp = new RmsProp(1e-2, beta: 0.99, epsilon: 1e-8);
        rmsProp.Initialize(new[] { w });
        MomentumFormTests.LinspaceRows(0.6, 0.9).CopyTo(rmsProp.State(w).SquareAverage);
        rmsProp.Step(new[] { w });
        var expectedNextW = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { -0.39223849, -0.34037513, -0.28849239, -0.23659121, -0.18467247 }, { -0.132737, -0.08078555, -0.02881884, 0.02316247, 0.07515774 },
            { 0.12716641, 0.17918792, 0.23122175, 0.28326742, 0.33532447 }, { 0.38739248, 0.43947102, 0.49155973, 0.54365823, 0.59576619 },
        });
        var expectedCache = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { 0.5976, 0.6126277, 0.6277108, 0.64284931, 0.65804321 }, { 0.67329252, 0.68859723, 0.70395734, 0.71937285, 0.73484377 },
            { 0.75037008, 0.7659518, 0.78158892, 0.79728144, 0.81302936 }, { 0.82883269, 0.84469141, 0.86060554, 0.87657507, 0.8926 },
        });
        Assert.True(Cs231n.RelError(expectedNextW, w.Value) < 2e-7, $"next_w {Cs231n.RelError(expectedNextW, w.Value):E2}");
        Assert.True(Cs231n.RelError(expectedCache, rmsProp.State(w).SquareAverage) < 1e-8);
    }

    /// <summary>The check passes t = 5 and the reference increments it before use, so the step uses t = 6.</summary>
    [Fact]
    public void Adam_matches_the_cs231n_check_with_t_incremented_before_use()
    {
        var w = new Parameter("w", ParameterKind.Weight, MomentumFormTests.LinspaceRows(-0.4, 0.6));
        MomentumFormTests.LinspaceRows(-0.6, 0.4).CopyTo(w.Gradient);
        var adam = new Adam(1e-2);
        adam.Initialize(new[] { w });
        MomentumFormTests.LinspaceRows(0.6, 0.9).CopyTo(adam.State(w).V);
        MomentumFormTests.LinspaceRows(0.7, 0.5).CopyTo(adam.State(w).S);
        adam.State(w).T = 5;
        adam.Step(new[] { w });
        var expectedNextW = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { -0.40094747, -0.34836187, -0.29577703, -0.24319299, -0.19060977 }, { -0.1380274, -0.08544591, -0.03286534, 0.01971428, 0.0722929 },
            { 0.1248705, 0.17744702, 0.23002243, 0.28259667, 0.33516969 }, { 0.38774145, 0.44031188, 0.49288093, 0.54544852, 0.59801459 },
        });
        var expectedM = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { 0.48, 0.49947368, 0.51894737, 0.53842105, 0.55789474 }, { 0.57736842, 0.59684211, 0.61631579, 0.63578947, 0.65526316 },
            { 0.67473684, 0.69421053, 0.71368421, 0.73315789, 0.75263158 }, { 0.77210526, 0.79157895, 0.81105263, 0.83052632, 0.85 },
        });
        var expectedV = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { 0.69966, 0.68908382, 0.67851319, 0.66794809, 0.65738853 }, { 0.64683452, 0.63628604, 0.6257431, 0.61520571, 0.60467385 },
            { 0.59414753, 0.58362676, 0.57311152, 0.56260183, 0.55209767 }, { 0.54159906, 0.53110598, 0.52061845, 0.51013645, 0.49966 },
        });
        Assert.Equal(6, adam.State(w).T);
        Assert.True(Cs231n.RelError(expectedNextW, w.Value) < 2e-7, $"next_w {Cs231n.RelError(expectedNextW, w.Value):E2}");
        Assert.True(Cs231n.RelError(expectedM, adam.State(w).V) < 1e-8);
        Assert.True(Cs231n.RelError(expectedV, adam.State(w).S) < 1e-8);
    }
}
