using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>
/// An update rule written as a small class, as Deep Learning from Scratch writes its optimizers:
/// <c>Update(params, grads)</c> changes every <c>params[key]</c> using <c>grads[key]</c> (the same keys) and
/// whatever state the rule keeps per key. Assign the new matrices back into <c>parameters</c>.
/// </summary>
public interface IUpdateRule
{
    /// <summary>One step: updates every entry of <paramref name="parameters"/> from the gradient under the same key.</summary>
    void Update(Dictionary<string, Matrix<double>> parameters, Dictionary<string, Matrix<double>> grads);
}

/// <summary>A rule that keeps a velocity per parameter (momentum, Nesterov): the book's <c>self.v</c>, CS231n's <c>velocity</c>.</summary>
public interface IVelocityRule : IUpdateRule
{
    /// <summary>v by parameter key; a missing key means v = 0 (create it on the first update).</summary>
    Dictionary<string, Matrix<double>> V { get; }
}

/// <summary>A rule that keeps squared gradients per parameter (AdaGrad's sum, RMSProp's average): the book's <c>self.h</c>, CS231n's <c>cache</c>.</summary>
public interface ISquaredGradientRule : IUpdateRule
{
    /// <summary>h by parameter key; a missing key means h = 0.</summary>
    Dictionary<string, Matrix<double>> H { get; }
}

/// <summary>Adam's state: the two moments per parameter and the step counter t (the book's <c>self.m</c>, <c>self.v</c>, <c>self.iter</c>).</summary>
public interface IAdamRule : IUpdateRule
{
    /// <summary>The first moment m by parameter key; a missing key means m = 0.</summary>
    Dictionary<string, Matrix<double>> M { get; }

    /// <summary>The second moment v by parameter key; a missing key means v = 0.</summary>
    Dictionary<string, Matrix<double>> V { get; }

    /// <summary>The number of steps taken; <see cref="IUpdateRule.Update"/> increments it before using it, so the first step has t = 1.</summary>
    int T { get; set; }
}
