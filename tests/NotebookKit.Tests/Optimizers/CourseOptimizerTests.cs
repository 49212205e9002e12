using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Optimizers;
using NotebookKit.Randomness;

namespace NotebookKit.Tests.Optimizers;

/// <summary>
/// The Optimization Methods assignment's unit tests: inputs are exact numpy draws after <c>np.random.seed(1)</c>
/// (W1, b1, W2, b2, then dW1, db1, dW2, db2), expected values are the course's published outputs, printed to 8
/// digits. "V2017–V2021a" has W2 of shape (3, 3), "V2021b" of shape (3, 2).
/// </summary>
public class CourseOptimizerTests
{
    private const double Printed = 5.1e-9;

    private static Parameter[] CourseTestCase(int w2Columns)
    {
        var random = new NumpyRandomState(1);
        var shapes = new[] { ("W1", 2, 3), ("b1", 2, 1), ("W2", 3, w2Columns), ("b2", 3, 1) };
        var parameters = shapes
            .Select(s => new Parameter(s.Item1, s.Item1[0] == 'W' ? ParameterKind.Weight : ParameterKind.Bias, random.Randn(s.Item2, s.Item3)))
            .ToArray();
        foreach (var p in parameters)
        {
            random.Randn(p.Value.RowCount, p.Value.ColumnCount).CopyTo(p.Gradient);
        }
        return parameters;
    }

    private static Parameter P(Parameter[] parameters, string name) => parameters.Single(p => p.Name == name);

    [Fact]
    public void Gradient_descent_matches_the_course_V2017_to_V2021a()
    {
        var parameters = CourseTestCase(3);
        new Sgd(0.01).Step(parameters);
        TestData.AssertClose(new[,] { { 1.63535156, -0.62320365, -0.53718766 }, { -1.07799357, 0.85639907, -2.29470142 } }, P(parameters, "W1").Value, Printed);
        TestData.AssertClose(new[,] { { 1.74604067 }, { -0.75184921 } }, P(parameters, "b1").Value, Printed);
        TestData.AssertClose(new[,] { { 0.32171798, -0.25467393, 1.46902454 }, { -2.05617317, -0.31554548, -0.3756023 }, { 1.1404819, -1.09976462, -0.1612551 } }, P(parameters, "W2").Value, Printed);
        TestData.AssertClose(new[,] { { -0.88020257 }, { 0.02561572 }, { 0.57539477 } }, P(parameters, "b2").Value, Printed);
    }

    [Fact]
    public void Gradient_descent_matches_the_course_V2021b()
    {
        var parameters = CourseTestCase(2);
        new Sgd(0.01).Step(parameters);
        TestData.AssertClose(new[,] { { 1.63312395, -0.61217855, -0.5339999 }, { -1.06196243, 0.85396039, -2.3105546 } }, P(parameters, "W1").Value, Printed);
        TestData.AssertClose(new[,] { { 0.32587637, -0.24814147 }, { 1.47146563, -2.05746183 }, { -0.32772076, -0.37713775 } }, P(parameters, "W2").Value, Printed);
        TestData.AssertClose(new[,] { { 1.13773698 }, { -1.09301954 }, { -0.16397615 } }, P(parameters, "b2").Value, Printed);
    }

    [Fact]
    public void Momentum_matches_the_course_V2017_to_V2021a()
    {
        var parameters = CourseTestCase(3);
        var momentum = new Momentum(0.01, beta: 0.9, MomentumForm.ExponentiallyWeightedAverage);
        momentum.Step(parameters);
        TestData.AssertClose(new[,] { { 1.62544598, -0.61290114, -0.52907334 }, { -1.07347112, 0.86450677, -2.30085497 } }, P(parameters, "W1").Value, Printed);
        TestData.AssertClose(new[,] { { 1.74493465 }, { -0.76027113 } }, P(parameters, "b1").Value, Printed);
        TestData.AssertClose(new[,] { { 0.31930698, -0.24990073, 1.4627996 }, { -2.05974396, -0.32173003, -0.38320915 }, { 1.13444069, -1.0998786, -0.1713109 } }, P(parameters, "W2").Value, Printed);
        TestData.AssertClose(new[,] { { -0.87809283 }, { 0.04055394 }, { 0.58207317 } }, P(parameters, "b2").Value, Printed);
        TestData.AssertClose(new[,] { { -0.11006192, 0.11447237, 0.09015907 }, { 0.05024943, 0.09008559, -0.06837279 } }, momentum.State(P(parameters, "W1")).Velocity, Printed);
        TestData.AssertClose(new[,] { { -0.01228902 }, { -0.09357694 } }, momentum.State(P(parameters, "b1")).Velocity, Printed);
        TestData.AssertClose(new[,] { { -0.02678881, 0.05303555, -0.06916608 }, { -0.03967535, -0.06871727, -0.08452056 }, { -0.06712461, -0.00126646, -0.11173103 } }, momentum.State(P(parameters, "W2")).Velocity, Printed);
        TestData.AssertClose(new[,] { { 0.02344157 }, { 0.16598022 }, { 0.07420442 } }, momentum.State(P(parameters, "b2")).Velocity, Printed);
    }

    [Fact]
    public void Momentum_matches_the_course_V2021b()
    {
        var parameters = CourseTestCase(2);
        var momentum = new Momentum(0.01, beta: 0.9, MomentumForm.ExponentiallyWeightedAverage);
        momentum.Step(parameters);
        TestData.AssertClose(new[,] { { 1.62522322, -0.61179863, -0.52875457 }, { -1.071868, 0.86426291, -2.30244029 } }, P(parameters, "W1").Value, Printed);
        TestData.AssertClose(new[,] { { 1.74430927 }, { -0.76210776 } }, P(parameters, "b1").Value, Printed);
        TestData.AssertClose(new[,] { { 0.31972282, -0.24924749 }, { 1.46304371, -2.05987282 }, { -0.32294756, -0.38336269 } }, P(parameters, "W2").Value, Printed);
        TestData.AssertClose(new[,] { { 1.1341662 }, { -1.09920409 }, { -0.171583 } }, P(parameters, "b2").Value, Printed);
        TestData.AssertClose(new[,] { { -0.08778584, 0.00422137, 0.05828152 }, { -0.11006192, 0.11447237, 0.09015907 } }, momentum.State(P(parameters, "W1")).Velocity, Printed);
        TestData.AssertClose(new[,] { { -0.06837279, -0.01228902 }, { -0.09357694, -0.02678881 }, { 0.05303555, -0.06916608 } }, momentum.State(P(parameters, "W2")).Velocity, Printed);
    }

    /// <summary>The course calls the update with t = 2 on zero v and s: the kit's next step uses T + 1.</summary>
    private static Adam AdamAtT2(Parameter[] parameters, Adam adam)
    {
        adam.Initialize(parameters);
        foreach (var p in parameters)
        {
            adam.State(p).T = 1;
        }
        adam.Step(parameters);
        return adam;
    }

    [Fact]
    public void Adam_matches_the_course_V2017_and_V2019_with_default_hyperparameters()
    {
        var parameters = CourseTestCase(3);
        var adam = AdamAtT2(parameters, new Adam(0.01));
        // Two printed digits of W2 and b2 were computed with ε inside the root; 1e-6 accepts either, as np.allclose did.
        TestData.AssertClose(new[,] { { 1.63178673, -0.61919778, -0.53561312 }, { -1.08040999, 0.85796626, -2.29409733 } }, P(parameters, "W1").Value, Printed);
        TestData.AssertClose(new[,] { { 1.75225313 }, { -0.75376553 } }, P(parameters, "b1").Value, Printed);
        TestData.AssertClose(new[,] { { 0.32648046, -0.25681174, 1.46954931 }, { -2.05269934, -0.31497584, -0.37661299 }, { 1.14121081, -1.09245036, -0.16498684 } }, P(parameters, "W2").Value, 1e-6);
        TestData.AssertClose(new[,] { { -0.88529978 }, { 0.03477238 }, { 0.57537385 } }, P(parameters, "b2").Value, 1e-6);
        // With ε outside the root, as the formula says, the course's own recomputation gives these two digits.
        Assert.Equal(-1.09244991, P(parameters, "W2").Value[2, 1], 8);
        Assert.Equal(-0.88529979, P(parameters, "b2").Value[0, 0], 8);
        TestData.AssertClose(new[,] { { -0.11006192, 0.11447237, 0.09015907 }, { 0.05024943, 0.09008559, -0.06837279 } }, adam.State(P(parameters, "W1")).V, Printed);
        TestData.AssertClose(new[,] { { 0.00121136, 0.00131039, 0.00081287 }, { 0.0002525, 0.00081154, 0.00046748 } }, adam.State(P(parameters, "W1")).S, Printed);
        TestData.AssertClose(new[,] { { 1.51020075e-05 }, { 8.75664434e-04 } }, adam.State(P(parameters, "b1")).S, 5.1e-13);
        TestData.AssertClose(new[,] { { 7.17640232e-05, 2.81276921e-04, 4.78394595e-04 }, { 1.57413361e-04, 4.72206320e-04, 7.14372576e-04 }, { 4.50571368e-04, 1.60392066e-07, 1.24838242e-03 } }, adam.State(P(parameters, "W2")).S, 5.1e-12);
        TestData.AssertClose(new[,] { { 5.49507194e-05 }, { 2.75494327e-03 }, { 5.50629536e-04 } }, adam.State(P(parameters, "b2")).S, 5.1e-12);
    }

    [Fact]
    public void Adam_matches_the_course_V2021a_test_hyperparameters()
    {
        var parameters = CourseTestCase(3);
        AdamAtT2(parameters, new Adam(0.02, beta1: 0.8, beta2: 0.888, epsilon: 1e-2));
        TestData.AssertClose(new[,] { { 1.63942428, -0.6268425, -0.54320974 }, { -1.08782943, 0.85036983, -2.2865723 } }, P(parameters, "W1").Value, Printed);
        TestData.AssertClose(new[,] { { 0.33356139, -0.26425199, 1.47707772 }, { -2.04538458, -0.30744933, -0.36903141 }, { 1.14873036, -1.09256871, -0.15734651 } }, P(parameters, "W2").Value, Printed);
        TestData.AssertClose(new[,] { { 1.75854357 }, { -0.74616067 } }, P(parameters, "b1").Value, Printed);
        TestData.AssertClose(new[,] { { -0.89228024 }, { 0.02707193 }, { 0.56782561 } }, P(parameters, "b2").Value, Printed);
    }

    [Fact]
    public void Adam_matches_the_course_V2021b_including_the_moments_and_their_corrections()
    {
        var parameters = CourseTestCase(2);
        var adam = AdamAtT2(parameters, new Adam(0.02, beta1: 0.8, beta2: 0.888, epsilon: 1e-2));
        TestData.AssertClose(new[,] { { 1.63937725, -0.62327448, -0.54308727 }, { -1.0578897, 0.85032154, -2.31657668 } }, P(parameters, "W1").Value, Printed);
        TestData.AssertClose(new[,] { { 0.33400549, -0.23563857 }, { 1.47715417, -2.04561842 }, { -0.33729882, -0.36908457 } }, P(parameters, "W2").Value, Printed);
        TestData.AssertClose(new[,] { { 1.72995096 }, { -0.7762447 } }, P(parameters, "b1").Value, Printed);
        TestData.AssertClose(new[,] { { 1.14852557 }, { -1.08492339 }, { -0.15740527 } }, P(parameters, "b2").Value, Printed);
        // The public test checks row 0 of v and s.
        var w1 = P(parameters, "W1");
        TestData.AssertClose(new[,] { { -0.17557168, 0.00844275, 0.11656304 } }, adam.State(w1).V.SubMatrix(0, 1, 0, 3), Printed);
        TestData.AssertClose(new[,] { { 0.08631117, 0.00019958, 0.03804344 } }, adam.State(w1).S.SubMatrix(0, 1, 0, 3), Printed);
        TestData.AssertClose(new[,] { { -0.13674557, -0.02457805 } }, adam.State(P(parameters, "W2")).V.SubMatrix(0, 1, 0, 2), Printed);
        TestData.AssertClose(new[,] { { 0.05235818, 0.00169142 } }, adam.State(P(parameters, "W2")).S.SubMatrix(0, 1, 0, 2), Printed);
        Assert.Equal(0.10049887, adam.State(P(parameters, "b1")).V[0, 0], 8);
        Assert.Equal(0.02828006, adam.State(P(parameters, "b1")).S[0, 0], 8);
        Assert.Equal(-0.07935071, adam.State(P(parameters, "b2")).V[0, 0], 8);
        Assert.Equal(0.0176303, adam.State(P(parameters, "b2")).S[0, 0], 8);
        // v_corrected = v/(1 − β1^t), s_corrected = s/(1 − β2^t) with t = 2.
        Assert.Equal(adam.State(w1).V[0, 0] / (1 - 0.8 * 0.8), adam.VCorrected(w1)[0, 0], 15);
        Assert.Equal(adam.State(w1).S[0, 1] / (1 - 0.888 * 0.888), adam.SCorrected(w1)[0, 1], 15);
    }
}
